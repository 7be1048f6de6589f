/**
 * Word marking for search excerpts and for the page a result opens: splits plain text into
 * marked and unmarked runs, so callers build DOM nodes from text (nothing is parsed as HTML).
 * Pure: no DOM.
 */
import { fold, foldWidth } from '../../text/fold.ts';

/** A run of text, marked when it is one of the searched words. */
export interface MarkedRun {
  text: string;
  marked: boolean;
}

/** Words longer than this are not marked (a pasted paragraph is not a word). */
const MAX_WORD_LENGTH = 64;
/** At most this many words are marked (the alternation stays small for any query). */
const MAX_WORDS = 24;
/** The URL parameter that carries the words from a result to its page. */
const HIGHLIGHT_PARAM = 'highlight';

const LATIN = /^[\p{Script=Latin}\d][\p{Script=Latin}\d .+#-]*$/u;

/**
 * The words worth marking, longest first: trimmed, deduplicated case-insensitively, at least two
 * characters (code points). Single characters are left out on purpose: marking 能 and 耗 apart
 * lights up 能够, 能力, 智能 — the match is the word, not its characters.
 */
export function markableWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of words) {
    const word = foldWidth(raw).trim();
    const length = [...word].length;
    if (length < 2 || length > MAX_WORD_LENGTH) continue;
    const key = fold(word);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out.sort((a, b) => b.length - a.length).slice(0, MAX_WORDS);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive pattern for all words, longest first. Latin words only match whole
 * (not "ai" inside "maintain"); Chinese words match anywhere, as Chinese has no spaces.
 */
export function wordPattern(words: readonly string[]): RegExp | undefined {
  const list = markableWords(words);
  if (list.length === 0) return undefined;
  const parts = list.map((w) => {
    const body = escapeRegExp(w);
    return LATIN.test(w) ? `(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])` : body;
  });
  return new RegExp(parts.join('|'), 'giu');
}

/** Splits `text` into runs, marking every occurrence of the words (see `markableWords`). */
export function markWords(text: string, words: readonly string[]): MarkedRun[] {
  const pattern = wordPattern(words);
  if (!pattern || text === '') return text === '' ? [] : [{ text, marked: false }];
  const runs: MarkedRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), marked: false });
    runs.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), marked: false });
  return runs;
}

/** `url` with the words to highlight on the target page (`?highlight=w1&highlight=w2`), hash kept. */
export function withHighlight(url: string, words: readonly string[]): string {
  const list = markableWords(words);
  if (list.length === 0) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const params = new URLSearchParams();
  for (const w of list) params.append(HIGHLIGHT_PARAM, w);
  return `${base}${base.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}

/** The words a result link carried (`?highlight=`), ready to mark. */
export function highlightWordsFrom(search: string): string[] {
  return markableWords(new URLSearchParams(search).getAll(HIGHLIGHT_PARAM));
}
