/**
 * What the careers and references filters share: wiring a filter form to its `apply` function,
 * and a polite live region that speaks the count once typing pauses.
 */

/** Wait this long after the last keystroke before announcing, so a screen reader is not flooded. */
export const ANNOUNCE_DELAY_MS = 500;

/**
 * Calls `apply(true)` on every edit of `form` (and after a reset, once the fields are reset), and
 * `apply(false)` when the browser restores the page (back/forward may bring back filled fields).
 * Submitting the form does nothing: the filter applies as the reader types.
 */
export function wireFilterForm(form: HTMLFormElement, apply: (announce: boolean) => void): void {
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  // "reset" fires before the fields are reset; apply once they have been.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  window.addEventListener('pageshow', () => apply(false));
}

/** The live region that reports a filter's count. */
export class FilterAnnouncer {
  #status: HTMLElement | null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(status: HTMLElement | null) {
    this.#status = status;
  }

  /**
   * Reports `message`: after typing pauses when `announce`, else at once, and then only when the
   * fields are `filtered` (on load, an unfiltered page needs no count; a restored filter does).
   */
  report(message: string, { announce, filtered }: { announce: boolean; filtered: boolean }): void {
    clearTimeout(this.#timer);
    if (!announce) {
      if (this.#status) this.#status.textContent = filtered ? message : '';
      return;
    }
    this.#timer = setTimeout(() => {
      if (this.#status) this.#status.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }
}
