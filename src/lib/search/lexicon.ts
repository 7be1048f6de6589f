/**
 * Browser half of the search lexicon, pure: `/pagefind/search-lexicon.json` (written by the
 * build, `build/lexicon.ts`) prepared for query analysis: word counts for segmentation, synonym
 * members by their first token, Latin words for typo correction, and what the engine knows about
 * each indexed page before loading it (type, title, deferred).
 */
import type { SearchLexicon } from '../../schemas/search.ts';
import { countsOf } from './count-groups.ts';
import { isHan, normalizeQuery, tokenize, type Token } from './normalize.ts';

/** A lexicon word of Chinese characters only. */
export const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * A word with other forms a query may mean by it, split into tokens for matching against a
 * query's tokens: a member of a synonym group (the others are the rest of its group) or a reader
 * word (the others are what it means on this site, `reader-words.yaml`).
 */
export interface SynonymMember {
  tokens: string[];
  text: string;
  /** The other forms searched for it (normalised). */
  others: string[];
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
  /** Synonym members and reader words by their first token, longest first. */
  synonymsByFirst: Map<string, SynonymMember[]>;
  /** Words that make a query a question. */
  questions: Set<string>;
  /** Words that make a question a definition question. */
  definitions: Set<string>;
  /** Words that ask where a page is: the query is a lookup. */
  places: Set<string>;
  /** Latin index words, for typo correction (once loaded: `addLatinWords`). */
  latin: string[];
  /** True once the Latin words are in (`addLatinWords`). */
  latinLoaded: boolean;
  /** What is known of each indexed page before its text loads, by Pagefind result id. */
  pages: Map<string, LexiconPage>;
}

/** An indexed page as the lexicon describes it: type, title, and `deferred` when shown from its summary. */
export type LexiconPage = SearchLexicon['pages'][string];

function wordTokens(text: string): string[] {
  return tokenize(normalizeQuery(text), 64)
    .filter((t): t is Token => t !== null)
    .map((t) => t.text);
}

/** Prepares a lexicon (as loaded from `/search-lexicon.json`) for `analyzeQuery`. */
export function prepareLexicon(lexicon: SearchLexicon): PreparedLexicon {
  const words = countsOf(lexicon.words);
  // Frequencies are shares of all words, Latin ones too, whether or not they are loaded yet.
  let total = lexicon.latinTotal;
  let maxHanLength = 1;
  for (const [word, count] of words) {
    total += count;
    if (isHan(word[0] ?? '')) maxHanLength = Math.max(maxHanLength, [...word].length);
  }
  const latin: string[] = [];
  const synonymsByFirst = new Map<string, SynonymMember[]>();
  const addMember = (text: string, others: string[]) => {
    const member = { text, tokens: wordTokens(text), others };
    const first = member.tokens[0];
    if (first === undefined) return;
    const list = synonymsByFirst.get(first) ?? [];
    list.push(member);
    synonymsByFirst.set(first, list);
  };
  for (const group of lexicon.synonyms) {
    for (const text of group)
      addMember(
        text,
        group.filter((m) => m !== text),
      );
  }
  // A reader word that is also a synonym member keeps both: its group's forms and its meanings.
  for (const [words, means] of lexicon.readerWords) {
    for (const text of words) {
      const known = [...(synonymsByFirst.get(wordTokens(text)[0] ?? '') ?? [])].find((m) => m.text === text);
      if (known) known.others = [...new Set([...known.others, ...means.filter((m) => m !== text)])];
      else
        addMember(
          text,
          means.filter((m) => m !== text),
        );
    }
  }
  for (const list of synonymsByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const conceptWords = countsOf(lexicon.compounds);
  for (const word of [
    ...lexicon.stopwords,
    ...lexicon.synonyms.flat(),
    ...lexicon.readerWords.flatMap(([w]) => w),
  ]) {
    if (HAN_WORD.test(word) && !conceptWords.has(word)) conceptWords.set(word, 3);
  }
  const prepared: PreparedLexicon = {
    words,
    conceptWords,
    logTotal: Math.log(Math.max(total, 1)),
    maxHanLength,
    stopwords: new Set(lexicon.stopwords),
    particles: new Set(lexicon.particles),
    synonymsByFirst,
    questions: new Set(lexicon.questions),
    definitions: new Set(lexicon.definitions),
    places: new Set(lexicon.places ?? []),
    latin,
    latinLoaded: false,
    pages: new Map(Object.entries(lexicon.pages)),
  };
  if (lexicon.latin) addLatinWords(prepared, lexicon.latin);
  return prepared;
}

/**
 * Adds the lexicon's Latin words (`/pagefind/search-latin.json`, count groups) to a prepared
 * lexicon: typo correction needs them, and only a query with a Latin word of five or more letters
 * loads them.
 */
export function addLatinWords(prepared: PreparedLexicon, groups: Readonly<Record<string, string>>): void {
  for (const [word, count] of countsOf(groups)) {
    if (!/^[a-z]+$/.test(word) || prepared.words.has(word)) continue;
    prepared.words.set(word, count);
    prepared.latin.push(word);
  }
  prepared.latinLoaded = true;
}

/** True when typo correction would look `word` up: a Latin word of five or more letters. */
export function needsLatinWords(query: string): boolean {
  return /(^|[^a-z])[a-z]{5,}/.test(normalizeQuery(query));
}
