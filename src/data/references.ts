/**
 * The one reader of `references.yaml`: parsed once per file version and cached by modification
 * time (so `astro dev` sees edits without a restart). Citation numbers are computed here and
 * nowhere else: the reference list is grouped by type (books, papers, reports, …, in the order
 * of `referenceTypes`), and entries are numbered group by group, in file order within a group,
 * so the numbers run 1, 2, 3 … down the list and every [n] in the text points at its entry.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readReferenceList } from './content-ids.ts';
import { contentDir } from './content-dir.ts';
import type { CitableReference } from '../lib/citations/citations.ts';
import { referenceTypes } from '../schemas/references.ts';

/** One entry of `references.yaml` as written, with its citation number. */
interface LoadedReference {
  id: string;
  /** The number shown as `[n]`: 1-based position in the list grouped by type (see above). */
  order: number;
  /** The entry's fields as parsed (validated later by the collection's schema). */
  raw: Record<string, unknown>;
}

/** Everything derived from `references.yaml`. */
export interface LoadedReferences {
  /** Absolute path of the file read. */
  file: string;
  /** Entries in file order (not number order: see `order`). */
  entries: LoadedReference[];
  /** Every reference id, for the schemas' cross-reference checks. */
  ids: ReadonlySet<string>;
  /** Ids of `unsupportable` entries: never a source (schemas and the citation plugin refuse them). */
  unsupportable: ReadonlySet<string>;
  /** What the citation plugin resolves `[@id]` against: number and title by id. */
  citable: ReadonlyMap<string, CitableReference>;
}

let cache: { file: string; mtimeMs: number; size: number; loaded: LoadedReferences } | undefined;

/**
 * Reads `<dir>/references.yaml` (default: the content folder), or returns the cached result
 * while the file is unchanged. Fails like `readReferenceList` (YAML error, missing or duplicate
 * id), naming the file relative to `root`.
 */
export function loadReferences(dir: string = contentDir(), root: string = process.cwd()): LoadedReferences {
  const file = join(dir, 'references.yaml');
  const { mtimeMs, size } = statSync(file);
  if (cache?.file === file && cache.mtimeMs === mtimeMs && cache.size === size) return cache.loaded;
  const raws = readReferenceList(file, root);
  const numbers = citationNumbers(raws.map((raw) => raw.type));
  const entries = raws.map((raw, index): LoadedReference => ({
    id: String(raw.id),
    order: numbers[index] ?? index + 1,
    raw,
  }));
  const loaded: LoadedReferences = {
    file,
    entries,
    ids: new Set(entries.map((e) => e.id)),
    unsupportable: new Set(entries.filter((e) => e.raw.status === 'unsupportable').map((e) => e.id)),
    citable: new Map(
      entries.map((e) => [
        e.id,
        {
          id: e.id,
          number: e.order,
          title: typeof e.raw.title === 'string' ? e.raw.title : e.id,
          unsupportable: e.raw.status === 'unsupportable',
        },
      ]),
    ),
  };
  cache = { file, mtimeMs, size, loaded };
  return loaded;
}

/** Rank of each type in the reference list; a type the schema does not know sorts last. */
const TYPE_RANK = new Map<unknown, number>(referenceTypes.map((type, rank) => [type, rank]));

/**
 * The citation number of each entry, given the entries' types in file order: 1-based positions
 * after a stable sort by type rank (so within a type, file order).
 */
export function citationNumbers(types: readonly unknown[]): number[] {
  const ranked = types
    .map((type, index) => ({ index, rank: TYPE_RANK.get(type) ?? referenceTypes.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const numbers: number[] = [];
  ranked.forEach(({ index }, position) => (numbers[index] = position + 1));
  return numbers;
}
