/**
 * What the reference list's filter (`islands/references/reference-filter.ts`) decides, apart
 * from the DOM: whether an entry matches a query typed by a reader (author, title, year or any
 * other word of its written form), and what the page says about the result. Pure: no DOM.
 */
import { fold } from '../text/fold.ts';

/** Text folded for matching (`fold`: ＰＵＥ → PUE, full-width digits, lower case), spaces collapsed. */
export function foldText(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** The words of a query: separated by spaces (ASCII or ideographic) or commas. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s,，、;；]+/)
    .filter((t) => t !== '');
}

/**
 * True when every term occurs in the entry's folded text (an empty query matches everything).
 * "goodfellow 2016", "深度学习", "bengio" and "ISO/IEC 30134" all find their entries.
 */
export function matchesQuery(foldedEntry: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedEntry.includes(term));
}

/** A filter's state, for the count a heading shows and what the live region says. */
export interface FilterState {
  /** Entries shown. */
  shown: number;
  /** Entries in all. */
  total: number;
  /** The chosen status's label, or '' for every status. */
  statusLabel: string;
  /** The query as typed (trimmed), or ''. */
  query: string;
}

/** True when a status or a query narrows the list. */
export function isFiltered(state: Pick<FilterState, 'statusLabel' | 'query'>): boolean {
  return state.statusLabel !== '' || state.query !== '';
}

/** A group heading's count: "4 条", or "1 / 4 条" while a filter hides some of its entries. */
export function groupCount(shown: number, total: number, filtered: boolean): string {
  return filtered ? `${shown} / ${total} 条` : `${total} 条`;
}

/** What the live region says: "显示 3 / 87 条（已核实，含“bengio”）" or "显示全部 87 条". */
export function filterMessage(state: FilterState): string {
  if (!isFiltered(state)) return `显示全部 ${state.total} 条`;
  const why = [state.statusLabel, state.query && `含“${state.query}”`].filter(Boolean).join('，');
  return `显示 ${state.shown} / ${state.total} 条（${why}）`;
}
