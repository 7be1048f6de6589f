/**
 * Every page a reader may look for is in the search index (issue 20): each HTML page of the
 * built site is either indexed (`data-pagefind-body`, with its type filter) or listed in
 * `searchExcludedPages` (src/lib/site.ts) with the reason — so a page added later fails here
 * until it is one or the other. The lexicon describes exactly the indexed pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchExcludedPages, SEARCH_FILTER, sections } from '../../src/lib/site.ts';
import { searchLexiconSchema } from '../../src/schemas/search.ts';
import { ensureSite } from '../../tools/site-build.ts';

let dir: string;
/** Every built HTML page by URL path (`/faq/x/`, `/404.html`), with its markup. */
let pages: Map<string, string>;

beforeAll(async () => {
  dir = await ensureSite();
  pages = new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
      .map((f) => [`/${f.replace(/(^|\/)index\.html$/, '$1')}`, readFileSync(join(dir, f), 'utf8')]),
  );
}, 300_000);

describe('search coverage', () => {
  it('indexes every page that is not excluded with a reason', () => {
    const neither: string[] = [];
    for (const [path, html] of pages) {
      const indexed = parse(html).querySelector('[data-pagefind-body]') !== null;
      const excluded = path in searchExcludedPages;
      if (indexed === excluded)
        neither.push(`${path}: ${indexed ? 'indexed and excluded' : 'neither indexed nor excluded'}`);
    }
    expect(neither).toEqual([]);
  });

  it('excludes only pages that exist, each with a reason', () => {
    for (const [path, reason] of Object.entries(searchExcludedPages)) {
      expect(pages.has(path), path).toBe(true);
      expect(reason.length, path).toBeGreaterThan(20);
    }
  });

  it('gives every indexed page its section’s search type', () => {
    const types = new Set<string>(sections.map((s) => s.searchType));
    for (const [path, html] of pages) {
      const body = parse(html).querySelector('[data-pagefind-body]');
      if (!body) continue;
      const [key, type] = (body.getAttribute('data-pagefind-filter') ?? '').split(':');
      expect(key, path).toBe(SEARCH_FILTER);
      expect(types.has(type ?? ''), `${path}: ${type}`).toBe(true);
    }
  });

  it('describes exactly the indexed pages in the lexicon', () => {
    const lexicon = searchLexiconSchema.parse(
      JSON.parse(readFileSync(join(dir, 'pagefind', 'search-lexicon.json'), 'utf8')),
    );
    const indexed = [...pages.values()].filter((html) => parse(html).querySelector('[data-pagefind-body]'));
    expect(Object.keys(lexicon.pages)).toHaveLength(indexed.length);
  });
});
