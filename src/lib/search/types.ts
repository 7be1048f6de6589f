/**
 * The contract between the search engine (query understanding + ranking over Pagefind,
 * `src/lib/search/engine.ts`) and the search UI (`src/islands/search/`). Pure types.
 */

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the engine uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]> },
  ): Promise<{
    results: { id: string; score: number; words: number[]; data(): Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
    unfilteredResultCount: number;
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a search for `term` would load, without searching. */
  preload?(term: string): Promise<void>;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string; location: number };
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** An element with an id inside an indexed page (Pagefind records every one). */
interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindResultData {
  url: string;
  /** Elements with an id, in page order (headings, reference list entries …). */
  anchors?: PagefindAnchor[];
  /** The page's text with Pagefind's word boundaries (U+200B before each word), HTML-escaped. */
  raw_content?: string;
  excerpt: string;
  content: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/**
 * What a query asks: `definition` (RDMA 是什么), `question` (没有显卡能学吗, PUE 高不高, 训练和推理的区别),
 * or `lookup` (a word or a name).
 */
export type QueryIntent = 'definition' | 'question' | 'lookup';

/** What the engine understood of a raw query. */
export interface AnalyzedQuery {
  /** The raw text after normalisation (NFKC, trimmed, lower-cased Latin, length-capped). */
  normalized: string;
  /** Words searched for, after segmentation and dropping question words/particles. */
  terms: string[];
  /** Words dropped (particles, question words, punctuation). */
  dropped: string[];
  /** What the query asks (`QueryIntent`). */
  intent: QueryIntent;
  /** Extra words searched for each term (synonyms, abbreviations, typo corrections). */
  expansions: Record<string, string[]>;
  /** Words to mark in excerpts and on the target page (terms and their expansions). */
  highlight: string[];
}

export interface SearchHit {
  url: string;
  title: string;
  /** Plain text excerpt (2–3 lines worth); the UI marks `query.highlight` words in it. */
  excerpt: string;
  /**
   * An FAQ entry's one-sentence answer (its summary, Pagefind metadata `answer`): shown from its
   * start under the question when the query is a question.
   */
  answer?: string;
  /** Value of the 类型 filter (文章 / 常见问题 / 职业 / 参考文献 / 演示 …). */
  type: string;
  /** Heading sub-results worth showing (not matches inside source/resource lists). */
  subResults: { title: string; url: string; excerpt: string }[];
  /** How many of the query's terms the page matched (relaxed ranking). */
  matchedTerms: number;
  score: number;
}

export interface SearchOutcome {
  query: AnalyzedQuery;
  /** strict: every term matched; relaxed: fewer terms / union; none: nothing known. */
  mode: 'strict' | 'relaxed' | 'none';
  hits: SearchHit[];
  /** Result count per 类型 value for this query (before the type filter is applied). */
  typeCounts: Record<string, number>;
}

export interface SearchOptions {
  /** Restrict to one 类型 value. */
  type?: string | undefined;
  /** At most this many hits (default 10). */
  limit?: number | undefined;
}

export type { SearchLexicon } from '../../schemas/search.ts';

export interface SearchEngine {
  /** Configures and initialises Pagefind (once; `search` does it too). Rejects when it cannot load. */
  init(): Promise<void>;
  search(raw: string, options?: SearchOptions): Promise<SearchOutcome>;
}
