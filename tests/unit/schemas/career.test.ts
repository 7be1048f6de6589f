import { describe, expect, it } from 'vitest';
import { createCareerSchema } from '../../../src/schemas/career.ts';
import { issues, known, without } from './issues.ts';

const careerSchema = createCareerSchema(known);
const skills = [
  { id: 'python', name: 'Python', kind: 'tool', level: 'working', essential: true, stage: 'entry' },
  { id: 'k8s', name: 'Kubernetes', kind: 'tool', level: 'practitioner', essential: true, stage: 'mid' },
  { id: 'design', name: '平台设计', kind: 'skill', level: 'expert', essential: false, stage: 'mid' },
];
/** A valid China section (national occupation, credential, rule), each citing a known reference. */
const china = {
  occupations: [
    {
      code: '2-02-38-01',
      name: '人工智能工程技术人员',
      fit: 'closest',
      digital: 'unconfirmed',
      source: 'goodfellow2016',
      standard: {
        title: '人工智能工程技术人员国家职业技术技能标准（2021 年版）',
        code: '2-02-10-09',
        levels: ['初级', '中级', '高级'],
        issuers: ['人力资源社会保障部', '工业和信息化部'],
        year: 2021,
        source: 'keras-bce',
      },
    },
  ],
  credentials: [
    {
      name: '系统架构设计师',
      kind: 'ruankao',
      issuer: '工业和信息化部、人力资源社会保障部',
      level: '高级',
      url: 'https://www.ruankao.org.cn/',
      verified: false,
      source: 'goodfellow2016',
    },
  ],
  credentialAdvice: '先看目标岗位的招聘要求再决定考哪个。',
  rules: [{ ref: 'keras-bce', applies: '测试用：这条规则对本岗位的要求。' }],
};
const withChina = (patch: Record<string, unknown>) => ({ ...goodCareer, china: { ...china, ...patch } });
const credential = china.credentials[0];
const occupation = china.occupations[0];

const goodCareer = {
  role: 'MLOps 工程师',
  roleEn: 'MLOps Engineer',
  area: 'ml',
  summary: '把模型可靠地送上线并持续运行。',
  responsibilities: ['a', 'b', 'c'],
  skills,
  stages: [
    { id: 'entry', title: '初级', changes: ['x'] },
    { id: 'mid', title: '中级', changes: ['y'] },
  ],
  transitions: [{ career: 'ml-engineer', direction: 'to', learn: '模型开发。' }],
  certifications: [
    {
      name: 'CKA',
      issuer: 'CNCF',
      code: 'CKA',
      url: 'https://www.cncf.io/training/certification/cka/',
      verified: false,
      vendorSpecific: false,
    },
  ],
  resources: [],
  china,
  citations: ['goodfellow2016'],
  lastVerified: '2026-11-28',
};

const resources = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    title: `r${i}`,
    url: `https://example.org/${i}`,
    lang: 'en',
    kind: 'docs',
  }));

describe('createCareerSchema', () => {
  it('accepts a good entry, coerces the date and fills defaults', () => {
    const parsed = careerSchema.parse(goodCareer);
    expect(parsed.lastVerified).toBeInstanceOf(Date);
    expect(parsed.taxonomy).toEqual({ onet: [], esco: [], sfia: [] });
    expect(careerSchema.safeParse({ ...goodCareer, resources: resources(8) }).success).toBe(true);
  });

  it('accepts a China section that says no national occupation fits, with its source', () => {
    const noneFits = {
      ...goodCareer,
      china: {
        ...without(china, 'occupations'),
        noOccupation: { reason: '《大典》中没有对应的职业。', source: 'goodfellow2016' },
      },
    };
    expect(careerSchema.parse(noneFits).china.noOccupation?.source).toBe('goodfellow2016');
  });

  // Each row: what is wrong, the entry, and an issue it must report (field, then message).
  it.each([
    ['a missing role', without(goodCareer, 'role'), /^role: /],
    [
      'a last-verified date that is not a date',
      { ...goodCareer, lastVerified: '不是日期' },
      /^lastVerified: /,
    ],
    ['an unknown area', { ...goodCareer, area: 'space' }, /^area: /],
    ['skills as text', { ...goodCareer, skills: 'python' }, /^skills: /],
    ['fewer than three skills', { ...goodCareer, skills: skills.slice(0, 2) }, /^skills: /],
    [
      'an unknown skill kind',
      { ...goodCareer, skills: [{ ...skills[0], kind: 'hobby' }, ...skills.slice(1)] },
      /^skills\.0\.kind: /,
    ],
    [
      'a duplicate skill id',
      { ...goodCareer, skills: [...skills, { ...skills[0], name: 'Python 3' }] },
      /^skills\.3\.id: duplicate skill id "python" \(also skills\.0\)$/,
    ],
    [
      'a skill at a stage the career does not describe',
      { ...goodCareer, skills: [...skills, { ...skills[0], id: 'x', stage: 'staff' }] },
      /^skills\.3\.stage: skill "x" is placed at stage "staff"/,
    ],
    [
      'a stage listed twice',
      { ...goodCareer, stages: [...goodCareer.stages, goodCareer.stages[0]] },
      /^stages: each stage may appear once$/,
    ],
    [
      'a transition to a missing career',
      { ...goodCareer, transitions: [{ career: 'astronaut', direction: 'to', learn: '…' }] },
      /^transitions\.0\.career: unknown career id "astronaut"$/,
    ],
    [
      'an unknown transition direction',
      { ...goodCareer, transitions: [{ career: 'ml-engineer', direction: 'up', learn: '…' }] },
      /^transitions\.0\.direction: /,
    ],
    ['more than 8 resources', { ...goodCareer, resources: resources(9) }, /^resources: /],
    ['no citation', { ...goodCareer, citations: [] }, /^citations: /],
    // The China section (issue 18): every field is required, codes and kinds are checked.
    ['a missing China section', without(goodCareer, 'china'), /^china: /],
    [
      'a malformed national occupation code',
      withChina({ occupations: [{ ...occupation, code: '2-2-38-1' }] }),
      /^china\.occupations\.0\.code: "2-2-38-1" is not a national occupation code/,
    ],
    [
      'a standard with a malformed code',
      withChina({ occupations: [{ ...occupation, standard: { ...occupation.standard, code: 'GB-1' } }] }),
      /^china\.occupations\.0\.standard\.code: "GB-1" is not a national occupation code/,
    ],
    [
      'an unknown credential kind',
      withChina({ credentials: [{ ...credential, kind: 'diploma' }] }),
      /^china\.credentials\.0\.kind: /,
    ],
    [
      'a credential without its issuer',
      withChina({ credentials: [without(credential, 'issuer')] }),
      /^china\.credentials\.0\.issuer: /,
    ],
    [
      'a credential citing an unknown reference',
      withChina({ credentials: [{ ...credential, source: 'ghost2020' }] }),
      /^china\.credentials\.0\.source: unknown reference id "ghost2020"$/,
    ],
    ['no credential recognised in China', withChina({ credentials: [] }), /^china\.credentials: /],
    [
      'no advice on choosing',
      { ...goodCareer, china: without(china, 'credentialAdvice') },
      /^china\.credentialAdvice: /,
    ],
    ['no standard or law', withChina({ rules: [] }), /^china\.rules: /],
    [
      'an unsupportable reference as a rule',
      withChina({ rules: [{ ref: 'seed-nlp-overview', applies: '测试用的规则说明。' }] }),
      /^china\.rules\.0\.ref: reference "seed-nlp-overview" is unsupportable/,
    ],
    [
      'an empty list of occupations',
      withChina({ occupations: [] }),
      /^china\.occupations: an empty list says nothing/,
    ],
    [
      'neither occupations nor a none-fits statement',
      { ...goodCareer, china: without(china, 'occupations') },
      /^china\.occupations: name the closest national occupation/,
    ],
    [
      'both occupations and a none-fits statement',
      withChina({ noOccupation: { reason: '没有合适的国家职业，原因如下。', source: 'goodfellow2016' } }),
      /^china\.noOccupation: give occupations or noOccupation, not both$/,
    ],
    [
      'a none-fits statement without its source',
      {
        ...goodCareer,
        china: {
          ...without(china, 'occupations'),
          noOccupation: { reason: '没有合适的国家职业，原因如下。' },
        },
      },
      /^china\.noOccupation\.source: /,
    ],
    [
      'an occupation listed twice',
      withChina({ occupations: [occupation, { ...occupation, fit: 'partial' }] }),
      /^china\.occupations\.1\.code: duplicate occupation code "2-02-38-01" \(also occupations\.0\)$/,
    ],
    [
      'an unknown 数字职业 mark',
      withChina({ occupations: [{ ...occupation, digital: 'yes' }] }),
      /^china\.occupations\.0\.digital: /,
    ],
  ])('rejects %s', (_, entry, expected) => {
    expect(issues(careerSchema.safeParse(entry))).toContainEqual(expect.stringMatching(expected));
  });
});
