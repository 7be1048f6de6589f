/**
 * Size budgets for the built site, checked by tests/build/budgets.test.ts and shown by the
 * bench. Bytes transferred before any interaction, brotli-compressed; 1 KB = 1,024 bytes.
 */
const KB = 1024;

export const BUDGETS = {
  /** Home, FAQ entries, careers, references: HTML + CSS + JS, fonts excluded. */
  content: 30 * KB,
  /** The article: HTML + CSS + JS + the KaTeX fonts its formulas use. */
  article: 120 * KB,
  /** Largest font file allowed other than KaTeX's (a full CJK font is several MB). */
  font: 500 * KB,
} as const;

/** Kinds of asset counted against the content-page budget. */
export const CONTENT_BUDGET_KINDS = ['html', 'css', 'js'] as const;
/** Kinds of asset counted against the article budget. */
export const ARTICLE_BUDGET_KINDS = ['html', 'css', 'js', 'font'] as const;

/** True for a page held to the content budget: home, references, a FAQ entry or a career. */
export function isContentPage(path: string): boolean {
  return path === '/' || path === '/references/' || /^\/(faq|careers)\/[^/]+\/$/.test(path);
}
