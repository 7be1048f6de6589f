/**
 * The search UI's own weight on the built site (issue 11: JS + CSS ≤ 15 KB brotli, Pagefind's
 * WASM and index not counted): the module that defines `<dc-search>`, what it imports with
 * `import()` on first open (the search view), the closure of their static imports, and the
 * CSS rules of the search control and dialog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliSize } from '../../tools/weight/compress.ts';
import { pageResources, resolvePath, staticImportSpecifiers } from '../../tools/weight/static-graph.ts';
import { BUDGETS } from '../../tools/budgets.ts';
import { ensureSite } from '../../tools/site-build.ts';

const BUDGET = BUDGETS.searchUi;
/** Selectors of the search UI's rules (src/islands/search/search.css). */
const SEARCH_SELECTOR = /dc-search|\.search-|\.hit-|\.chip|mark\.search-highlight/;

let dir: string;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

beforeAll(async () => {
  dir = await ensureSite();
});

/** The rules of `css` (minified or not) whose selector matches, with their @media wrappers. */
function matchingRules(css: string, selector: RegExp): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    // Find the matching close brace.
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

describe('search UI size', () => {
  it(`is at most ${BUDGET / 1024} KB brotli of JS and CSS`, () => {
    const resources = pageResources(read('index.html'), '/');
    const entry = resources.scripts.find((s) => /define\([`"']dc-search[`"']/.test(read(s)));
    expect(entry, 'the module that defines <dc-search>').toBeDefined();
    const lazy = [...read(entry!).matchAll(/import\([`"'](\.\/[^`"']+\.js)[`"']\)/g)]
      .map((m) => resolvePath(m[1], entry!))
      .filter((p): p is string => p !== null);
    expect(
      lazy.some((p) => p.includes('search-view')),
      'the search view loads on first open',
    ).toBe(true);
    const files = new Set<string>();
    const queue = [entry!, ...lazy];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (files.has(path)) continue;
      files.add(path);
      for (const spec of staticImportSpecifiers(read(path))) {
        const next = resolvePath(spec, path);
        if (next !== null) queue.push(next);
      }
    }
    const js = [...files].reduce((sum, p) => sum + brotliSize(readFileSync(join(dir, p))), 0);
    const css = brotliSize(
      Buffer.from(resources.stylesheets.map((s) => matchingRules(read(s), SEARCH_SELECTOR)).join('')),
    );
    expect(css, 'search CSS rules found').toBeGreaterThan(500);
    expect(js + css).toBeLessThanOrEqual(BUDGET);
  });
});
