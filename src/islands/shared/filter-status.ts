/**
 * A list filter's count ("显示 3 / 40 条…") in its status region: on load said only when the
 * browser restored a filter (an unfiltered page needs none); while the reader types, said once
 * they pause, so a screen reader is not flooded with a count per keystroke.
 */

/** Wait this long after the last keystroke before announcing. */
const ANNOUNCE_DELAY_MS = 500;

export class FilterStatus {
  #region: HTMLElement | null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(region: HTMLElement | null) {
    this.#region = region;
  }

  /** Shows `message`: now on load (`announce` false; empty when not `filtered`), else after the pause. */
  show(message: string, { filtered, announce }: { filtered: boolean; announce: boolean }): void {
    clearTimeout(this.#timer);
    if (!announce) {
      if (this.#region) this.#region.textContent = filtered ? message : '';
      return;
    }
    this.#timer = setTimeout(() => {
      if (this.#region) this.#region.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }
}
