/**
 * Every size budget of the site, in one place: checked by the tests (tests/build/budgets.test.ts,
 * search-ui-size.test.ts, dist-size.test.ts, tests/e2e/search-bytes.test.ts) and shown by the
 * bench. Bytes transferred, brotli-compressed (quality 11; formats compressed already count
 * raw); 1 KB = 1,024 bytes. docs/performance.md says what each one counts and why.
 */
import scriptBaseline from './script-baseline.json' with { type: 'json' };

const KB = 1024;

export const BUDGETS = {
  /** Home, FAQ entries, careers, references: HTML + CSS + JS, fonts excluded. */
  content: 30 * KB,
  /**
   * The article: HTML + CSS + JS + the KaTeX fonts its formulas use (subset at build time to
   * the glyphs the formulas draw, src/integrations/katex-fonts.ts; issue 13's goal).
   */
  article: 70 * KB,
  /** Largest font file allowed other than KaTeX's (a full CJK font is several MB). */
  font: 500 * KB,
  /**
   * Script a page may gain over its baseline (`script-baseline.json`, measured before issue 13's
   * navigation and career-guidance work): each page's JS ≤ baseline + this. A page's JS is all
   * the script it ships before interaction, its script files and its inline scripts
   * (`scriptBytes` in tools/weight/page-weight.ts): an island inlined into the HTML counts the same.
   */
  issue13Script: 4 * KB,
  /**
   * Script of a tool page built after issue 13, held to its own figure instead of a borrowed
   * baseline + `issue13Script`: `/plan/` (issue 21, the reader's plan: rendered in the browser
   * from paths.json, with statuses set on the page, learning resources and the progress overview
   * across careers). Set at 10 KB of script files (9.9 KB measured); since 2026-12-07 the
   * budgets count inline scripts too, and the plan's were 1.4 KB then: 11.4 KB. The clipboard
   * code loads on the first share.
   */
  toolPageScript: { '/plan/': 11.4 * KB } as Readonly<Record<string, number>>,
  /**
   * The first search on a fresh page (issue 11): everything fetched from opening search to the
   * rendered results (Pagefind's JS, WASM, index chunks, fragments or summaries, the lexicon).
   */
  firstSearch: 110 * KB,
  /**
   * What the browser test enforces for the first search until `firstSearch` is met again: since
   * issue 18's content (five FAQ entries, China sections, 26 references) the first search
   * measures 110.1–114.9 KB for the bench's queries (Pagefind's index chunks, fragments and our
   * lexicon grew). A guard against further growth, not the goal: the bench reports the goal.
   */
  firstSearchGuard: 116 * KB,
  /**
   * The offline precache, all text pages and the search index (issue 22's target): 1,009 KB
   * measured once the islands' scripts became files of their own instead of a copy in every page.
   */
  precache: 1024 * KB,
  /**
   * The search UI's own JS and CSS (issue 11): the module that defines `<dc-search>`, what it
   * imports on first open and their static imports, and the search rules of the stylesheets.
   */
  searchUi: 15 * KB,
  /** Largest file of the built site, on disk: Cloudflare Pages' limit (25 MiB), the strictest host's. */
  hostFile: 25 * KB * KB,
} as const;

/** Kinds of asset counted against the content-page budget. */
export const CONTENT_BUDGET_KINDS = ['html', 'css', 'js'] as const;
/** Kinds of asset counted against the article budget. */
export const ARTICLE_BUDGET_KINDS = ['html', 'css', 'js', 'font'] as const;

/** True for a page held to the content budget: home, references, a FAQ entry or a career. */
export function isContentPage(path: string): boolean {
  return path === '/' || path === '/references/' || /^\/(faq|careers)\/[^/]+\/$/.test(path);
}

/**
 * A page's script baseline (brotli bytes of JS before issue 13). A page built since has the
 * largest baseline of its siblings (a new career page is held like the other careers); a page in
 * a new section (e.g. `/plan/`) the largest baseline of the content pages (`isContentPage`: home,
 * references, FAQ entries, careers), i.e. a new page may start from what a career page shipped.
 */
export function scriptBaselineOf(
  page: string,
  baseline: Readonly<Record<string, number>> = scriptBaseline.pages,
): number {
  const known = baseline[page];
  if (known !== undefined) return known;
  const parent = page.replace(/[^/]+\/?$/, '');
  const siblings = Object.entries(baseline)
    .filter(
      ([p]) =>
        p !== parent && p.startsWith(parent) && !p.slice(parent.length).replace(/\/$/, '').includes('/'),
    )
    .map(([, bytes]) => bytes);
  if (parent !== '/' && siblings.length > 0) return Math.max(...siblings);
  const content = Object.entries(baseline)
    .filter(([p]) => isContentPage(p))
    .map(([, bytes]) => bytes);
  return Math.max(...content);
}
