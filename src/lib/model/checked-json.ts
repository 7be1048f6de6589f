/**
 * Checking a JSON value read from a file (a model card, the label-bug results) against its Zod
 * schema, with an error that names the file and the first bad field: "models/separator.json:
 * training.lossForm must be one of logits, clipped-probability, got nothing".
 */
import type { z } from 'astro/zod';

/** "a.b[1].c" from a Zod issue path; "(root)" for the value itself. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
    return `an array of ${value.length} items`;
  }
  // JSON.stringify gives undefined for functions and symbols, which JSON input never holds.
  return (JSON.stringify(value) as string | undefined)?.slice(0, 60) ?? typeof value;
}

/**
 * `json` parsed with `schema`, or the error `makeError` builds from the message
 * "<source>: <field path> <what it must be>, got <value>" (and the Zod error as its cause).
 */
export function parseChecked<T>(
  schema: z.ZodType<T>,
  json: unknown,
  source: string,
  makeError: (message: string, cause: Error) => Error,
): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw makeError(
    `${source}: ${formatPath(issue.path)} ${issue.message}, got ${describeValue(valueAt(json, issue.path))}`,
    result.error,
  );
}
