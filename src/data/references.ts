/**
 * The one reader of `references.yaml`: parsed once per file version and cached by modification
 * time (so `astro dev` sees edits without a restart). Citation numbers are computed here and
 * nowhere else: a reference's number is its 1-based position in the file.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readReferenceList } from './content-ids.ts';
import { contentDir } from './content-dir.ts';
import type { CitableReference } from '../lib/citations/citations.ts';

/** One entry of `references.yaml` as written, with its citation number. */
interface LoadedReference {
  id: string;
  /** 1-based position in the file: the number shown as `[n]`. */
  order: number;
  /** The entry's fields as parsed (validated later by the collection's schema). */
  raw: Record<string, unknown>;
}

/** Everything derived from `references.yaml`. */
export interface LoadedReferences {
  /** Absolute path of the file read. */
  file: string;
  /** Entries in file order. */
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
  const entries = readReferenceList(file, root).map((raw, index): LoadedReference => ({
    id: String(raw.id),
    order: index + 1,
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
