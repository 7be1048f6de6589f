/**
 * Build half of the search lexicon, its Node side: reads back the fragments Pagefind wrote (so
 * Chinese is split exactly as the index split it) and the data files of `content/search/`
 * (validated by their schemas), and writes `pagefind/search-lexicon.json` beside the index and the
 * summaries of the pages too large to load on a search (`summary/<id>.json`). What is computed
 * from them is pure and lives in `src/lib/search/build/`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { anchoredParts, deferredSummary } from '../../lib/search/build/deferred.ts';
import { akaByUrl, buildLexicon, type IndexedPage } from '../../lib/search/build/lexicon.ts';
import { SEARCH_FILTER, url } from '../../lib/site.ts';
import { contentDir } from '../../data/content-dir.ts';
import { loadStartingPoints } from '../../data/skills.ts';
import {
  pageNamesFileSchema,
  readerWordsFileSchema,
  stopwordsFileSchema,
  synonymsFileSchema,
  type SearchLexicon,
} from '../../schemas/search.ts';

/** File name of the lexicon in Pagefind's output folder; the search UI fetches it with Pagefind. */
export const SEARCH_LEXICON_FILE = 'search-lexicon.json';
/** The lexicon's Latin words (`searchLatinSchema`), beside it: loaded only for a Latin query. */
export const SEARCH_LATIN_FILE = 'search-latin.json';
/** Folder of deferred pages' summaries (`<Pagefind id>.json`) in Pagefind's output folder. */
export const SEARCH_SUMMARY_DIR = 'summary';

const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: string;
  anchors?: { element: string; id: string; text?: string; location?: number }[];
  content: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

async function readYaml<T>(file: string, schema: { parse(value: unknown): T }): Promise<T> {
  try {
    return schema.parse(parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The folder of `stopwords.yaml`, `synonyms.yaml`, `reader-words.yaml` and `page-names.yaml`: `search/` in the content
 * folder, or the project's `content/search/` when the content folder has none (test fixtures).
 */
export function searchDataDir(): string {
  const own = join(contentDir(), 'search');
  return existsSync(own) ? own : join(process.cwd(), 'content', 'search');
}

/** Builds the lexicon from `pagefindDir/fragment/` and the data files in `dataDir`, writes it to `outFile`. */
export async function writeSearchLexicon(
  pagefindDir: string,
  dataDir: string,
  outFile: string,
): Promise<SearchLexicon> {
  const [stop, syn, reader, pageNames] = await Promise.all([
    readYaml(join(dataDir, 'stopwords.yaml'), stopwordsFileSchema),
    readYaml(join(dataDir, 'synonyms.yaml'), synonymsFileSchema),
    readYaml(join(dataDir, 'reader-words.yaml'), readerWordsFileSchema),
    readYaml(join(dataDir, 'page-names.yaml'), pageNamesFileSchema),
  ]);
  // The picker's starting points (validated by the content collections; absent in test fixtures).
  const starts = loadStartingPoints().entries.map((e) => ({
    ...(typeof e['name'] === 'string' ? { name: e['name'] } : {}),
    faq: Array.isArray(e['faq']) ? e['faq'].map(String) : [],
  }));
  const dir = join(pagefindDir, 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment')).sort()) {
    const bytes = await readFile(join(dir, name));
    const text = gunzipSync(bytes).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE))
      throw new Error(`Unexpected Pagefind fragment format in ${name}`);
    const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
    pages.push({
      id: name.slice(0, -'.pf_fragment'.length),
      content: fragment.content,
      type: fragment.filters?.[SEARCH_FILTER]?.[0] ?? '',
      meta: fragment.meta ?? {},
      ...(fragment.url ? { url: fragment.url } : {}),
      fragmentBytes: bytes.length,
      headings: anchoredParts(fragment.content, fragment.anchors ?? []),
    });
  }
  const lexicon = buildLexicon({
    pages,
    stopwords: stop.stopwords,
    particles: stop.particles,
    synonyms: syn.groups,
    questions: stop.questions,
    definitions: stop.definitions,
    places: stop.places,
    readerWords: reader.entries,
    aka: akaByUrl(pageNames.pages, starts, { careers: url.careers(), faq: (id) => url.faq(id) }),
  });
  // The Latin words in their own file, beside the lexicon: a Chinese first search never needs them.
  const { latin, ...core } = lexicon;
  await writeFile(outFile, JSON.stringify(core));
  await writeFile(join(dirname(outFile), SEARCH_LATIN_FILE), JSON.stringify(latin ?? {}));
  // Deferred pages' summaries, fetched by a search only when it shows the page.
  const summaries = join(pagefindDir, SEARCH_SUMMARY_DIR);
  await mkdir(summaries, { recursive: true });
  for (const page of pages) {
    const summary = deferredSummary(page);
    if (summary) await writeFile(join(summaries, `${page.id}.json`), JSON.stringify(summary));
  }
  return lexicon;
}
