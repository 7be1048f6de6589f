import { describe, expect, it } from 'vitest';
import { createCareerSchema } from '../../../src/schemas/career.ts';
import { issues, known, without } from './issues.ts';

const careerSchema = createCareerSchema(known);
const skills = [
  { id: 'python', name: 'Python', kind: 'tool', level: 'working', essential: true, stage: 'entry' },
  { id: 'k8s', name: 'Kubernetes', kind: 'tool', level: 'practitioner', essential: true, stage: 'mid' },
  { id: 'design', name: '平台设计', kind: 'skill', level: 'expert', essential: false, stage: 'mid' },
];
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
  ])('rejects %s', (_, entry, expected) => {
    expect(issues(careerSchema.safeParse(entry))).toContainEqual(expect.stringMatching(expected));
  });
});
