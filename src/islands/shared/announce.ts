/**
 * Puts `message` in the live region `region`: emptied first and filled after a frame, so that a
 * screen reader announces a message again when it repeats the last one.
 */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
