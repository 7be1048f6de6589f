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

/**
 * Kinds of credentials recognised in China, with the label a career page shows. Closed: a new
 * kind needs its label here (and a line in docs/authoring.md).
 */
export const credentialKinds = {
  ruankao: '软考（国家职业资格）',
  'special-operation': '特种作业操作证',
  'registered-engineer': '注册工程师执业资格',
  'skill-level': '职业技能等级证书',
  vendor: '厂商认证',
  cloud: '云厂商认证',
} as const;
export type CredentialKind = keyof typeof credentialKinds;

/** Whether 《职业分类大典（2022 年版）》 marks an occupation as a 数字职业 (S), as far as checked. */
export const digitalMarks = {
  S: '数字职业（S）',
  none: '未标注为数字职业',
  unconfirmed: '是否标注为数字职业：本站未能核实',
} as const;

/** How close a national occupation is to the career. */
export const occupationFits = { closest: '最接近', partial: '部分对应' } as const;

/**
 * Code of an occupation (细类) in 《中华人民共和国职业分类大典（2022 年版）》: 大类-中类-小类-细类,
 * one digit then three pairs, e.g. 2-02-38-01. The 大类 run from 1 to 8.
 */
export const NATIONAL_OCCUPATION_CODE = /^[1-8]-\d{2}-\d{2}-\d{2}$/;
const occupationCode = z.string().regex(NATIONAL_OCCUPATION_CODE, {
  error: (issue) =>
    `"${String(issue.input)}" is not a national occupation code: write 大类-中类-小类-细类 as in 《职业分类大典（2022 年版）》, e.g. 2-02-38-01`,
});

/** One occupation of 《职业分类大典（2022 年版）》 close to the career. */
const createNationalOccupationSchema = (known: KnownIds) =>
  z.object({
    /** 细类 code in the 2022 edition. */
    code: occupationCode,
    /** Name as the 大典 writes it. */
    name: z.string().min(2),
    /** How close it is: the closest occupation, or one that covers part of the work. */
    fit: enumOf(occupationFits),
    /** Whether the 2022 edition marks it as a 数字职业 (S); `unconfirmed` when not checked. */
    digital: enumOf(digitalMarks),
    /** One short sentence: what of the career it covers, or what it leaves out (optional). */
    note: z.string().min(4).optional(),
    /** The reference for the code and name. */
    source: sourceId(known),
    /** The 国家职业（技术）技能标准 for this occupation, where one exists. */
    standard: z
      .object({
        /** Title as printed, e.g. 人工智能工程技术人员国家职业技术技能标准（2021 年版）. */
        title: z.string().min(4),
        /** Occupation code printed on the standard, when it differs from the 2022 code. */
        code: occupationCode.optional(),
        /** Levels the standard defines, lowest first (e.g. 初级、中级、高级 or 五级…一级). */
        levels: z.array(z.string().min(1)).min(1),
        /** Ministries that issued it. */
        issuers: z.array(z.string().min(2)).min(1),
        /** Year of the edition. */
        year: z.number().int().min(1990).max(2100),
        /** The reference for the standard. */
        source: sourceId(known),
      })
      .optional(),
  });

/** A credential recognised in China (national qualification, licence, skill certificate or vendor). */
const createChinaCredentialSchema = (known: KnownIds) =>
  z.object({
    /** Name as the issuer writes it, e.g. 网络工程师 or 低压电工作业. */
    name: z.string().min(2),
    /** Kind; see `credentialKinds`. */
    kind: enumOf(credentialKinds),
    /** Who issues it (for a 特种作业操作证: the 应急管理部门 that examines and issues it). */
    issuer: z.string().min(2),
    /** Level, as the issuer names it (初级/中级/高级, HCIA/HCIP/HCIE …). */
    level: z.string().min(1),
    /** Official page. */
    url: urlSchema,
    /** True only when the official page's text was read for this site; shown as "未核实" otherwise. */
    verified: z.boolean(),
    /** The reference the facts about it rely on. */
    source: sourceId(known),
  });

/** A standard, law or rule the work must meet: a reference (its title is shown) and why it applies. */
const createChinaRuleSchema = (known: KnownIds) =>
  z.object({
    /** The standard's or law's entry in `references.yaml`. */
    ref: sourceId(known),
    /** One sentence: what it asks of this role. */
    applies: z.string().min(6),
  });

/**
 * The China section of a career page: where the work sits in the national occupation
 * classification, which credentials employers here recognise, and which standards and laws
 * apply. (The domestic compute stack is on the roadmap: skills whose concept is `domestic`.)
 */
const createChinaSchema = (known: KnownIds) =>
  z
    .object({
      /** The closest occupations of 《职业分类大典（2022 年版）》, closest first. */
      occupations: z.array(createNationalOccupationSchema(known)).optional(),
      /** Instead of `occupations`: why no occupation of the 大典 fits (never an empty list), and the source. */
      noOccupation: z.object({ reason: z.string().min(10), source: sourceId(known) }).optional(),
      /** Credentials recognised in China, national ones first. */
      credentials: z.array(createChinaCredentialSchema(known)).min(1),
      /** One or two sentences: how a reader here chooses between them and the international ones. */
      credentialAdvice: z.string().min(10),
      /** Standards, laws and rules the work must meet. */
      rules: z.array(createChinaRuleSchema(known)).min(1),
    })
    .superRefine((china, ctx) => {
      if (china.occupations === undefined && china.noOccupation === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'name the closest national occupation(s) in occupations, or say why none fits in noOccupation',
          path: ['occupations'],
        });
      }
      if (china.occupations !== undefined && china.noOccupation !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'give occupations or noOccupation, not both',
          path: ['noOccupation'],
        });
      }
      if (china.occupations?.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message:
            'an empty list says nothing: name at least one occupation, or write noOccupation: <why none fits>',
          path: ['occupations'],
        });
      }
      const seen = new Map<string, number>();
      china.occupations?.forEach((o, index) => {
        const first = seen.get(o.code);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate occupation code "${o.code}" (also occupations.${first})`,
            path: ['occupations', index, 'code'],
          });
        } else seen.set(o.code, index);
      });
    });
export type ChinaSection = z.infer<ReturnType<typeof createChinaSchema>>;

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
      /** Working in China: national occupation, credentials recognised here, standards and laws. */
      china: createChinaSchema(known),
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
