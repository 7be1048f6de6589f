/**
 * Keyboard logic of the search UI. Pure: takes the parts of a KeyboardEvent it needs.
 */

/** True for the keys that open search: `/` (outside text fields) and Ctrl/Cmd-K. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey) return false;
  const target = event.target as {
    tagName?: string;
    isContentEditable?: boolean;
    closest?: (selector: string) => { open?: boolean } | null;
  } | null;
  // Right after the search dialog closes, focus can still sit in its (now hidden) input.
  if (target?.closest?.('dialog')?.open === false) return true;
  const tag = target?.tagName?.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable === true);
}

/**
 * Where ↑/↓/Home/End move in a list of `count` results; -1 is the search input. ↓ from the
 * input goes to the first result, ↑ from the first result back to the input; the ends do not wrap.
 * Returns undefined for other keys.
 */
export function moveSelection(current: number, count: number, key: string): number | undefined {
  if (count === 0) return key === 'ArrowUp' || key === 'ArrowDown' ? -1 : undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, -1);
    case 'Home':
      return current < 0 ? undefined : 0;
    case 'End':
      return current < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}
