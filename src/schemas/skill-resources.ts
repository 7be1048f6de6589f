import { z } from 'astro/zod';
import type { KnownIds } from './common.ts';
import { resourceKinds, resourceLanguages } from '../lib/careers/resources.ts';

export { resourceKinds, resourceLanguages };

const keysOf = <T extends Record<string, string>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

/** One learning resource for a skill concept (an entry of `content/skill-resources.yaml`). */
export const skillResourceSchema = z.strictObject({
  /** Title as the page names itself; an English title may carry a Chinese gloss: `Pods（Pod 概念）`. */
  title: z.string().min(1),
  /** Address of the page: https only (readers follow these links from an https site). */
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  /** Language of the page. */
  lang: z.enum(keysOf(resourceLanguages)),
  /** What it is: official documentation first (`docs`), then courses, books, tools, communities, roadmaps. */
  kind: z.enum(keysOf(resourceKinds)),
  /**
   * True only when an editor read this page's text (e.g. a stored copy found with the `search`
   * tool) and it teaches the concept; false when it is listed from knowledge of the site.
   */
  checked: z.boolean(),
  /** Optional note for readers, e.g. which chapter to start with. */
  note: z.string().min(1).optional(),
});
export type SkillResource = z.infer<typeof skillResourceSchema>;

/**
 * The same page written differently: scheme and host case, a trailing slash, the fragment.
 * Two resources of one concept may not point to the same page.
 */
export function samePageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
  } catch {
    return url;
  }
}

/** A concept's resources: at least one, no page listed twice. */
const resourceListSchema = z
  .array(skillResourceSchema)
  .min(1, { error: 'list at least one learning resource' })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((resource, index) => {
      const key = samePageKey(resource.url);
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${resource.url} is already listed for this concept (also entry ${first})`,
          path: [index, 'url'],
        });
      } else seen.set(key, index);
    });
  });

/**
 * `content/skill-resources.yaml`: a map from every skill concept id of `content/skills.yaml` to
 * its learning resources. An unknown concept id, a concept without resources, a non-https URL or
 * a page listed twice for one concept is an issue whose path starts with the concept id.
 */
export function createSkillResourcesSchema(known: Pick<KnownIds, 'concepts'>) {
  return z.record(z.string(), resourceListSchema).superRefine((map, ctx) => {
    for (const id of Object.keys(map)) {
      if (!known.concepts.has(id)) {
        ctx.addIssue({ code: 'custom', message: `unknown skill concept id "${id}"`, path: [id] });
      }
    }
    for (const id of known.concepts) {
      if (!Object.hasOwn(map, id)) {
        ctx.addIssue({
          code: 'custom',
          message: `skill concept "${id}" has no learning resource (list at least one)`,
          path: [id],
        });
      }
    }
  });
}
export type SkillResources = z.infer<ReturnType<typeof createSkillResourcesSchema>>;
