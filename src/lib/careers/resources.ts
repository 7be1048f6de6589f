/**
 * Learning resources per skill concept as pages and islands show them (the content and its
 * schema: content/skill-resources.yaml, src/schemas/skill-resources.ts). Pure: no Zod, so the
 * islands can use the labels without the schema.
 */

/** Languages a learning resource is written in, with the label readers see. */
export const resourceLanguages = { zh: '中文', en: '英文' } as const;
export type ResourceLanguage = keyof typeof resourceLanguages;

/** Kinds of learning resource, with the label readers see. */
export const resourceKinds = {
  docs: '文档',
  course: '课程',
  book: '书',
  tool: '工具',
  community: '社区',
  roadmap: '路线图',
} as const;
export type ResourceKind = keyof typeof resourceKinds;

/** What a page or island needs of one resource. */
export interface ShownResource {
  title: string;
  url: string;
  lang: ResourceLanguage;
  kind: ResourceKind;
}

/** Resources per concept id, as `/plan/resources.json` serves them. */
export type ConceptResources = Record<string, ShownResource[]>;

/**
 * How many resources a skill shows (career pages, the picker, the plan): the first ones of its
 * concept's list, which the content orders best first (official documentation, Chinese first).
 */
export const SHOWN_PER_SKILL = 2;

/** The resources to show for a concept (none for an unmapped skill or an unknown concept). */
export function shownResources(
  resources: Readonly<Record<string, readonly ShownResource[]>>,
  concept: string | undefined,
): ShownResource[] {
  if (concept === undefined || !Object.hasOwn(resources, concept)) return [];
  return resources[concept].slice(0, SHOWN_PER_SKILL).map(({ title, url, lang, kind }) => ({
    title,
    url,
    lang,
    kind,
  }));
}

/** The tag after a resource's title: "中文文档", "英文书". */
export function resourceTag(resource: Pick<ShownResource, 'lang' | 'kind'>): string {
  return `${resourceLanguages[resource.lang]}${resourceKinds[resource.kind]}`;
}

/** Every concept's shown resources: what `/plan/resources.json` serves. */
export function conceptResources(
  resources: Readonly<Record<string, readonly ShownResource[]>>,
): ConceptResources {
  return Object.fromEntries(Object.keys(resources).map((id) => [id, shownResources(resources, id)]));
}
