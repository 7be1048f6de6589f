import { describe, expect, it } from 'vitest';
import { createSkillConceptSchema, createStartingPointSchema } from '../../../src/schemas/skills.ts';
import { createCareerSchema } from '../../../src/schemas/career.ts';
import { issues, known } from './issues.ts';

describe('createSkillConceptSchema', () => {
  const schema = createSkillConceptSchema(known);
  it('accepts a concept with defaults for aliases and implies', () => {
    expect(schema.parse({ id: 'linux-admin', name: 'Linux 系统管理', group: 'systems' })).toEqual({
      id: 'linux-admin',
      name: 'Linux 系统管理',
      group: 'systems',
      aliases: [],
      implies: [],
      domestic: false,
    });
    expect(
      schema.parse({ id: 'npu-ops', name: '昇腾 NPU 运维', group: 'systems', domestic: true }).domestic,
    ).toBe(true);
    expect(issues(schema.safeParse({ id: 'x', name: 'X', group: 'systems', domestic: 'yes' }))).toEqual([
      expect.stringMatching(/^domestic: /),
    ]);
  });

  it('names an unknown implied concept and an unknown group', () => {
    expect(
      issues(schema.safeParse({ id: 'x', name: 'X', group: 'magic', implies: ['linux-cli', 'ghost'] })),
    ).toEqual([expect.stringMatching(/^group: /), 'implies.1: unknown skill concept id "ghost"']);
  });
});

describe('createStartingPointSchema', () => {
  const schema = createStartingPointSchema(known);
  it('accepts a career with only its FAQ, and an outside role with name, summary and concepts', () => {
    expect(schema.parse({ id: 'ml-engineer', faq: ['a'] })).toEqual({ id: 'ml-engineer', faq: ['a'] });
    const outside = {
      id: 'dev',
      name: '后端开发',
      summary: '写服务端程序。',
      concepts: ['programming'],
      faq: ['a', 'b'],
    };
    expect(schema.parse(outside)).toEqual(outside);
  });

  it('names what a career must not set and what an outside role must', () => {
    expect(issues(schema.safeParse({ id: 'ml-engineer', name: 'x', faq: ['a'] }))).toEqual([
      'name: "ml-engineer" is a career: its name comes from content/careers/ml-engineer.md',
    ]);
    expect(issues(schema.safeParse({ id: 'dev', name: '后端开发', faq: ['a'] }))).toEqual([
      'summary: required for a starting point that is not a career ("dev" is not a career id)',
      'concepts: required for a starting point that is not a career ("dev" is not a career id)',
    ]);
  });

  it('lets only a newcomer (no work experience) list no concepts, and never a career', () => {
    const zero = { id: 'zero', name: '零基础', summary: '从头入行的人', concepts: [], faq: ['a'] };
    expect(issues(schema.safeParse(zero))).toEqual([
      'concepts: list at least one concept (an empty list is for a newcomer: set newcomer: true)',
    ]);
    expect(schema.parse({ ...zero, newcomer: true })).toEqual({ ...zero, newcomer: true });
    expect(issues(schema.safeParse({ id: 'ml-engineer', newcomer: true, faq: ['a'] }))).toEqual([
      'newcomer: "ml-engineer" is a career: a career is not a start without work experience',
    ]);
  });

  it('names unknown FAQ and concept ids', () => {
    expect(
      issues(
        schema.safeParse({ id: 'dev', name: 'D', summary: '写程序的人', concepts: ['ghost'], faq: ['zzz'] }),
      ),
    ).toEqual(['concepts.0: unknown skill concept id "ghost"', 'faq.0: unknown FAQ id "zzz"']);
  });
});

describe('career skill concept', () => {
  it('names an unknown concept on a career skill', () => {
    const career = createCareerSchema(known);
    const result = career.safeParse({
      role: 'R',
      roleEn: 'R',
      area: 'ml',
      summary: '一个用于测试的职业。',
      responsibilities: ['a', 'b', 'c'],
      skills: [
        {
          id: 'a',
          name: 'A',
          kind: 'skill',
          level: 'working',
          essential: true,
          stage: 'entry',
          concept: 'programming',
        },
        {
          id: 'b',
          name: 'B',
          kind: 'skill',
          level: 'working',
          essential: true,
          stage: 'entry',
          concept: 'ghost',
        },
        { id: 'c', name: 'C', kind: 'skill', level: 'working', essential: true, stage: 'entry' },
      ],
      stages: [
        { id: 'entry', title: 'E', changes: ['x'] },
        { id: 'mid', title: 'M', changes: ['y'] },
      ],
      resources: [],
      china: {
        noOccupation: { reason: '测试用：没有对应的国家职业。', source: 'goodfellow2016' },
        credentials: [
          {
            name: '低压电工作业',
            kind: 'special-operation',
            issuer: '应急管理部门',
            level: '电工作业',
            url: 'https://example.org/special',
            verified: false,
            source: 'goodfellow2016',
          },
        ],
        credentialAdvice: '先取得上岗必需的操作证。',
        rules: [{ ref: 'goodfellow2016', applies: '测试用的规则说明。' }],
      },
      citations: ['goodfellow2016'],
      lastVerified: '2026-11-28',
    });
    expect(issues(result)).toEqual(['skills.1.concept: unknown skill concept id "ghost"']);
  });
});
