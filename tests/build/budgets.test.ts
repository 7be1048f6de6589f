/**
 * Size budgets on the built site (`.tmp/site`, built by site.test.ts; built here when missing).
 * Sizes only, computed from the files, so the results are deterministic:
 * - bytes a browser transfers before any interaction, brotli-compressed (quality 11), per page;
 * - nothing of onnxruntime-web, the model, any WASM or Pagefind is loaded statically;
 * - the KaTeX stylesheet only on pages with math, and no big web font (e.g. a full CJK font).
 * How a page's static loads are found: tools/weight/page-weight.ts (import graph without
 * dynamic `import()`), and its KaTeX fonts: src/lib/katex/fonts.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensureSite, SITE_DIR } from '../../tools/site-build.ts';
import {
  pageWeight,
  scriptBytes,
  SiteFiles,
  staticLoads,
  type PageWeight,
} from '../../tools/weight/page-weight.ts';
import { formatKB, type AssetKind } from '../../tools/weight/metrics.ts';
import {
  ARTICLE_BUDGET_KINDS,
  BUDGETS,
  CONTENT_BUDGET_KINDS,
  isContentPage,
  scriptBaselineOf,
} from '../../tools/budgets.ts';

/** Files no page may load before the reader uses a demo or search. */
const LAZY_ONLY: { what: string; test: (path: string) => boolean }[] = [
  { what: 'onnxruntime-web', test: (p) => /^ort[.-]/.test(basename(p)) },
  { what: 'WASM', test: (p) => p.endsWith('.wasm') },
  { what: 'the ONNX model', test: (p) => p.endsWith('.onnx') },
  { what: 'Pagefind (UI, core, index)', test: (p) => p.startsWith('/pagefind/') },
];

let site: SiteFiles;
/** URL paths of every built page (outside /pagefind/). */
let pages: string[] = [];

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

beforeAll(async () => {
  site = new SiteFiles(await ensureSite());
  pages = pagesUnder(SITE_DIR);
}, 300_000);

/** Failure message for a page over budget, naming its largest asset, or null within budget. */
function overBudget(weight: PageWeight, budget: number, kinds: readonly AssetKind[]): string | null {
  const counted = weight.assets.filter((a) => kinds.includes(a.kind));
  const total = counted.reduce((sum, a) => sum + a.transfer, 0);
  if (total <= budget) return null;
  const largest = [...counted].sort((a, b) => b.transfer - a.transfer)[0];
  return (
    `${weight.page}: ${formatKB(total)} > ${budget / 1024} KB budget ` +
    `(by ${formatKB(total - budget)}; largest: ${largest.path} ${formatKB(largest.transfer)})`
  );
}

describe('page weight budgets (brotli, before interaction)', () => {
  it('finds the pages to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/article/', '/references/', '/demos/']));
    expect(pages.filter((p) => /^\/faq\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
    expect(pages.filter((p) => /^\/careers\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
  });

  it(`keeps home, every FAQ entry, every career and references within ${BUDGETS.content / 1024} KB`, () => {
    const content = pages.filter(isContentPage);
    const failures = content
      .map((p) => pageWeight(site, p))
      .flatMap((w) => [
        ...w.missing.map((m) => `${w.page}: missing ${m}`),
        overBudget(w, BUDGETS.content, CONTENT_BUDGET_KINDS),
      ])
      .filter((f): f is string => f !== null);
    expect(failures).toEqual([]);
  });

  it(`keeps the article within ${BUDGETS.article / 1024} KB including its KaTeX fonts`, () => {
    const weight = pageWeight(site, '/article/', { fonts: true });
    // The article has formulas: its fonts are counted, so the font part must not be empty.
    expect(weight.assets.filter((a) => a.kind === 'font').length).toBeGreaterThan(0);
    expect(weight.missing).toEqual([]);
    expect(overBudget(weight, BUDGETS.article, ARTICLE_BUDGET_KINDS)).toBeNull();
  });
});

describe('script budget for issue 13', () => {
  it(`adds at most ${BUDGETS.issue13Script / 1024} KB of script to any page over its baseline (a tool page: its own limit)`, () => {
    const over = pages
      .map((page) => ({
        page,
        // All the script the page ships: its script files and its inline scripts.
        js: scriptBytes(pageWeight(site, page)),
        limit: BUDGETS.toolPageScript[page] ?? scriptBaselineOf(page) + BUDGETS.issue13Script,
      }))
      .filter(({ js, limit }) => js > limit)
      .map(({ page, js, limit }) => `${page}: ${formatKB(js)} of script, limit ${formatKB(limit)}`);
    expect(over).toEqual([]);
  });
});

describe('lazy loading', () => {
  it('loads no onnxruntime-web, WASM, model or Pagefind file statically on any page', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const path of staticLoads(site, page).paths) {
        for (const rule of LAZY_ONLY) if (rule.test(path)) found.push(`${page}: ${rule.what} (${path})`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('fonts', () => {
  it('links the KaTeX stylesheet on pages with math, and only there', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const { hasMath, katexStylesheets } = pageWeight(site, page);
      if (!hasMath && katexStylesheets.length > 0)
        wrong.push(`${page}: no math, links ${katexStylesheets.join(', ')}`);
      if (hasMath && katexStylesheets.length === 0) wrong.push(`${page}: has math, no KaTeX stylesheet`);
    }
    expect(wrong).toEqual([]);
  });

  it(`ships no font file other than KaTeX's over ${BUDGETS.font / 1024} KB (no full CJK font)`, () => {
    const big = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f) && !basename(f).startsWith('KaTeX_'))
      .map((f) => ({ f, size: statSync(join(SITE_DIR, f)).size }))
      .filter(({ size }) => size > BUDGETS.font)
      .map(({ f, size }) => `/${f}: ${formatKB(size)} > ${BUDGETS.font / 1024} KB`);
    expect(big).toEqual([]);
  });
});
