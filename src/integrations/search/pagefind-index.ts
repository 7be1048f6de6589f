import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_LEXICON_FILE, searchDataDir, writeSearchLexicon } from './lexicon-files.ts';
import { countsOf } from '../../lib/search/count-groups.ts';

/**
 * Size of Pagefind's index chunks (its `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, read by the pinned
 * `pagefind_extended` 1.6.0 from the environment). A first search downloads every chunk that
 * holds one of its words; with the default, that was one to three chunks of 22–35 KB (compressed)
 * for a two-character query, more than the search UI, engine and lexicon together. At 500 the
 * index is about 150 chunks of 1–2 KB, and the ten bench queries fetched 4–7 KB of index instead
 * of 22–103 KB (at 2,000: 46 chunks of 3.5 KB, 3.5–19 KB); the metadata listing the chunks grows
 * from 1.0 to 2.5 KB. Results are the same (chunking only splits the word list). An explicit
 * environment value wins, for experiments.
 */
const INDEX_CHUNK_SIZE = '500';

/**
 * Elements whose text stays out of the search index: code blocks (11 of the article's 24 thousand
 * characters, and a reader searches the words around the code, which stay indexed) and KaTeX's
 * visual rendering of formulas (the MathML next to it keeps their text once). Every search that
 * shows the article downloads its whole indexed text (Pagefind's fragment): with these it was
 * 15.6 KB, the largest part of a first search after Pagefind's WASM.
 */
const INDEX_EXCLUDED: readonly string[] = ['pre', '.katex-html'];

/**
 * After the build (and after the site checks): indexes the site with Pagefind into
 * `dist/pagefind/`, then writes the search lexicon and the deferred pages' summaries beside the
 * index (`lexicon-files.ts`).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The Pagefind binary inherits this process's environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...INDEX_EXCLUDED] });
        if (!index) throw new Error(`Pagefind failed to start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        const lexicon = await writeSearchLexicon(
          join(out, 'pagefind'),
          searchDataDir(),
          join(out, 'pagefind', SEARCH_LEXICON_FILE),
        );
        logger.info(
          `search lexicon: ${countsOf(lexicon.words).size} index words, ${lexicon.synonyms.length} synonym groups`,
        );
      },
    },
  };
}
