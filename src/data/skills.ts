/**
 * Readers of `content/skills.yaml` (the shared skill vocabulary) and
 * `content/starting-points.yaml`, parsed once per file version and cached by modification time
 * (as `references.ts` does), so the content config and the collections' loaders share one parse.
 * Both files are optional: a content folder without them (the test fixtures) has no vocabulary and
 * no starting points. Field-level validation is the collections' schemas' job.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readIdList } from './content-ids.ts';
import { contentDir } from './content-dir.ts';

/** One YAML list as read: its file and its entries (each with a string `id`), in file order. */
export interface LoadedIdList {
  /** Absolute path of the file (whether or not it exists). */
  file: string;
  /** False when the file is absent (then `entries` is empty). */
  exists: boolean;
  entries: Record<string, unknown>[];
  ids: ReadonlySet<string>;
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedIdList }>();

function loadList(file: string, root: string, noun: string): LoadedIdList {
  if (!existsSync(file)) return { file, exists: false, entries: [], ids: new Set() };
  const { mtimeMs, size } = statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.loaded;
  const entries = readIdList(file, root, noun);
  const loaded = { file, exists: true, entries, ids: new Set(entries.map((e) => String(e['id']))) };
  cache.set(file, { mtimeMs, size, loaded });
  return loaded;
}

/** The skill vocabulary, `<dir>/skills.yaml`. */
export function loadSkillVocabulary(dir: string = contentDir(), root: string = process.cwd()): LoadedIdList {
  return loadList(join(dir, 'skills.yaml'), root, 'skill concept');
}

/** The starting points of the picker, `<dir>/starting-points.yaml`. */
export function loadStartingPoints(dir: string = contentDir(), root: string = process.cwd()): LoadedIdList {
  return loadList(join(dir, 'starting-points.yaml'), root, 'starting point');
}
