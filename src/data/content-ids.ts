import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';

/** Thrown for content that cannot be loaded; the message names the file and the field. */
export class ContentError extends Error {
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** Field or entry at fault, if any (e.g. `[3].id`). */
  readonly field: string | undefined;
  constructor(file: string, field: string | undefined, detail: string) {
    super(`${file}${field === undefined ? '' : ` → ${field}`}: ${detail}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

const ENTRY_EXT = new Set(['.md', '.mdx']);

/**
 * Ids of the Markdown/MDX entries in `dir` (file names without extension), checked for
 * clashes such as `a.md` next to `a.mdx`, which would otherwise silently replace each other.
 */
export function entryIds(dir: string, root: string): Set<string> {
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return new Set();
  for (const name of readdirSync(dir).sort()) {
    if (!ENTRY_EXT.has(extname(name)) || name.startsWith('_')) continue;
    const id = basename(name, extname(name));
    const other = ids.get(id);
    if (other !== undefined) {
      throw new ContentError(relative(root, join(dir, name)), 'id', `duplicate id "${id}" (also ${other})`);
    }
    ids.set(id, name);
  }
  return new Set(ids.keys());
}

/**
 * Reads a YAML list of mappings that each carry an `id` (the reference list, the skill
 * vocabulary, the starting points). Fails on a YAML error, a missing id or a duplicate id, naming
 * the file and the entry; `noun` names what an entry is in messages ("reference"). Field-level
 * validation is the schemas' job (`src/schemas/`).
 */
export function readIdList(file: string, root: string, noun: string): Record<string, unknown>[] {
  const shown = relative(root, file) || file;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const detail =
      error instanceof YAMLParseError
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ContentError(shown, undefined, `cannot read YAML: ${detail}`);
  }
  if (!Array.isArray(data)) throw new ContentError(shown, undefined, `must be a YAML list of ${noun}s`);
  const seen = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) {
      throw new ContentError(shown, `[${index}]`, `each ${noun} must be a mapping`);
    }
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') {
      throw new ContentError(shown, `[${index}].id`, 'missing id');
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ContentError(shown, `[${index}].id`, `duplicate id "${id}" (also entry [${first}])`);
    }
    seen.set(id, index);
  });
  return data as Record<string, unknown>[];
}

/** Reads the reference list (`readIdList` with references' messages). */
export function readReferenceList(file: string, root: string): Record<string, unknown>[] {
  return readIdList(file, root, 'reference');
}
