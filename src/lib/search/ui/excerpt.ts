/**
 * Excerpt shaping for the search UI: the engine gives 2–3 lines of plain text; the UI shows it
 * starting close to the first searched word so the match is never cut off on a phone. Pure: no DOM.
 */
import { wordPattern } from './mark.ts';

/** Characters shown before the first match when the excerpt has to be cut. */
const LEAD = 24;
const SENTENCE_END = /[。！？；!?;]\s*/gu;
const LEADING_PUNCTUATION = /^[\s。，、；：！？.,;:!?）)」』]+/u;

/**
 * `text` (whitespace collapsed) cut to at most `max` characters (code units) so the first
 * match of `words` is near the start: from the sentence it is in when that sentence starts
 * close enough, else from `LEAD` characters before it, with an ellipsis for what was cut.
 */
export function focusExcerpt(text: string, words: readonly string[], max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const pattern = wordPattern(words);
  const at = pattern ? (pattern.exec(flat)?.index ?? -1) : -1;
  let start = 0;
  if (at > LEAD) {
    // The start of the match's own sentence, if it begins within LEAD characters.
    let sentence = 0;
    for (const m of flat.slice(0, at).matchAll(SENTENCE_END)) sentence = m.index + m[0].length;
    start = sentence >= at - LEAD ? sentence : at - LEAD;
  }
  // Do not cut a surrogate pair in two.
  if (/[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start -= 1;
  let out = flat.slice(start, start + max);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  const end = start + out.length;
  // A cut right after a sentence end would start with its punctuation.
  out = out.replace(LEADING_PUNCTUATION, '');
  const head = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  return `${head}${out.trim()}${tail}`;
}
