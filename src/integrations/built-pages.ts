/**
 * The built site, read once after the build and shared by the integrations that run after it
 * (`katex-fonts.ts`, `site-checks.ts`): every file's URL, and the facts of every page, each page
 * parsed once (`scanPage`). The KaTeX formulas are kept once each, site-wide: a thousand pages
 * with the same few formulas hold a few strings, not thousands.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { scanPage, type PageFacts } from '../lib/site-checks/html-checks.ts';

export interface BuiltSite {
  /** The output folder. */
  out: string;
  /** Absolute paths of every file. */
  files: string[];
  /** Facts of every HTML page (their `formulas` moved to `formulas`). */
  pages: PageFacts[];
  /** URL paths of every file that is not a page (links may point at them). */
  assets: Set<string>;
  /** The HTML of every distinct KaTeX formula on the site. */
  formulas: Set<string>;
  /** Absolute paths of the pages that have at least one formula. */
  pagesWithMath: Set<string>;
}

/** URL path of a page file: `/faq/x/index.html` → `/faq/x/`. */
const pageUrl = (url: string) => (url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);

async function readSite(out: string): Promise<BuiltSite> {
  const entries = await readdir(out, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const site: BuiltSite = {
    out,
    files,
    pages: [],
    assets: new Set(),
    formulas: new Set(),
    pagesWithMath: new Set(),
  };
  for (const file of files) {
    const url = '/' + relative(out, file).split(sep).join('/');
    if (!file.endsWith('.html')) {
      site.assets.add(url);
      continue;
    }
    const facts = scanPage(pageUrl(url), await readFile(file, 'utf8'));
    for (const formula of facts.formulas) site.formulas.add(formula);
    if (facts.formulas.length > 0) site.pagesWithMath.add(file);
    facts.formulas = [];
    site.pages.push(facts);
  }
  return site;
}

/**
 * One reader per build: `read(out)` scans the site the first time and returns the same result
 * after. Create it in astro.config and hand it to the integrations that share it; the first of
 * them to run reads the pages as they are then.
 */
export function builtPages(): { read(out: string): Promise<BuiltSite> } {
  let site: Promise<BuiltSite> | undefined;
  let dir: string | undefined;
  return {
    read(out) {
      if (site === undefined || dir !== out) {
        dir = out;
        site = readSite(out);
      }
      return site;
    },
  };
}
