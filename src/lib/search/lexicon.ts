/**
 * The search lexicon: built once after Pagefind indexes the site (from the index's own
 * fragments, so its words are split exactly as the index split them), and prepared in the
 * browser for query analysis. Pure.
 */
import type { SearchLexicon } from '../../schemas/search.ts';
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
}

const LATIN_WORD = /^[a-z0-9_]+$/;
const HAN_WORD = /^\p{Script=Han}+$/u;

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

/** Builds the lexicon from the indexed pages and the data files. */
export function buildLexicon(input: {
  pages: IndexedPage[];
  stopwords: string[];
  particles: string[];
  synonyms: string[][];
}): SearchLexicon {
  const counts = new Map<string, number>();
  const pages: SearchLexicon['pages'] = {};
  const groups: string[][] = input.synonyms.map((group) => group.map(normalizeQuery));
  for (const page of input.pages) {
    pages[page.id] = { type: page.type };
    for (const raw of page.content.split(/[\s\u200B]+/)) {
      const word = normalizeWord(raw);
      const han = HAN_WORD.test(word);
      if (
        han
          ? word.length < 2 || word.length > 8
          : !LATIN_WORD.test(word) || word.length < 2 || word.length > 30
      )
        continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    if (page.meta['role']) {
      const group = careerSynonyms(page.meta).map(normalizeQuery);
      if (group.length > 1) groups.push(group);
    }
  }
  const words = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    version: 1,
    words,
    stopwords: input.stopwords.map(normalizeQuery),
    particles: input.particles.map(normalizeQuery),
    synonyms: groups.map((g) => [...new Set(g)]).filter((g) => g.length > 1),
    pages,
  };
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
}

function wordTokens(text: string): string[] {
  return tokenize(normalizeQuery(text), 64)
    .filter((t): t is Token => t !== null)
    .map((t) => t.text);
}

/** Prepares a lexicon (as loaded from `/search-lexicon.json`) for `analyzeQuery`. */
export function prepareLexicon(lexicon: SearchLexicon): PreparedLexicon {
  const words = new Map(Object.entries(lexicon.words));
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
  return {
    words,
    logTotal: Math.log(Math.max(total, 1)),
    maxHanLength,
    stopwords: new Set(lexicon.stopwords),
    particles: new Set(lexicon.particles),
    synonymsByFirst,
    groups,
    latin,
    pageTypes: new Map(Object.entries(lexicon.pages).map(([id, page]) => [id, page.type])),
  };
}
