import { z } from 'astro/zod';

/**
 * `content/search/stopwords.yaml`: question words and particles dropped from a query before it
 * is searched (a question such as 数据中心怎样省电？ is searched as 数据中心 + 省电).
 */
export const stopwordsFileSchema = z.object({
  /** Words dropped from queries; each one to four characters of Chinese, or a short Latin word. */
  stopwords: z.array(z.string().min(1).max(8)).min(1),
  /**
   * Single characters that are never part of a word a reader searches for (吗, 呢, 的 …): dropped
   * like stopwords, and never joined into a compound word of the lexicon (whereas the stopword 能
   * may be part of the compound 能耗).
   */
  particles: z.array(z.string().length(1)).default([]),
  /**
   * Words that make a query a question (怎么, 什么, 哪些, 吗 …), dropped like stopwords: the engine
   * then favours the FAQ entry whose question carries the query's other words. An A不A form
   * (高不高, 值不值) is a question by rule and needs no entry.
   */
  questions: z.array(z.string().min(1).max(8)).default([]),
  /**
   * Words that make a question ask what something is (是什么, 什么是, 是啥 …): the engine then also
   * favours the page that opens with the term.
   */
  definitions: z.array(z.string().min(1).max(8)).default([]),
  /**
   * Words that ask where something is (在哪, 哪里): the reader looks for a page (训练场在哪), so the
   * query is ranked as a lookup, not as a question an FAQ entry answers.
   */
  places: z.array(z.string().min(1).max(8)).default([]),
});

/** `content/search/synonyms.yaml`: groups of words that mean the same thing to a reader. */
export const synonymsFileSchema = z.object({
  /**
   * Each group lists equivalent words (abbreviations, English names, common alternatives); a
   * query word equal to any member is also searched as every other member.
   */
  groups: z.array(z.array(z.string().min(1).max(40)).min(2)).min(1),
});

/**
 * `content/search/reader-words.yaml`: the words readers use for themselves and their situation
 * (程序员, 应届生, 卡 …) and the site's words for the same thing. One way: a query word in `words`
 * is also searched as each of `means`; a query for `means` is not widened to `words`.
 */
export const readerWordsFileSchema = z.object({
  entries: z
    .array(
      z.object({
        words: z.array(z.string().min(1).max(40)).min(1),
        means: z.array(z.string().min(1).max(40)).min(1),
        /** Why the words mean this here: which pages say it the site's way. */
        reason: z.string().min(8),
      }),
    )
    .min(1),
});

/** One indexed page, keyed by its Pagefind result id in `SearchLexicon.pages`. */
const lexiconPageSchema = z.object({
  /** The page's 类型 filter value (文章 / 常见问题 / 职业 / 参考文献 / 演示). */
  type: z.string(),
  /** The page's title (Pagefind's `title` metadata): ranks results before their text loads. */
  title: z.string(),
  /**
   * A career's other names (role name, English name, aliases; `careerSynonyms`): ranked as its
   * title is, since a reader who types one looks for that page by its name.
   */
  names: z.array(z.string()).optional(),
  /**
   * What readers call the page by its purpose or by who it is for (`page-names.yaml`; the
   * picker's starting points for the careers index and for each start's first FAQ entry): the
   * page is found by these, and they rank as its title for every query, a question too.
   */
  aka: z.array(z.string()).optional(),
  /**
   * Set for a page whose Pagefind fragment (its whole indexed text) is too large to download on
   * a first search (the article, the reference list): the engine shows it from its summary file
   * (`/pagefind/summary/<id>.json`, `searchSummarySchema`), fetched only when the page is shown.
   */
  deferred: z.object({ url: z.string() }).optional(),
});

/**
 * `content/search/page-names.yaml`: the names readers give a page they look for by what it is
 * for (学习计划 for the plan, 训练模型 for the playground), each page with the reason. A page is
 * found by these names and they rank like its title, for a question too (在哪里训练模型).
 */
export const pageNamesFileSchema = z.object({
  pages: z
    .array(
      z.object({
        /** The page's URL path (`/plan/`). */
        url: z.string().regex(/^\/[^?#]*$/),
        names: z.array(z.string().min(1).max(40)).min(1),
        /** Why readers call the page so: what on the page (its description, its tools) it names. */
        reason: z.string().min(8),
      }),
    )
    .min(1),
});

/**
 * What a result shows of a deferred page (`/pagefind/summary/<id>.json`): its URL, the start of
 * its text as the excerpt, and the parts a sub-result can link to.
 */
export const searchSummarySchema = z.object({
  url: z.string(),
  excerpt: z.string(),
  /** Its h2/h3 headings and list entries with ids (`id`, text): sub-results when one carries a query word. */
  headings: z.array(z.tuple([z.string(), z.string()])).default([]),
});
export type SearchSummary = z.infer<typeof searchSummarySchema>;

/** Words by how often they occur: `{ "<count>": "word word …" }` (`countGroups` in lexicon.ts). */
const countGroupsSchema = z.record(z.string().regex(/^[1-9]\d*$/), z.string());

/**
 * The search lexicon, built after Pagefind indexes the site (`/pagefind/search-lexicon.json`) and loaded
 * by the search UI with Pagefind: what the engine needs to understand a query the way the index
 * was built.
 */
/** `/pagefind/search-latin.json`: the lexicon's Latin words with their counts (`latin`). */
export const searchLatinSchema = countGroupsSchema;

export const searchLexiconSchema = z.object({
  /** Format version; bumped when the shape changes. */
  version: z.literal(4),
  /**
   * Chinese words of the index (as Pagefind normalised them), two or more characters, with how
   * often each occurs: queries are segmented against these. Grouped by count (`countGroups`): the
   * key is the count, the value the words with that count separated by spaces, which compresses a
   * third better than one key per word.
   */
  words: countGroupsSchema,
  /**
   * Latin words of the index, five or more letters, with their counts, grouped as `words`: Latin
   * typos are corrected against them (shorter words never are). Written to their own file
   * (`/pagefind/search-latin.json`, `searchLatinSchema`) and loaded only by a query with such a
   * word, so a Chinese first search does not download them; present here only in a lexicon built
   * in memory.
   */
  latin: countGroupsSchema.optional(),
  /** How many Latin word occurrences `latin` counts: word frequencies are shares of all words. */
  latinTotal: z.number().int().nonnegative(),
  /**
   * Words the index split in two that belong together (能 + 耗 → 能耗, 工程 + 师 → 工程师), with
   * how often the pair occurs: neighbouring index words, one of them a single character, that
   * occur together often relative to how often either occurs at all. A query is split into
   * what the reader meant with these before each part is split again as the index splits it.
   * Grouped by count, as `words`.
   */
  compounds: countGroupsSchema,
  /** Dropped query words (from `content/search/stopwords.yaml`), normalised. */
  stopwords: z.array(z.string()),
  /** Single characters dropped wherever they stand (`content/search/stopwords.yaml`). */
  particles: z.array(z.string()),
  /** Words that make a query a question, normalised (`stopwords.yaml`, `questions`). */
  questions: z.array(z.string()),
  /** Words that make a question a definition question, normalised (`stopwords.yaml`, `definitions`). */
  definitions: z.array(z.string()),
  /** Words that ask where a page is, normalised (`stopwords.yaml`, `places`). */
  places: z.array(z.string()).optional(),
  /**
   * One-way expansions, normalised (`content/search/reader-words.yaml`): `[words, means]`, a query
   * word in `words` is also searched as each of `means`.
   */
  readerWords: z.array(z.tuple([z.array(z.string()), z.array(z.string())])),
  /**
   * Synonym groups, normalised: `content/search/synonyms.yaml` plus what content declares
   * (a career's role name, English name and aliases).
   */
  synonyms: z.array(z.array(z.string())),
  /** Indexed pages by Pagefind result id. */
  pages: z.record(z.string(), lexiconPageSchema),
});

export type SearchLexicon = z.infer<typeof searchLexiconSchema>;
