import { z } from 'astro/zod';
import { idSchema, knownId, uniqueIds, type KnownIds } from './common.ts';

/** Groups of the skill vocabulary, in the order the picker lists them, with Chinese labels. */
export const skillGroups = {
  programming: '编程与软件工程',
  systems: 'Linux 与服务器',
  'cloud-native': '容器与云原生',
  hpc: '高性能计算与 AI 集群',
  network: '网络',
  facilities: '供电、制冷与机房现场',
  operations: '运维流程与管理',
  ml: '机器学习',
  llm: '大模型应用',
  data: '数据',
} as const;
export type SkillGroup = keyof typeof skillGroups;

/**
 * One entry of `content/skills.yaml`: a competence that career skills map to (`concept`), so
 * that what two careers share is computed from ids.
 */
export function createSkillConceptSchema(known: Pick<KnownIds, 'concepts'>) {
  return z.object({
    /** Stable id: career skills, starting points, the picker and shared plan links name it. */
    id: idSchema,
    /** Chinese name shown to readers. */
    name: z.string().min(1),
    /** Group the picker lists it under. */
    group: z.enum(Object.keys(skillGroups) as [SkillGroup, ...SkillGroup[]]),
    /** Other names a reader may search for (tools, abbreviations). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Concepts that anyone with this one also has (e.g. Linux 系统管理 → Linux 命令行). */
    implies: uniqueIds(knownId(known.concepts, 'skill concept')).default([]),
    /**
     * True for the domestic compute and software stack (昇腾 and CANN, MindSpore, openEuler …):
     * a career page lists its skills with such a concept in its China section.
     */
    domestic: z.boolean().default(false),
  });
}
export type SkillConcept = z.infer<ReturnType<typeof createSkillConceptSchema>>;

/**
 * One entry of `content/starting-points.yaml`: where a reader may start from. Either one of our
 * careers (`id` is a career id; its skills say what such a person has, so only `faq` is given), or
 * a common starting point outside the guide with a `name`, `summary` and `concepts`.
 */
export function createStartingPointSchema(known: Pick<KnownIds, 'concepts' | 'careers' | 'faq'>) {
  return z
    .object({
      /** Stable id (shared plan links name it): a career id, or a new id for an outside role. */
      id: idSchema,
      /** Chinese name, e.g. 后端开发 (outside roles only; a career uses its role name). */
      name: z.string().min(1).optional(),
      /** One sentence: what such a person does (outside roles only). */
      summary: z.string().min(4).optional(),
      /**
       * Vocabulary ids of what such a person typically has (outside roles only); empty only for a
       * `newcomer` with nothing to build on (零基础).
       */
      concepts: uniqueIds(knownId(known.concepts, 'skill concept')).optional(),
      /**
       * A start without work experience (应届生, 零基础; outside roles only): the picker ranks
       * careers by how they are entered rather than by shared skills.
       */
      newcomer: z.boolean().optional(),
      /**
       * FAQ entries about moving on from here, most specific first: for each target career the
       * first whose `careers` include it is shown, else the last.
       */
      faq: uniqueIds(knownId(known.faq, 'FAQ')).min(1),
    })
    .superRefine((start, ctx) => {
      const isCareer = known.careers.has(start.id);
      if (isCareer && start.newcomer !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `"${start.id}" is a career: a career is not a start without work experience`,
          path: ['newcomer'],
        });
      }
      const own = ['name', 'summary', 'concepts'] as const;
      for (const field of own) {
        if (isCareer && start[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `"${start.id}" is a career: its ${field} comes from content/careers/${start.id}.md`,
            path: [field],
          });
        }
        if (!isCareer && start[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `required for a starting point that is not a career ("${start.id}" is not a career id)`,
            path: [field],
          });
        }
      }
      if (!isCareer && start.concepts?.length === 0 && start.newcomer !== true) {
        ctx.addIssue({
          code: 'custom',
          message: 'list at least one concept (an empty list is for a newcomer: set newcomer: true)',
          path: ['concepts'],
        });
      }
    });
}
export type StartingPoint = z.infer<ReturnType<typeof createStartingPointSchema>>;
