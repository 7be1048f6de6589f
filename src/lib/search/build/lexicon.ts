/**
 * Build half of the search lexicon, pure: what the build learns from the indexed pages (read
 * back from Pagefind's own fragments by `src/integrations/search/`, so words are split exactly as
 * the index split them) and the data files in `content/search/`. The browser half, which prepares
 * the lexicon for query analysis, is `../lexicon.ts`.
 */
import type { SearchLexicon } from '../../../schemas/search.ts';
import { countGroups } from '../count-groups.ts';
import { HAN_WORD } from '../lexicon.ts';
import { normalizeQuery, normalizeWord } from '../normalize.ts';
import { isDeferred } from './deferred.ts';

/** What the build knows about one indexed page (read from its Pagefind fragment). */
export interface IndexedPage {
  /** Pagefind result id (the fragment's file name without extension). */
  id: string;
  /** Fragment content: words separated by spaces, Chinese segments by U+200B. */
  content: string;
  /** The page's search type (its `SEARCH_FILTER` filter value). */
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

/** An index word of Latin letters only (typo correction's vocabulary). */
const LATIN_WORD = /^[a-z]+$/;

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
 * a single character (the split jieba makes: 能 + 耗, 工程 + 师); never a particle, never a
 * stopword of two or more characters (怎么 + 学 in 怎么学？ is a question word and a verb, not a
 * word: as a compound it would keep the question word in the query), and a single-character
 * stopword only when both are single characters (能耗, but not 的 + 数据).
 */
function isCompoundPair(a: string, b: string, stop: Set<string>, particles: Set<string>): boolean {
  const [la, lb] = [[...a].length, [...b].length];
  if (la + lb > 4 || (la > 1 && lb > 1)) return false;
  if (particles.has(a) || particles.has(b)) return false;
  if (la === 1 && lb === 1) return true;
  return !stop.has(a) && !stop.has(b);
}

/** A starting point of the 我现在是… picker as the lexicon needs it. */
export interface StartingPointNames {
  /** Its name (应届生（计算机或相近专业）, 系统运维 / SRE); none for a start that is one of our careers. */
  name?: string;
  /** FAQ entry ids about moving on from there, most specific first. */
  faq: readonly string[];
}

/**
 * The Chinese names of a starting point, as a reader says where they stand: its name without a
 * parenthetical, split at slashes, Chinese parts only (应届生（计算机或相近专业） → 应届生;
 * 系统运维 / SRE → 系统运维: SRE is a career of the guide, not a situation).
 */
export function startNames(name: string): string[] {
  return name
    .replace(/[（(][^）)]*[）)]/g, '')
    .split('/')
    .map((part) => part.trim())
    .filter((part) => /^\p{Script=Han}{2,}$/u.test(part));
}

/**
 * A page's English names, by rule: its URL's slug is the name authors gave it in English
 * (/playground/, /faq/learn-without-gpu/), and readers who search in English use the same words
 * (playground, learn without gpu). The last segment, and for a nested page also its whole path
 * (references notes). Slugs of other letters than a–z, digits and hyphens give none.
 */
export function slugNames(url: string): string[] {
  const segments = url.split('/').filter(Boolean);
  if (segments.length === 0 || !segments.every((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))) return [];
  const words = (s: string) => s.replaceAll('-', ' ');
  const last = words(segments.at(-1) ?? '');
  return segments.length > 1 ? [last, segments.map(words).join(' ')] : [last];
}

/**
 * What readers call each page, by URL: the names of `page-names.yaml`, and a rule for the picker's
 * starting points: a reader who searches for where they stand (零基础, 应届生, 网络运维) looks for
 * the careers index, whose 我现在是… picker starts there, and for the start's first FAQ entry
 * (starting-points.yaml orders them most specific first: 零基础 → no-degree).
 */
export function akaByUrl(
  pageNames: readonly { url: string; names: readonly string[] }[],
  starts: readonly StartingPointNames[],
  urls: { careers: string; faq: (id: string) => string },
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (url: string, names: readonly string[]) => out.set(url, [...(out.get(url) ?? []), ...names]);
  for (const page of pageNames) add(page.url, page.names);
  for (const start of starts) {
    const names = start.name ? startNames(start.name) : [];
    if (names.length === 0) continue;
    add(urls.careers, names);
    const first = start.faq[0];
    if (first) add(urls.faq(first), names);
  }
  return out;
}

/** Builds the lexicon from the indexed pages and the data files. */
export function buildLexicon(input: {
  pages: IndexedPage[];
  stopwords: string[];
  particles: string[];
  synonyms: string[][];
  questions?: string[];
  definitions?: string[];
  places?: string[];
  readerWords?: { words: string[]; means: string[] }[];
  /** What readers call a page by its purpose or by who it is for, by page URL (`akaByUrl`). */
  aka?: ReadonlyMap<string, readonly string[]>;
}): SearchLexicon {
  const counts = new Map<string, number>();
  const latinCounts = new Map<string, number>();
  const tokenCounts = new Map<string, number>();
  const pairs = new Map<string, { count: number; parts: [string, string] }>();
  const pages: SearchLexicon['pages'] = {};
  const groups: string[][] = input.synonyms.map((group) => group.map(normalizeQuery));
  const stop = new Set([...input.stopwords, ...input.particles].map(normalizeQuery));
  const particles = new Set(input.particles.map(normalizeQuery));
  for (const page of input.pages) {
    const entry: SearchLexicon['pages'][string] = { type: page.type, title: page.meta['title'] ?? '' };
    pages[page.id] = entry;
    if (page.meta['role']) {
      // A career's other names (role, English name, aliases) rank like its title.
      const names = careerSynonyms(page.meta).filter((n) => n !== entry.title);
      if (names.length > 0) entry.names = names;
    }
    const aka = page.url ? [...(input.aka?.get(page.url) ?? []), ...slugNames(page.url)] : [];
    if (aka.length > 0) entry.aka = [...new Set(aka.map(normalizeQuery))];
    if (page.url && isDeferred(page)) entry.deferred = { url: page.url };
    for (const chunk of page.content.split(/\s+/)) {
      const tokens = chunk.split('\u200B').map(normalizeWord);
      tokens.forEach((word, i) => {
        if (!word) return;
        tokenCounts.set(word, (tokenCounts.get(word) ?? 0) + 1);
        const han = HAN_WORD.test(word);
        // Latin words only as typo correction needs them: 5+ letters, no digits.
        if (han) {
          if (word.length >= 2 && word.length <= 8) counts.set(word, (counts.get(word) ?? 0) + 1);
        } else if (LATIN_WORD.test(word) && word.length >= 5 && word.length <= 30)
          latinCounts.set(word, (latinCounts.get(word) ?? 0) + 1);
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
    version: 4,
    words: countGroups(counts),
    latin: countGroups(latinCounts),
    latinTotal: [...latinCounts.values()].reduce((a, b) => a + b, 0),
    compounds: countGroups(Object.entries(compounds)),
    stopwords: input.stopwords.map(normalizeQuery),
    particles: input.particles.map(normalizeQuery),
    questions: (input.questions ?? []).map(normalizeQuery),
    definitions: (input.definitions ?? []).map(normalizeQuery),
    places: (input.places ?? []).map(normalizeQuery),
    readerWords: (input.readerWords ?? []).map(
      (entry) => [entry.words.map(normalizeQuery), entry.means.map(normalizeQuery)] as [string[], string[]],
    ),
    synonyms: groups.map((g) => [...new Set(g)]).filter((g) => g.length > 1),
    pages,
  };
}
