/**
 * `<dc-reference-filter>`: filters the reference list by text (author, title, year: any word of
 * an entry's written form) and by verification status. Shows the filter (hidden by CSS until
 * scripts run), hides entries that do not match and the type groups left empty together with
 * their jump links, keeps each group heading's count in step ("1 / 4 条"), and reports the
 * count in a polite live region (after typing pauses, so a screen reader is not flooded).
 * Following a link to an entry clears a filter that hides it and unfolds the entry's back links. Without JavaScript the
 * page stays the full grouped list.
 */
import {
  filterMessage,
  foldText,
  groupCount,
  isFiltered,
  matchesQuery,
  queryTerms,
} from '../../lib/citations/reference-filter.ts';

/** Wait this long after the last keystroke before announcing the count. */
const ANNOUNCE_DELAY_MS = 500;

interface Entry {
  el: HTMLElement;
  status: string;
  /** The entry's written form, folded for matching. */
  text: string;
}

interface Group {
  el: HTMLElement;
  entries: Entry[];
  count: HTMLElement | null;
  jump: HTMLElement | null;
}

class DcReferenceFilter extends HTMLElement {
  #groups: Group[] = [];
  #total = 0;
  #query: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #empty: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-filter]');
    if (form === null) return;
    this.#query = form.querySelector<HTMLInputElement>('input[data-filter-query]');
    this.#status = this.querySelector<HTMLElement>('[data-filter-status]');
    this.#empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    this.#groups = [...this.querySelectorAll<HTMLElement>('section[data-group]')].map((el) => ({
      el,
      entries: [...el.querySelectorAll<HTMLElement>('li[data-status]')].map((li) => ({
        el: li,
        status: li.dataset['status'] ?? '',
        text: foldText(li.querySelector('.entry')?.textContent ?? ''),
      })),
      count: el.querySelector<HTMLElement>('[data-count]'),
      jump: this.querySelector<HTMLElement>(`[data-jump="${el.dataset['group'] ?? ''}"]`),
    }));
    this.#total = this.#groups.reduce((n, g) => n + g.entries.length, 0);

    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.#apply(true));
    form.addEventListener('change', () => this.#apply(true));
    // "reset" fires before the fields are reset; apply once they have been.
    form.addEventListener('reset', () => setTimeout(() => this.#apply(true)));
    this.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
      form.reset();
      this.#query?.focus();
    });
    // A link to an entry the filter hides (a back link, a # link) shows the whole list again.
    window.addEventListener('hashchange', () => this.#reveal(form));
    // The browser may restore the fields on back/forward navigation: match what they show.
    window.addEventListener('pageshow', () => this.#apply(false));
    this.#apply(false);
    this.#reveal(form);
  }

  /**
   * For a link to an entry: clears a filter that hides it, and unfolds its back links (a reader
   * who followed a citation here finds the way back at once).
   */
  #reveal(form: HTMLFormElement) {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id === '' ? null : document.getElementById(id);
    if (target === null || !this.contains(target)) return;
    if (target.closest('[hidden]') !== null) {
      form.reset();
      this.#apply(false);
      target.scrollIntoView();
    }
    if (target.matches('li[data-status]')) target.querySelector('details')?.setAttribute('open', '');
  }

  #apply(announce: boolean) {
    const checked = this.querySelector<HTMLInputElement>('input[name="status"]:checked');
    const status = checked?.value ?? 'all';
    const query = (this.#query?.value ?? '').trim();
    const terms = queryTerms(query);
    const filtered = isFiltered({ statusLabel: status === 'all' ? '' : status, query });
    let shown = 0;
    for (const group of this.#groups) {
      let inGroup = 0;
      for (const entry of group.entries) {
        const visible = (status === 'all' || entry.status === status) && matchesQuery(entry.text, terms);
        entry.el.hidden = !visible;
        if (visible) inGroup += 1;
      }
      shown += inGroup;
      group.el.hidden = inGroup === 0;
      if (group.jump) group.jump.hidden = inGroup === 0;
      if (group.count) group.count.textContent = groupCount(inGroup, group.entries.length, filtered);
    }
    if (this.#empty) this.#empty.hidden = shown > 0;
    const message = filterMessage({
      shown,
      total: this.#total,
      statusLabel: status === 'all' ? '' : (checked?.dataset['label'] ?? status),
      query,
    });
    clearTimeout(this.#timer);
    if (!announce) {
      // On load, only a filter the browser restored needs saying.
      if (this.#status) this.#status.textContent = filtered ? message : '';
      return;
    }
    this.#timer = setTimeout(() => {
      if (this.#status) this.#status.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }
}

customElements.define('dc-reference-filter', DcReferenceFilter);
