/**
 * The search dialog's behaviour, loaded on the first open of `<dc-search>`: runs queries through
 * the search engine (over Pagefind), renders results grouped per page with heading
 * sub-results and marked words, the type chips with this query's counts, the empty state,
 * keyboard movement, and the load error with a retry. Everything from the index is written
 * as text (`textContent` / text nodes): no markup from the index reaches the page.
 */
import { closestQuestions, type FaqQuestion } from '../../lib/search/ui/closest-questions.ts';
import { emptyState } from '../../lib/search/ui/empty-state.ts';
import { focusExcerpt } from '../../lib/search/ui/excerpt.ts';
import { moveSelection } from '../../lib/search/ui/keyboard.ts';
import { withHighlight } from '../../lib/search/ui/mark.ts';
import { statusText, totalCount } from '../../lib/search/ui/status-text.ts';
import type { SearchEngine, SearchHit, SearchOutcome } from '../../lib/search/types.ts';
import { sections } from '../../lib/site.ts';
import type { DcSearch } from './dc-search.ts';
import { loadEngine } from './load-engine.ts';
import { appendMarked } from './marked-text.ts';

/**
 * Wait after the last keystroke of Latin typing before searching. Chinese input commits whole
 * words at `compositionend`, which searches at once; this only spares a search per letter
 * while a Latin word is typed (about 100–150 ms between keys). See docs/search.md.
 */
const DEBOUNCE_MS = 120;
/**
 * Pages shown per query at first: each is a Pagefind fragment to download, and the first search
 * must stay within 110 KB (docs/search.md, Budgets). "显示更多结果" shows up to `MORE_LIMIT`.
 */
const FIRST_LIMIT = 4;
const MORE_LIMIT = 20;
/** Excerpt length in characters: three lines at 375 px, two and a bit at 1280 px. */
const EXCERPT_CHARS = 110;
/** Heading sub-results shown per page. */
const MAX_SUBS = 3;
/** Chip order: the sections' navigation order; other types follow. */
const TYPE_ORDER: readonly string[] = sections.flatMap((s) => ('searchType' in s ? [s.searchType] : []));
/** Screens at least this wide show the type chips open. */
const WIDE = '(min-width: 40rem)';

function required<T extends Element>(root: Element, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search dialog: ${selector} missing`);
  return el;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** A URL without query string or hash: the page a result stands for. */
function pageUrl(url: string): string {
  return url.replace(/[?#].*$/, '');
}

export class SearchView {
  #host: DcSearch;
  #bundle: string;
  #questionsUrl: string;
  #input: HTMLInputElement;
  #types: HTMLDetailsElement;
  #typesSummary: HTMLElement;
  #chips: HTMLElement;
  #status: HTMLElement;
  #results: HTMLOListElement;
  #empty: HTMLElement;
  #error: HTMLElement;
  #more: HTMLButtonElement;
  /** Pages asked for, and the query and type they were asked for (a new one starts again). */
  #limit = FIRST_LIMIT;
  #limitKey = '';
  #engine: Promise<SearchEngine> | undefined;
  #questions: Promise<FaqQuestion[]> | undefined;
  #type: string | undefined;
  #composing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every search started; a result is shown only if it is still the latest. */
  #seq = 0;
  /** The query and type on screen (or being searched), to skip repeated identical searches. */
  #current = '';
  /** The query and type the pending timer will search. */
  #pending = '';
  /** After "显示更多结果": the index of the result to focus once rendered. */
  #focusFrom: number | undefined;

  constructor(host: DcSearch) {
    this.#host = host;
    this.#bundle = host.dataset['bundle'] ?? '/pagefind/';
    this.#questionsUrl = host.dataset['questions'] ?? '';
    this.#input = required(host, 'input[type="search"]');
    this.#types = required(host, '.search-types');
    this.#typesSummary = required(host, '.search-types summary');
    this.#chips = required(host, '.chips');
    this.#status = required(host, '.search-status');
    this.#results = required(host, '[data-search-results]');
    this.#empty = required(host, '[data-search-empty]');
    this.#error = required(host, '.search-error');
    this.#more = required(host, '.search-more');
    this.#types.open = matchMedia(WIDE).matches;

    this.#input.addEventListener('compositionstart', () => {
      this.#composing = true;
      this.#cancel();
    });
    this.#input.addEventListener('compositionend', () => {
      this.#composing = false;
      this.#schedule(0);
    });
    this.#input.addEventListener('input', (event) => {
      // While an IME composes, the input holds pinyin or half-chosen words: wait for the commit.
      if (this.#composing || event.isComposing) return;
      this.#schedule(DEBOUNCE_MS);
    });
    required<HTMLElement>(host, '.search-panel').addEventListener('keydown', (e) => this.#onKey(e));
    required<HTMLElement>(host, '.search-retry').addEventListener('click', () => this.#retry());
    this.#more.addEventListener('click', () => {
      this.#limit = MORE_LIMIT;
      this.#limitKey = this.#key();
      this.#focusFrom = FIRST_LIMIT;
      this.#schedule(0, true);
    });
    this.#chips.addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-type]');
      if (!chip) return;
      this.#type = chip.dataset['type'] || undefined;
      this.#schedule(0, true);
    });
  }

  /** Called on every open: loads the engine the first time; searches what the input holds. */
  async opened(): Promise<void> {
    if (!this.#engine) {
      this.#host.setState('loading');
      this.#status.textContent = '正在加载搜索…';
    }
    try {
      await this.#loadEngine();
    } catch {
      return; // #loadEngine showed the error
    }
    if (this.#input.value.trim() && this.#current !== this.#key()) this.#schedule(0);
    else if (this.#host.dataset['state'] === 'loading') this.#idle();
  }

  #loadEngine(): Promise<SearchEngine> {
    if (!this.#engine) {
      this.#engine = loadEngine(this.#bundle);
      this.#engine.catch(() => {
        this.#engine = undefined;
        this.#showError();
      });
    }
    return this.#engine;
  }

  #key(): string {
    return `${this.#type ?? ''}\u0000${this.#input.value}`;
  }

  #schedule(delay: number, force = false): void {
    // Never search half-composed text; compositionend schedules the committed word.
    if (this.#composing) {
      this.#cancel();
      return;
    }
    if (force) this.#current = '';
    const key = this.#key();
    // Already searched, or already due sooner (Safari fires "input" after "compositionend").
    if (key === this.#current || (key === this.#pending && this.#timer !== undefined && delay > 0)) return;
    this.#cancel();
    // The shown results no longer answer the input: say so at once, before the debounce ends.
    if (this.#input.value.trim()) this.#host.setState('searching');
    this.#pending = key;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, delay);
  }

  /** Drops the pending search, if any. */
  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #run(): Promise<void> {
    const raw = this.#input.value;
    const type = this.#type;
    this.#current = this.#key();
    if (this.#current !== this.#limitKey) {
      this.#limit = FIRST_LIMIT;
      this.#limitKey = this.#current;
      this.#focusFrom = undefined;
    }
    const limit = this.#limit;
    const seq = ++this.#seq;
    if (!raw.trim()) {
      this.#idle();
      return;
    }
    this.#host.setState('searching');
    let outcome: SearchOutcome;
    try {
      const engine = await this.#loadEngine();
      outcome = await engine.search(raw, { type, limit });
    } catch {
      if (seq === this.#seq) {
        this.#current = '';
        this.#showError();
      }
      return;
    }
    if (seq !== this.#seq) return;
    await this.#render(raw, outcome, limit);
    if (seq !== this.#seq) return;
    this.#host.setState('done', raw);
    const focus = this.#focusFrom;
    this.#focusFrom = undefined;
    if (focus !== undefined) this.#results.querySelectorAll<HTMLElement>('a.hit-link')[focus]?.focus();
  }

  /** No query: nothing shown, ready for one. */
  #idle(): void {
    this.#results.replaceChildren();
    this.#more.hidden = true;
    this.#empty.hidden = true;
    this.#error.hidden = true;
    this.#types.hidden = true;
    this.#status.textContent = '';
    this.#host.setState('ready');
  }

  #showError(): void {
    this.#results.replaceChildren();
    this.#more.hidden = true;
    this.#empty.hidden = true;
    this.#types.hidden = true;
    this.#status.textContent = '';
    required<HTMLElement>(this.#error, '.search-error-text').textContent =
      '搜索索引加载失败，请检查网络后重试。页面的其他部分不受影响。';
    this.#error.hidden = false;
    this.#host.setState('error');
  }

  #retry(): void {
    this.#error.hidden = true;
    this.#current = '';
    void this.opened().then(() => this.#input.focus());
  }

  async #render(raw: string, outcome: SearchOutcome, limit: number): Promise<void> {
    const words = outcome.query.highlight;
    this.#error.hidden = true;
    this.#renderChips(outcome.typeCounts);
    const question = outcome.query.intent !== 'lookup';
    this.#results.replaceChildren(...outcome.hits.map((hit) => this.#hitItem(hit, words, question)));
    this.#results.scrollTop = 0;
    const total = this.#type ? (outcome.typeCounts[this.#type] ?? 0) : totalCount(outcome.typeCounts);
    const count = Math.max(total, outcome.hits.length);
    this.#more.hidden = !(limit < MORE_LIMIT && outcome.hits.length >= limit && count > outcome.hits.length);
    this.#status.textContent = statusText(count, this.#type, outcome.mode === 'relaxed');
    if (outcome.hits.length > 0) {
      this.#empty.hidden = true;
      return;
    }
    const empty = emptyState(raw, outcome.query, this.#type);
    required<HTMLElement>(this.#empty, '.search-empty-text').textContent = empty.text;
    required<HTMLElement>(this.#empty, '.search-empty-hint').textContent = empty.hint;
    required<HTMLElement>(this.#empty, '.search-empty-faq-index').hidden = !empty.faqIndex;
    this.#empty.hidden = false;
    await this.#renderQuestions(empty.closestQuestions ? raw : '');
  }

  #hitItem(hit: SearchHit, words: readonly string[], question: boolean): HTMLLIElement {
    const item = el('li', 'search-hit');
    const link = el('a', 'hit-link');
    link.href = withHighlight(hit.url, words);
    link.dataset['resultUrl'] = pageUrl(hit.url);
    const head = el('span', 'hit-head');
    if (hit.type) head.append(Object.assign(el('span', 'hit-type'), { textContent: hit.type }));
    const title = el('span', 'hit-title');
    appendMarked(title, hit.title, words);
    head.append(title);
    const excerpt = el('span', 'hit-excerpt');
    // A question shows an FAQ entry's one-sentence answer from its start; otherwise the excerpt
    // starts near the first searched word.
    const answer = question && hit.answer;
    appendMarked(
      excerpt,
      answer ? focusExcerpt(answer, [], EXCERPT_CHARS) : focusExcerpt(hit.excerpt, words, EXCERPT_CHARS),
      words,
    );
    link.append(head, excerpt);
    item.append(link);
    const subs = hit.subResults.filter((s) => s.url.includes('#')).slice(0, MAX_SUBS);
    if (subs.length > 0) {
      const list = el('ul', 'hit-subs');
      for (const sub of subs) {
        const li = el('li');
        const a = el('a');
        a.href = withHighlight(sub.url, words);
        a.dataset['subResultUrl'] = sub.url.replace(/\?[^#]*/, '');
        appendMarked(a, sub.title, words);
        li.append(a);
        list.append(li);
      }
      item.append(list);
    }
    return item;
  }

  #renderChips(counts: Readonly<Record<string, number>>): void {
    const types = Object.keys(counts).sort((a, b) => {
      const ia = TYPE_ORDER.indexOf(a);
      const ib = TYPE_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    });
    const chip = (type: string, label: string, count: number) => {
      const button = el('button', 'chip');
      button.type = 'button';
      button.dataset['type'] = type;
      button.setAttribute('aria-pressed', String((this.#type ?? '') === type));
      button.append(label, ' ', Object.assign(el('span', 'chip-count'), { textContent: String(count) }));
      return button;
    };
    const shown = types.filter((t) => (counts[t] ?? 0) > 0 || t === this.#type);
    if (this.#type && !shown.includes(this.#type)) shown.push(this.#type);
    this.#chips.replaceChildren(
      chip('', '全部', totalCount(counts)),
      ...shown.map((t) => chip(t, t, counts[t] ?? 0)),
    );
    this.#typesSummary.textContent = this.#type ? `类型：${this.#type}` : '类型';
    this.#types.hidden = shown.length === 0;
  }

  /** The FAQ questions closest to `raw` under the empty state; none for an empty `raw`. */
  async #renderQuestions(raw: string): Promise<void> {
    const title = required<HTMLElement>(this.#empty, '.search-empty-faq-title');
    const list = required<HTMLElement>(this.#empty, '.search-empty-faq');
    list.replaceChildren();
    title.hidden = true;
    if (!this.#questionsUrl || !raw) return;
    this.#questions ??= fetch(this.#questionsUrl).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<FaqQuestion[]>;
    });
    let questions: FaqQuestion[];
    try {
      questions = await this.#questions;
    } catch {
      this.#questions = undefined;
      return; // the suggestions are a help, not a must
    }
    const closest = closestQuestions(raw, questions, 3);
    list.replaceChildren(
      ...closest.map((q) => {
        const li = el('li');
        const a = el('a');
        a.href = q.url;
        a.textContent = q.question;
        li.append(a);
        return li;
      }),
    );
    title.hidden = closest.length === 0;
  }

  /** ↑/↓/Home/End between the input and the result links; Enter in the input opens the first; Esc closes. */
  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Close at once (a search input would first clear itself on Esc).
      event.preventDefault();
      this.#host.querySelector('dialog')?.close();
      return;
    }
    if (event.isComposing) return;
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const active = document.activeElement;
    if (event.key === 'Enter' && active === this.#input) {
      event.preventDefault();
      this.#cancel();
      if (this.#host.dataset['state'] === 'done') links[0]?.click();
      else void this.#run().then(() => this.#results.querySelector<HTMLAnchorElement>('a[href]')?.click());
      return;
    }
    const current = active === this.#input ? -1 : links.indexOf(active as HTMLAnchorElement);
    if (current < -1 || (current === -1 && active !== this.#input)) return;
    const next = moveSelection(current, links.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === -1) this.#input.focus();
    else {
      links[next]?.focus();
      links[next]?.scrollIntoView({ block: 'nearest' });
    }
  }
}
