import { z } from 'astro/zod';
import { stageIds } from '../lib/careers/stages.ts';
import { dateSchema, idSchema, knownId, sourceId, uniqueIds, urlSchema, type KnownIds } from './common.ts';

/** Areas used to group and filter career paths, with Chinese labels. */
export const careerAreas = {
  infrastructure: '基础设施',
  operations: '运维与设施',
  ml: '机器学习',
  data: '数据',
} as const;
export type CareerArea = keyof typeof careerAreas;

/** The ESCO split of a competence: a practical skill, a body of knowledge, or a tool. */
export const skillKinds = { skill: '技能', knowledge: '知识', tool: '工具' } as const;

/** Expected proficiency for a skill, lowest first. */
export const skillLevels = {
  awareness: '了解',
  working: '能独立使用',
  practitioner: '熟练',
  expert: '精通',
} as const;

/** Career stages from first job to staff level, in order (defined in src/lib/careers/stages.ts). */
export { stageIds, stageLabels, type StageId } from '../lib/careers/stages.ts';

const enumOf = <T extends Record<string, string>>(o: T) =>
  z.enum(Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]);

/** One competence on a career's roadmap. `id` is stable: saved progress is keyed by it. */
const createSkillSchema = (known: KnownIds) =>
  z.object({
    /** Stable id, unique within the career (progress in localStorage is keyed by it). */
    id: idSchema,
    /** Name shown in the checklist (Chinese, product names as written by their makers). */
    name: z.string().min(1),
    /** skill / knowledge / tool. */
    kind: enumOf(skillKinds),
    /** Expected proficiency at the stage where it is listed. */
    level: enumOf(skillLevels),
    /** True when the role cannot be done without it. */
    essential: z.boolean(),
    /** The stage at which this is expected. */
    stage: z.enum(stageIds),
    /**
     * The competence in the shared vocabulary (`content/skills.yaml`) this skill is: what the
     * "我现在是…" picker and the plan compare across careers. Optional, but every skill of the
     * real content has one (tests/unit/careers/vocabulary.test.ts).
     */
    concept: knownId(known.concepts, 'skill concept').optional(),
  });

/** What the role looks like at one stage. */
const stageSchema = z.object({
  /** Stage id. */
  id: z.enum(stageIds),
  /** Typical title at this stage. */
  title: z.string().min(1),
  /** What changes at this stage: scope, autonomy, responsibilities. */
  changes: z.array(z.string().min(1)).min(1),
});

/** A certification relevant to the role. */
const certificationSchema = z.object({
  /** Name as the issuer writes it. */
  name: z.string().min(1),
  /** Issuing organisation. */
  issuer: z.string().min(1),
  /** Exam or credential code, if there is one (e.g. "CKA"). */
  code: z.string().min(1).optional(),
  /** Official page. */
  url: urlSchema,
  /** False when the official page was not checked for this site; shown as "未核实". */
  verified: z.boolean(),
  /** True when the certification is tied to one vendor's products. */
  vendorSpecific: z.boolean(),
});

/** A learning resource: official docs first, Chinese versions where they exist. */
const resourceSchema = z.object({
  title: z.string().min(1),
  url: urlSchema,
  /** Language of the resource. */
  lang: z.enum(['zh', 'en']),
  /** docs / course / book / tool / community. */
  kind: z.enum(['docs', 'course', 'book', 'tool', 'community', 'roadmap']),
});

/** Frontmatter of one file in `content/careers/`; the file name is the career's stable id. */
export function createCareerSchema(known: KnownIds) {
  return z
    .object({
      /** Role name in Chinese. */
      role: z.string().min(1),
      /** Role name in English, for search and for readers who know the English title. */
      roleEn: z.string().min(1),
      /** Other titles for the same work. */
      aliases: z.array(z.string().min(1)).default([]),
      /** Area, for grouping and filtering. */
      area: enumOf(careerAreas),
      /** Two or three sentences: what the role is for. */
      summary: z.string().min(10),
      /** What people in the role do. */
      responsibilities: z.array(z.string().min(1)).min(3),
      /** Competences, each placed at a stage. */
      skills: z.array(createSkillSchema(known)).min(3),
      /** The role at each stage, entry first. */
      stages: z.array(stageSchema).min(2),
      /** Moves to and from other career paths. */
      transitions: z
        .array(
          z.object({
            /** The other career's id. */
            career: knownId(known.careers, 'career'),
            /** `to`: from this role into the other; `from`: from the other into this one. */
            direction: z.enum(['to', 'from']),
            /** What to learn to make the move. */
            learn: z.string().min(1),
          }),
        )
        .default([]),
      /** Certifications; at most a handful, vendor-neutral first. */
      certifications: z.array(certificationSchema).default([]),
      /** At most 8 resources, official docs first. */
      resources: z.array(resourceSchema).max(8),
      /** Links into public occupation taxonomies, where they exist. */
      taxonomy: z
        .object({
          onet: z.array(z.object({ code: z.string(), title: z.string(), url: urlSchema })).default([]),
          esco: z.array(z.object({ title: z.string(), uri: urlSchema })).default([]),
          sfia: z
            .array(z.object({ code: z.string().regex(/^[A-Z]{4}$/), name: z.string(), url: urlSchema }))
            .default([]),
        })
        .default({ onet: [], esco: [], sfia: [] }),
      /** References the entry relies on; at least one. */
      citations: uniqueIds(sourceId(known)).min(1),
      /** Date the facts in this entry were last checked against their sources. */
      lastVerified: dateSchema,
    })
    .superRefine((career, ctx) => {
      const seen = new Map<string, number>();
      career.skills.forEach((skill, index) => {
        const first = seen.get(skill.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate skill id "${skill.id}" (also skills.${first})`,
            path: ['skills', index, 'id'],
          });
        } else seen.set(skill.id, index);
      });
      const stages = career.stages.map((s) => s.id);
      if (new Set(stages).size !== stages.length) {
        ctx.addIssue({ code: 'custom', message: 'each stage may appear once', path: ['stages'] });
      }
      career.skills.forEach((skill, index) => {
        if (!stages.includes(skill.stage)) {
          ctx.addIssue({
            code: 'custom',
            message: `skill "${skill.id}" is placed at stage "${skill.stage}", which the career does not describe`,
            path: ['skills', index, 'stage'],
          });
        }
      });
    });
}
export type Skill = z.infer<ReturnType<typeof createSkillSchema>>;
