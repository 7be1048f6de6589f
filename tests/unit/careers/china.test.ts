/**
 * The China section (issue 18): its pure helpers (`src/lib/careers/china.ts`), and the real
 * content's China sections and domestic-stack skills as the picker and the plan see them.
 */
import { describe, expect, it } from 'vitest';
import { careerSourceIds, chinaSourceIds, domesticSkills, ruleName } from '../../../src/lib/careers/china.ts';
import { startConcepts } from '../../../src/lib/careers/paths.ts';
import { rankCareers } from '../../../src/lib/careers/ranking.ts';
import { NATIONAL_OCCUPATION_CODE, type ChinaSection } from '../../../src/schemas/career.ts';
import { realContent, realPathsData } from '../../support/paths-data.ts';

const china: ChinaSection = {
  occupations: [
    {
      code: '2-02-38-01',
      name: '人工智能工程技术人员',
      fit: 'closest',
      digital: 'unconfirmed',
      source: 'dadian',
      standard: { title: '标准', levels: ['初级'], issuers: ['人社部'], year: 2021, source: 'std' },
    },
  ],
  credentials: [
    {
      name: '软考',
      kind: 'ruankao',
      issuer: '工信部',
      level: '高级',
      url: 'https://x.example/',
      verified: false,
      source: 'rk',
    },
    {
      name: '软考 2',
      kind: 'ruankao',
      issuer: '工信部',
      level: '中级',
      url: 'https://x.example/',
      verified: false,
      source: 'rk',
    },
  ],
  credentialAdvice: '先看招聘要求。',
  rules: [
    { ref: 'gb', applies: '测试用规则。' },
    { ref: 'dadian', applies: '测试用规则。' },
  ],
};

describe('chinaSourceIds and careerSourceIds', () => {
  it('lists every reference the section cites once, in the order shown', () => {
    expect(chinaSourceIds(china)).toEqual(['dadian', 'std', 'rk', 'gb']);
  });

  it('cites the source of a none-fits statement', () => {
    const noneFits: ChinaSection = {
      ...china,
      occupations: undefined,
      noOccupation: { reason: '没有。', source: 'why' },
    };
    expect(chinaSourceIds(noneFits)[0]).toBe('why');
  });

  it('adds the section’s sources after the career’s own citations, without repeats', () => {
    expect(careerSourceIds(['gb', 'other'], china)).toEqual(['gb', 'other', 'dadian', 'std', 'rk']);
  });
});

describe('domesticSkills', () => {
  it('keeps the skills whose concept is domestic, in roadmap order', () => {
    const skills = [
      { id: 'a', concept: 'npu-ops' },
      { id: 'b' },
      { id: 'c', concept: 'linux-admin' },
      { id: 'd', concept: 'cann' },
    ];
    expect(domesticSkills(skills, new Set(['cann', 'npu-ops'])).map((s) => s.id)).toEqual(['a', 'd']);
  });
});

describe('ruleName', () => {
  it('prints the standard or document number after the title, and the title alone without one', () => {
    expect(ruleName({ title: '数据中心设计规范', number: 'GB 50174—2017' })).toBe(
      '《数据中心设计规范》（GB 50174—2017）',
    );
    expect(ruleName({ title: '中华人民共和国数据安全法' })).toBe('《中华人民共和国数据安全法》');
    expect(ruleName({ title: '《已有书名号》', number: '发改环资〔2024〕970号' })).toBe(
      '《已有书名号》（发改环资〔2024〕970号）',
    );
  });
});

describe('NATIONAL_OCCUPATION_CODE', () => {
  it('accepts 大类-中类-小类-细类 and nothing else', () => {
    for (const good of ['2-02-38-01', '4-04-02-01', '8-00-00-00'])
      expect(good).toMatch(NATIONAL_OCCUPATION_CODE);
    for (const bad of [
      '2-2-38-01',
      '9-02-38-01',
      '0-02-38-01',
      '2-02-38',
      '2-02-38-01-1',
      '2.02.38.01',
      ' 2-02-38-01',
    ]) {
      expect(bad).not.toMatch(NATIONAL_OCCUPATION_CODE);
    }
  });
});

describe('the real content', () => {
  const { careers, concepts } = realContent();
  const domestic = new Set(concepts.filter((c) => c.domestic).map((c) => c.id));
  const byId = new Map(careers.map((c) => [c.id, c.data]));

  it('gives every career a national occupation or a none-fits statement, and a credential recognised in China', () => {
    for (const { id, data } of careers) {
      expect((data.china.occupations?.length ?? 0) > 0 || data.china.noOccupation !== undefined, id).toBe(
        true,
      );
      expect(data.china.credentials.length, id).toBeGreaterThan(0);
      expect(data.china.rules.length, id).toBeGreaterThan(0);
    }
  });

  it('names the 特种作业操作证 on the facility and technician paths', () => {
    for (const id of ['dc-facilities-engineer', 'dc-operations-technician']) {
      expect(
        byId.get(id)!.china.credentials.some((c) => c.kind === 'special-operation'),
        id,
      ).toBe(true);
    }
  });

  it('puts domestic-stack skills on the AI infrastructure and ML engineer roadmaps', () => {
    for (const id of ['ai-infrastructure-engineer', 'ml-engineer']) {
      expect(domesticSkills(byId.get(id)!.skills, domestic).length, id).toBeGreaterThan(0);
    }
  });

  it('shows a domestic skill among the essential gaps of the first careers the picker offers 网络运维 and 系统运维', () => {
    const data = realPathsData();
    for (const from of ['network-ops', 'sysadmin']) {
      // The picker shows four careers before "显示全部", each with its missing essential skills.
      const shown = rankCareers(data, { from, have: startConcepts(data, from) }).slice(0, 4);
      const gaps = shown
        .flatMap((r) => r.missingEssential)
        .filter((s) => s.concept !== undefined && domestic.has(s.concept));
      expect(gaps.length, from).toBeGreaterThan(0);
    }
  });
});
