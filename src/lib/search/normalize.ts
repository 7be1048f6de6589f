/**
 * Query normalisation, the same in the browser and at build time: folded (`fold`: full-width
 * ＰＵＥ → pue), markup and URLs reduced to their words, bounded length; and the tokens a
 * normalised query is made of. Pure.
 */
import { fold } from '../text/fold.ts';

/** Longest raw query looked at; anything beyond is ignored (a pasted page must not freeze). */
export const MAX_RAW_LENGTH = 256;
/** At most this many tokens are analysed. */
export const MAX_TOKENS = 32;

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True for a Chinese (Han) character. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Normalises raw query text: cut to `MAX_RAW_LENGTH`, folded (NFKC, lower case); HTML tags, character
 * references removed, a pasted URL reduced to its slug (`https://site/faq/what-is-pue/?x#y`
 * searches what-is-pue); whitespace collapsed.
 */
export function normalizeQuery(raw: string): string {
  let text = fold(raw.slice(0, MAX_RAW_LENGTH));
  text = text
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/g, ' ')
    .replace(/(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)\S*/g, urlWords);
  text = text.replace(SECTION_NUMBER, (_, n: string, unit: string) => {
    const value = chineseNumber(n);
    return value === undefined ? `第${n}${unit}` : ` 第 ${value} ${unit} `;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A section or chapter named with a Chinese numeral (第五节, 第十二章): the site writes its
 * number in digits (原文第 5 节), so the query searches the digits.
 */
const SECTION_NUMBER = /第([一二三四五六七八九十两]{1,3})([节章])/gu;
const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese numeral below 100 (五 → 5, 十二 → 12, 二十 → 20), or undefined. */
export function chineseNumber(text: string): number | undefined {
  const [a, b, c] = [...text];
  if (text.length === 1) return a === '十' ? 10 : DIGITS[a ?? ''];
  if (a === '十' && text.length === 2) {
    const ones = DIGITS[b ?? ''];
    return ones === undefined ? undefined : 10 + ones;
  }
  if (b === '十') {
    const tens = DIGITS[a ?? ''];
    const ones = c === undefined ? 0 : DIGITS[c];
    if (tens === undefined || ones === undefined) return undefined;
    return tens * 10 + ones;
  }
  return undefined;
}

/**
 * The words of a pasted URL: its last path segment (the page's slug: `/faq/what-is-pue/` →
 * `what-is-pue`), without scheme, host, section folders, query string or fragment.
 */
function urlWords(url: string): string {
  const path = url
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^/?#]*/, '')
    .replace(/[?#].*$/, '');
  const segments = path.split('/').filter(Boolean);
  return ` ${segments[segments.length - 1] ?? ''} `;
}

/** A word of the index or of a query, as Pagefind stores it: letters and digits only. */
export function normalizeWord(word: string): string {
  let out = '';
  for (const char of fold(word)) if (WORD_CHAR.test(char)) out += char;
  return out;
}

/** One token of a normalised query: a Latin/digit word, or one Han character. */
export interface Token {
  text: string;
  han: boolean;
}

/**
 * Splits normalised text into tokens: each Han character on its own, runs of other letters and
 * digits as words; everything else (punctuation, emoji, symbols) separates tokens. `break`
 * markers (`null`) stand where a separator was, so Han runs on either side stay apart.
 */
export function tokenize(text: string, limit = MAX_TOKENS): (Token | null)[] {
  const out: (Token | null)[] = [];
  let word = '';
  let count = 0;
  const flush = () => {
    if (word) {
      out.push({ text: word, han: false });
      count++;
      word = '';
    }
  };
  for (const char of text) {
    if (count >= limit) break;
    if (isHan(char)) {
      flush();
      out.push({ text: char, han: true });
      count++;
    } else if (WORD_CHAR.test(char)) {
      if (word.length < 40) word += char;
    } else {
      flush();
      if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
    }
  }
  flush();
  return out;
}
