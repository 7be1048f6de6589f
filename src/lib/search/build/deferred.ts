/**
 * Build half of the search, pure: which pages are too large to load on a search (`deferred`)
 * and the small summary each of those is shown from instead (`/pagefind/summary/<id>.json`,
 * `searchSummarySchema`): the start of its text and the parts a sub-result can link to.
 */
import type { SearchSummary } from '../../../schemas/search.ts';
import { truncate } from '../../text/truncate.ts';
import type { IndexedPage } from './lexicon.ts';

/**
 * Pages with a larger fragment are not loaded by a search (a small summary file describes them
 * instead, `deferred`): a first search must stay within 110 KB, about 20 KB of it for fragments.
 * The article's fragment is 18 KB and the reference list's 8 KB; the other pages' are 1–5.5 KB.
 */
export const DEFER_FRAGMENT_BYTES = 7_000;
/** Characters of a deferred page's text kept as its excerpt. */
export const DEFERRED_EXCERPT_CHARS = 160;
/** Characters of a list entry's text kept to describe it (a reference: authors and title). */
const ENTRY_TEXT_CHARS = 60;

/** True for a page shown from its summary instead of its fragment (`DEFER_FRAGMENT_BYTES`). */
export function isDeferred(page: IndexedPage): boolean {
  return (page.fragmentBytes ?? 0) > DEFER_FRAGMENT_BYTES;
}

/**
 * The summary a deferred page is shown from (written beside the index as
 * `summary/<id>.json`): its URL, its text after the title (the h1) as the excerpt, and its
 * headings and list entries. Undefined for a page that is not deferred or has no URL.
 */
export function deferredSummary(page: IndexedPage): SearchSummary | undefined {
  if (!page.url || !isDeferred(page)) return undefined;
  const title = page.meta['title'] ?? '';
  let text = page.content
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.。]+/, '');
  return {
    url: page.url,
    excerpt: truncate(text, DEFERRED_EXCERPT_CHARS),
    headings: (page.headings ?? []).map((h) => [h.id, h.text] as [string, string]),
  };
}

/**
 * The parts of a page a result can link to: its h2/h3 headings with their text, and list entries
 * with an id (the reference list's `#ref-…`), described by the text they open with. Pagefind gives
 * an anchor's position as a word index into the content, counting words split at spaces and at
 * U+200B.
 */
export function anchoredParts(
  content: string,
  anchors: readonly { element: string; id: string; text?: string; location?: number }[],
): { id: string; text: string }[] {
  const pieces = content.match(/[^\s\u200B]+|[\s\u200B]+/g) ?? [];
  /** Content from word `start` up to word `end`, with its own spacing. */
  const between = (start: number, end: number): string => {
    let word = -1;
    let out = '';
    for (const piece of pieces) {
      if (!/^[\s\u200B]+$/.test(piece)) word++;
      if (word >= end) break;
      if (word >= start) out += piece;
    }
    return out
      .replace(/\u200B/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  };
  return anchors.flatMap((a, i) => {
    if (/^h[23]$/i.test(a.element)) return a.text ? [{ id: a.id, text: a.text }] : [];
    if (a.element.toLowerCase() !== 'li' || a.location === undefined) return [];
    const text = truncate(
      between(a.location, anchors[i + 1]?.location ?? Number.MAX_SAFE_INTEGER),
      ENTRY_TEXT_CHARS,
    );
    return text ? [{ id: a.id, text }] : [];
  });
}
