import { z } from 'astro/zod';

/** Ids of entries that exist elsewhere in the content, used to check cross-references. */
export interface KnownIds {
  /** Reference ids from `content/references.yaml`. */
  references: ReadonlySet<string>;
  /** Career ids (file names in `content/careers/`). */
  careers: ReadonlySet<string>;
  /** FAQ ids (file names in `content/faq/`). */
  faq: ReadonlySet<string>;
  /** Skill concept ids from `content/skills.yaml` (empty when the file is absent). */
  concepts: ReadonlySet<string>;
  /** Reference ids whose status is `unsupportable`: listed, never a source. */
  unsupportable?: ReadonlySet<string>;
}

/** A kebab-case or camel-case id: letters, digits, `-` and `_`, starting with a letter. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/i, { error: 'must be an id: letters, digits, "-" or "_"' });

/** An id that must name an existing entry of `kind`; the message names the missing id. */
export function knownId(ids: ReadonlySet<string>, kind: string) {
  return idSchema.refine((id) => ids.has(id), {
    error: (issue) => `unknown ${kind} id "${String(issue.input)}"`,
  });
}

/**
 * A reference id that may be cited as a source: it exists and is not `unsupportable` (such an
 * entry stays on the reference list, but nothing may rely on it).
 */
export function sourceId(known: KnownIds) {
  return knownId(known.references, 'reference').refine((id) => !(known.unsupportable?.has(id) ?? false), {
    error: (issue) =>
      `reference "${String(issue.input)}" is unsupportable (the work cannot be found) and cannot be cited as a source`,
  });
}

/** A list of ids without repeats; the message names the repeated id. */
export function uniqueIds<T extends z.ZodType<string>>(item: T) {
  return z.array(item).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((id, index) => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path: [index] });
      }
      seen.add(id);
    });
  });
}

/** An absolute http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** A calendar date written as YYYY-MM-DD in YAML. */
export const dateSchema = z.coerce.date();
