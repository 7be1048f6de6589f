/**
 * `<dc-search>`: the header's search control. This file is small and loads on every page: it
 * enables the trigger, listens for `/` and Ctrl/Cmd-K, opens the server-rendered `<dialog>`, and
 * marks `?highlight=` words on the page; `?q=` opens the dialog on that query. The search view (`search-view.ts`) and, through it,
 * Pagefind's JS, WASM and index load on the first open only.
 *
 * `data-state` tells tests and the relevance evaluation where the control is:
 * idle (never opened) → loading → ready (no query) → searching → done (results rendered for
 * `data-query`), or error (the index could not load; a retry button is shown).
 */
import { isSearchShortcut } from '../../lib/search/ui/keyboard.ts';
import { SEARCH_PARAM } from '../../lib/site.ts';
import { highlightFromLocation } from './highlight.ts';
import type { SearchView } from './search-view.ts';

export type SearchState = 'idle' | 'loading' | 'ready' | 'searching' | 'done' | 'error';

export class DcSearch extends HTMLElement {
  #view: Promise<SearchView> | undefined;
  #dialog: HTMLDialogElement | null = null;
  #trigger: HTMLButtonElement | null = null;
  #onKey = (event: KeyboardEvent) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    this.open();
  };

  connectedCallback(): void {
    this.#trigger = this.querySelector<HTMLButtonElement>('button.search-trigger');
    this.#dialog = this.querySelector<HTMLDialogElement>('dialog');
    const dialog = this.#dialog;
    if (!this.#trigger || !dialog) return;
    this.#trigger.disabled = false;
    this.#trigger.addEventListener('click', () => this.open());
    document.addEventListener('keydown', this.#onKey);
    this.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog box itself, outside its panel) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Closing returns focus where it was before opening (the dialog's own focus restoration):
    // the trigger after a click, the reader's place after `/` or Ctrl/Cmd-K.
    this.classList.add('ready');
    this.#openFromLocation();
  }

  /** A page opened with `?q=…` (the 404 page's form) opens the dialog on that query, once. */
  #openFromLocation(): void {
    const address = new URL(window.location.href);
    const query = address.searchParams.get(SEARCH_PARAM)?.trim();
    if (!query) return;
    const input = this.#dialog?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    input.value = query.slice(0, input.maxLength > 0 ? input.maxLength : undefined);
    address.searchParams.delete(SEARCH_PARAM);
    // Reloading or going back to this page then shows it as it is, without the dialog.
    window.history.replaceState(window.history.state, '', address.href);
    this.open();
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
  }

  /** Opens the dialog at once (focus in the input); the search code loads behind it. */
  open(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
    // Reopening keeps the last query selected, so typing replaces it.
    input?.focus();
    input?.select();
    this.#loadView()
      .then((view) => view.opened())
      .catch(() => {
        /* the view reports its own failures (data-state="error" and a retry button) */
      });
  }

  #loadView(): Promise<SearchView> {
    this.#view ??= import('./search-view.ts').then(({ SearchView }) => new SearchView(this));
    this.#view.catch(() => {
      this.#view = undefined; // the chunk failed to download: let the next open try again
      this.setState('error');
    });
    return this.#view;
  }

  /** Sets `data-state`; `query` sets or clears `data-query` (the query whose results are shown). */
  setState(state: SearchState, query?: string): void {
    this.dataset['state'] = state;
    if (query === undefined) delete this.dataset['query'];
    else this.dataset['query'] = query;
  }
}

customElements.define('dc-search', DcSearch);

highlightFromLocation(document, window.location);
