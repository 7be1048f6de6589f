/**
 * The search UI's own weight on a built site (brotli 11; Pagefind's JS, WASM and index not
 * counted): the module that defines `<dc-search>`, what it imports with `import()` on first open
 * (the search view), the closure of their static imports, and the CSS rules of the search control
 * and dialog. Checked against its budget by tests/build/search-ui-size.test.ts and reported by
 * the bench's search section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../budgets.ts';
import { brotliSize } from './compress.ts';
import { pageResources, resolvePath, staticImportSpecifiers } from './static-graph.ts';

/** Issue 11's budget for the search UI's JS and CSS, brotli (1 KB = 1,024 bytes). */
export const SEARCH_UI_BUDGET = BUDGETS.searchUi;
/** Issue 11's budget for everything the first search on a page fetches. */
export const FIRST_SEARCH_BUDGET = BUDGETS.firstSearch;
/** Issue 11's goal for input to first results with search loaded (a bench figure, never a test). */
export const WARM_SEARCH_GOAL_MS = 150;

/** Selectors of the search UI's rules (src/islands/search/search.css). */
const SEARCH_SELECTOR = /dc-search|\.search-|\.hit-|\.chip|mark\.search-highlight/;

/** The rules of `css` (minified or not) whose selector matches, with their @media wrappers. */
export function matchingRules(css: string, selector: RegExp): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    const body = css.slice(open + 1, j - 1);
    if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
      const inner = matchingRules(body, selector);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (selector.test(prelude)) {
      out += `${prelude}{${body}}`;
    }
    i = j;
  }
  return out;
}

export interface SearchUiSize {
  /** The module that defines `<dc-search>` (URL path). */
  entry: string | undefined;
  /** Modules it loads with `import()` on first open. */
  lazy: string[];
  /** Every JS file counted, with its brotli size. */
  files: { path: string; bytes: number }[];
  js: number;
  css: number;
  total: number;
}

/** Measures the search UI of the site built in `dir` from its home page. */
export function searchUiSize(dir: string): SearchUiSize {
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const resources = pageResources(read('index.html'), '/');
  const entry = resources.scripts.find((s) => /define\([`"']dc-search[`"']/.test(read(s)));
  const lazy = entry
    ? [...read(entry).matchAll(/import\([`"'](\.\/[^`"']+\.js)[`"']\)/g)]
        .map((m) => resolvePath(m[1] ?? '', entry))
        .filter((p): p is string => p !== null)
    : [];
  const seen = new Set<string>();
  const queue = entry ? [entry, ...lazy] : [];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const spec of staticImportSpecifiers(read(path))) {
      const next = resolvePath(spec, path);
      if (next !== null) queue.push(next);
    }
  }
  const files = [...seen].map((path) => ({ path, bytes: brotliSize(readFileSync(join(dir, path))) }));
  const js = files.reduce((sum, f) => sum + f.bytes, 0);
  const css = brotliSize(
    Buffer.from(resources.stylesheets.map((s) => matchingRules(read(s), SEARCH_SELECTOR)).join('')),
  );
  return { entry, lazy, files, js, css, total: js + css };
}
