/**
 * The search UI's own weight on the built site (issue 11: JS + CSS ≤ 15 KB brotli, Pagefind's
 * WASM and index not counted), as `tools/weight/search-ui-size.ts` measures it: the module that
 * defines `<dc-search>`, the search view it imports on first open, their static imports, and the
 * CSS rules of the search control and dialog.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_UI_BUDGET, searchUiSize } from '../../tools/weight/search-ui-size.ts';
import { ensureSite } from '../../tools/site-build.ts';

let dir: string;

beforeAll(async () => {
  dir = await ensureSite();
});

describe('search UI size', () => {
  it(`is at most ${SEARCH_UI_BUDGET / 1024} KB brotli of JS and CSS`, () => {
    const size = searchUiSize(dir);
    expect(size.entry, 'the module that defines <dc-search>').toBeDefined();
    expect(
      size.lazy.some((p) => p.includes('search-view')),
      'the search view loads on first open',
    ).toBe(true);
    expect(size.css, 'search CSS rules found').toBeGreaterThan(500);
    expect(size.total).toBeLessThanOrEqual(SEARCH_UI_BUDGET);
  });
});
