import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readReferenceList } from './content-ids.ts';
import type { CitableReference } from '../lib/citations/citations.ts';

let cache: { file: string; mtimeMs: number; map: Map<string, CitableReference> } | undefined;

/**
 * The references the citation plugin resolves against, numbered in file order. Re-read when
 * `references.yaml` changes, so `astro dev` picks up new entries without a restart.
 */
export function loadCitableReferences(dir: string, root: string): Map<string, CitableReference> {
  const file = join(dir, 'references.yaml');
  const { mtimeMs } = statSync(file);
  if (cache?.file === file && cache.mtimeMs === mtimeMs) return cache.map;
  const map = new Map<string, CitableReference>();
  readReferenceList(file, root).forEach((raw, index) => {
    const id = String(raw.id);
    map.set(id, { id, number: index + 1, title: typeof raw.title === 'string' ? raw.title : id });
  });
  cache = { file, mtimeMs, map };
  return map;
}
