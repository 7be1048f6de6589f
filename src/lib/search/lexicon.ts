/**
 * The search lexicon: built once after Pagefind indexes the site (from the index's own
 * fragments, so its words are split exactly as the index split them), and prepared in the
 * browser for query analysis. Pure.
 */
import type { SearchLexicon, SearchSummary } from '../../schemas/search.ts';
import { isHan, normalizeQuery, normalizeWord, tokenize, type Token } from './normalize.ts';

/** What the build knows about one indexed page (read from its Pagefind fragment). */
export interface IndexedPage {
  /** Pagefind result id (the fragment's file name without extension). */
  id: string;
  /** Fragment content: words separated by spaces, Chinese segments by U+200B. */
  content: string;
  /** The page's 类型 filter value. */
  type: string;
  /** Pagefind metadata of the page (title, and for careers role, roleEn and aliases). */
  meta: Record<string, string>;
  /** The page's URL. */
  url?: string;
  /** Size of its fragment file as served (gzip). */
  fragmentBytes?: number;
  /** What a result can link to, in page order (`anchoredParts`): headings and list entries. */
  headings?: { id: string; text: string }[];
}

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
  const chars = [...text];
  const excerpt =
    chars.length > DEFERRED_EXCERPT_CHARS ? `${chars.slice(0, DEFERRED_EXCERPT_CHARS - 1).join('')}…` : text;
  return {
    url: page.url,
    excerpt,
    headings: (page.headings ?? []).map((h) => [h.id, h.text] as [string, string]),
  };
}

/** Characters of a list entry's text kept to describe it (a reference: authors and title). */
const ENTRY_TEXT_CHARS = 60;

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
    const chars = [...between(a.location, anchors[i + 1]?.location ?? Number.MAX_SAFE_INTEGER)];
    const text =
      chars.length > ENTRY_TEXT_CHARS ? `${chars.slice(0, ENTRY_TEXT_CHARS - 1).join('')}…` : chars.join('');
    return text ? [{ id: a.id, text }] : [];
  });
}

/**
 * Pages with a larger fragment are not loaded by a search (a small summary file describes them
 * instead, `deferred`): a first search must stay within 110 KB, about 20 KB of it for fragments.
 * The article's fragment is 18 KB and the reference list's 8 KB; the other pages' are 1–5.5 KB.
 */
export const DEFER_FRAGMENT_BYTES = 7_000;
/** Characters of a deferred page's text kept as its excerpt. */
export const DEFERRED_EXCERPT_CHARS = 160;

const LATIN_WORD = /^[a-z]+$/;
const HAN_WORD = /^\p{Script=Han}+$/u;

/** A pair of index words is a compound when it occurs at least this often… */
const COMPOUND_MIN_COUNT = 2;
/** …and makes up at least this share of the occurrences of its more frequent part. */
const COMPOUND_MIN_SHARE = 0.05;

/**
 * Synonym groups a career page declares: its role name, English name and aliases, each also
 * without a parenthetical (数据中心网络工程师（InfiniBand / RoCE） → 数据中心网络工程师).
 */
export function careerSynonyms(meta: Record<string, string>): string[] {
  const names = [meta['role'], meta['roleEn'], ...(meta['aliases'] ?? '').split('、')];
  const out = new Set<string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed) continue;
    out.add(trimmed);
    const bare = trimmed.replace(/[（(][^）)]*[）)]/g, '').trim();
    if (bare) out.add(bare);
  }
  return [...out];
}

/**
 * Whether two neighbouring index words may form one word: at most four characters, one of them
 * a single character (the split jieba makes: 能 + 耗, 工程 + 师); never a particle, and a
 * stopword only when both are single characters (能耗, but not 的 + 数据).
 */
function isCompoundPair(a: string, b: string, stop: Set<string>, particles: Set<string>): boolean {
  const [la, lb] = [[...a].length, [...b].length];
  if (la + lb > 4 || (la > 1 && lb > 1)) return false;
  if (particles.has(a) || particles.has(b)) return false;
  if (la === 1 && lb === 1) return true;
  return !stop.has(la === 1 ? a : b);
}

/** Builds the lexicon from the indexed pages and the data files. */
export function buildLexicon(input: {
  pages: IndexedPage[];
  stopwords: string[];
  particles: string[];
  synonyms: string[][];
}): SearchLexicon {
  const counts = new Map<string, number>();
  const tokenCounts = new Map<string, number>();
  const pairs = new Map<string, { count: number; parts: [string, string] }>();
  const pages: SearchLexicon['pages'] = {};
  const groups: string[][] = input.synonyms.map((group) => group.map(normalizeQuery));
  const stop = new Set([...input.stopwords, ...input.particles].map(normalizeQuery));
  const particles = new Set(input.particles.map(normalizeQuery));
  for (const page of input.pages) {
    const entry: SearchLexicon['pages'][string] = { type: page.type, title: page.meta['title'] ?? '' };
    pages[page.id] = entry;
    if (page.url && isDeferred(page)) entry.deferred = { url: page.url };
    for (const chunk of page.content.split(/\s+/)) {
      const tokens = chunk.split('\u200B').map(normalizeWord);
      tokens.forEach((word, i) => {
        if (!word) return;
        tokenCounts.set(word, (tokenCounts.get(word) ?? 0) + 1);
        const han = HAN_WORD.test(word);
        // Latin words only as typo correction needs them: 5+ letters, no digits.
        if (
          han
            ? word.length >= 2 && word.length <= 8
            : LATIN_WORD.test(word) && word.length >= 5 && word.length <= 30
        )
          counts.set(word, (counts.get(word) ?? 0) + 1);
        const next = tokens[i + 1];
        if (han && next && HAN_WORD.test(next) && isCompoundPair(word, next, stop, particles)) {
          const key = word + next;
          const found = pairs.get(key) ?? { count: 0, parts: [word, next] };
          found.count++;
          pairs.set(key, found);
        }
      });
    }
    if (page.meta['role']) {
      const group = careerSynonyms(page.meta).map(normalizeQuery);
      if (group.length > 1) groups.push(group);
    }
  }
  const compounds: Record<string, number> = {};
  for (const [key, { count, parts }] of [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const base = Math.max(tokenCounts.get(parts[0]) ?? 0, tokenCounts.get(parts[1]) ?? 0);
    if (count >= COMPOUND_MIN_COUNT && count >= COMPOUND_MIN_SHARE * base) compounds[key] = count;
  }
  return {
    version: 2,
    words: countGroups(counts),
    compounds: countGroups(Object.entries(compounds)),
    stopwords: input.stopwords.map(normalizeQuery),
    particles: input.particles.map(normalizeQuery),
    synonyms: groups.map((g) => [...new Set(g)]).filter((g) => g.length > 1),
    pages,
  };
}

/**
 * Words grouped by count, `{ "3": "能耗 工程师" }`, each group sorted: the lexicon's form of a
 * word-count table (a third smaller, brotli-compressed, than one key per word).
 */
export function countGroups(counts: Iterable<readonly [string, number]>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [word, count] of counts) {
    const group = groups.get(count) ?? [];
    group.push(word);
    groups.set(count, group);
  }
  return Object.fromEntries(
    [...groups]
      .sort(([a], [b]) => a - b)
      .map(([count, words]) => [String(count), words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(' ')]),
  );
}

/** The word-count table back from `countGroups`. */
export function countsOf(groups: Record<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [count, words] of Object.entries(groups)) {
    for (const word of words.split(' ')) if (word) counts.set(word, Number(count));
  }
  return counts;
}

/** A synonym group member split into tokens, for matching against a query's tokens. */
export interface SynonymMember {
  tokens: string[];
  text: string;
  group: number;
}

/** The lexicon in the shape query analysis needs. */
export interface PreparedLexicon {
  /** Index words with their counts. */
  words: Map<string, number>;
  /**
   * Words a reader means (for splitting a query into concepts): compounds, stopwords and Chinese
   * synonym members, with counts.
   */
  conceptWords: Map<string, number>;
  /** log of the total count, for segmentation probabilities. */
  logTotal: number;
  /** Longest Chinese word in characters. */
  maxHanLength: number;
  stopwords: Set<string>;
  particles: Set<string>;
  /** Synonym members by their first token, longest first. */
  synonymsByFirst: Map<string, SynonymMember[]>;
  /** Members of each group (normalised text). */
  groups: string[][];
  /** Latin index words, for typo correction. */
  latin: string[];
  /** Page types by Pagefind result id. */
  pageTypes: Map<string, string>;
  /** Page titles by Pagefind result id. */
  pageTitles: Map<string, string>;
  /** Pages shown without loading their fragment, by Pagefind result id. */
  deferred: Map<string, { url: string }>;
}

function wordTokens(text: string): string[] {
  return tokenize(normalizeQuery(text), 64)
    .filter((t): t is Token => t !== null)
    .map((t) => t.text);
}

/** Prepares a lexicon (as loaded from `/search-lexicon.json`) for `analyzeQuery`. */
export function prepareLexicon(lexicon: SearchLexicon): PreparedLexicon {
  const words = countsOf(lexicon.words);
  let total = 0;
  let maxHanLength = 1;
  const latin: string[] = [];
  for (const [word, count] of words) {
    total += count;
    if (isHan(word[0] ?? '')) maxHanLength = Math.max(maxHanLength, [...word].length);
    else if (/[a-z]/.test(word)) latin.push(word);
  }
  const synonymsByFirst = new Map<string, SynonymMember[]>();
  const groups = lexicon.synonyms.map((group, index) => {
    const members = group.map((text) => ({ text, tokens: wordTokens(text), group: index }));
    for (const member of members) {
      const first = member.tokens[0];
      if (first === undefined) continue;
      const list = synonymsByFirst.get(first) ?? [];
      list.push(member);
      synonymsByFirst.set(first, list);
    }
    return members.map((m) => m.text);
  });
  for (const list of synonymsByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const conceptWords = countsOf(lexicon.compounds);
  for (const word of [...lexicon.stopwords, ...lexicon.synonyms.flat()]) {
    if (HAN_WORD.test(word) && !conceptWords.has(word)) conceptWords.set(word, 3);
  }
  return {
    words,
    conceptWords,
    logTotal: Math.log(Math.max(total, 1)),
    maxHanLength,
    stopwords: new Set(lexicon.stopwords),
    particles: new Set(lexicon.particles),
    synonymsByFirst,
    groups,
    latin,
    pageTypes: new Map(Object.entries(lexicon.pages).map(([id, page]) => [id, page.type])),
    pageTitles: new Map(Object.entries(lexicon.pages).map(([id, page]) => [id, page.title])),
    deferred: new Map(
      Object.entries(lexicon.pages).flatMap(([id, page]) =>
        page.deferred ? [[id, page.deferred] as const] : [],
      ),
    ),
  };
}
