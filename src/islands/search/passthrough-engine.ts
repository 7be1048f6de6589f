/**
 * TEMPORARY pass-through used until `createSearchEngine` (src/lib/search/engine.ts, owned by
 * the search engine work) lands on main: no query understanding, just Pagefind's own search
 * mapped to the `SearchEngine` contract so the UI can be built and tested. Replace its one use
 * in `load-engine.ts` with `createSearchEngine(pagefind, lexicon)` and delete this file.
 */
import { SEARCH_FILTER as TYPE_FILTER } from '../../lib/site.ts';
import type { PagefindApi, SearchEngine, SearchHit, SearchOutcome } from '../../lib/search/types.ts';

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function createPassthroughEngine(pagefind: PagefindApi): SearchEngine {
  // Pagefind counts filter values per query only once the filter index is loaded.
  const filtersLoaded = pagefind.filters();
  return {
    async search(raw, options = {}) {
      await filtersLoaded;
      const normalized = raw.normalize('NFKC').trim().toLowerCase().slice(0, 200);
      const terms = normalized.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
      const query = { normalized, terms, dropped: [], expansions: {}, highlight: terms };
      const empty: SearchOutcome = { query, mode: 'none', hits: [], typeCounts: {} };
      if (terms.length === 0) return empty;
      const term = terms.join(' ');
      const all = await pagefind.search(term);
      const typeCounts = all.filters[TYPE_FILTER] ?? {};
      const found = options.type
        ? await pagefind.search(term, { filters: { [TYPE_FILTER]: options.type } })
        : all;
      const hits: SearchHit[] = await Promise.all(
        found.results.slice(0, options.limit ?? 10).map(async (r) => {
          const d = await r.data();
          return {
            url: d.url,
            title: d.meta['title'] ?? d.url,
            excerpt: plain(d.excerpt),
            type: d.filters[TYPE_FILTER]?.[0] ?? '',
            subResults: d.sub_results
              .filter((s) => s.url !== d.url && s.anchor)
              .slice(0, 3)
              .map((s) => ({ title: s.title, url: s.url, excerpt: plain(s.excerpt) })),
            matchedTerms: terms.length,
            score: r.score,
          };
        }),
      );
      return { query, mode: hits.length ? 'strict' : 'none', hits, typeCounts };
    },
  };
}
