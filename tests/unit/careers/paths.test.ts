import { describe, expect, it } from 'vitest';
import { realPathsData } from '../../support/paths-data.ts';
import {
  buildPathsData,
  groupByStage,
  moveFaq,
  rankCareers,
  reach,
  startConcepts,
  transitionLearn,
  withImplied,
  type PathsInput,
} from '../../../src/lib/careers/paths.ts';

const data = realPathsData();
const career = (id: string) => data.careers.find((c) => c.id === id)!;
const fromStart = (from: string) => ({ from, have: startConcepts(data, from) });

describe('withImplied', () => {
  it('adds implied concepts transitively and ignores unknown ids', () => {
    const have = withImplied(data, ['k8s-operations', 'no-such-concept']);
    expect([...have].sort()).toEqual(['containers', 'k8s-operations', 'k8s-workloads']);
  });

  it('terminates on cycles', () => {
    const looped = {
      concepts: [
        { id: 'a', name: 'A', group: 'x', aliases: [], implies: ['b'] },
        { id: 'b', name: 'B', group: 'x', aliases: [], implies: ['a'] },
      ],
    };
    expect([...withImplied(looped, ['a'])].sort()).toEqual(['a', 'b']);
  });
});

describe('rankCareers', () => {
  it('ranks the network engineering career first for 网络运维, with the shared skills and the FAQ', () => {
    const [first, second] = rankCareers(data, fromStart('network-ops'));
    expect(first?.career.id).toBe('dc-network-engineer');
    expect(first?.shared.map((s) => s.id)).toEqual([
      'tcpip',
      'switching-routing',
      'cabling-optics',
      'network-troubleshooting',
    ]);
    expect(first?.faq?.id).toBe('from-networking');
    expect(second?.career.id).toBe('dc-operations-technician');
    // The FAQ about networking moves is not about the technician's role: the next one that is
    // (the credentials FAQ, which covers the technician's 电工证) is shown.
    expect(second?.faq?.id).toBe('china-credentials');
  });

  it('ranks MLOps first for 后端开发 and the data careers first for 数据分析', () => {
    expect(rankCareers(data, fromStart('backend-developer'))[0]?.career.id).toBe('mlops-engineer');
    expect(
      rankCareers(data, fromStart('data-analyst'))
        .slice(0, 2)
        .map((r) => r.career.id),
    ).toEqual(['data-engineer', 'ml-engineer']);
  });

  it('from a career: leaves it out, and gives the transition text of a described move', () => {
    const ranked = rankCareers(data, fromStart('dc-operations-technician'));
    expect(ranked.map((r) => r.career.id)).not.toContain('dc-operations-technician');
    expect(ranked).toHaveLength(data.careers.length - 1);
    const facilities = ranked.find((r) => r.career.id === 'dc-facilities-engineer')!;
    expect(facilities.learn).toEqual(
      transitionLearn(data, 'dc-operations-technician', 'dc-facilities-engineer'),
    );
    expect(facilities.learn.length).toBeGreaterThan(0);
    expect(ranked.find((r) => r.career.id === 'data-engineer')?.learn).toEqual([]);
  });

  it('sorts by overlap, then by a described move', () => {
    const ranked = rankCareers(data, fromStart('mlops-engineer'));
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i - 1].overlap).toBeGreaterThanOrEqual(ranked[i].overlap);
    }
  });

  it('works from ticked skills alone (no starting point, no FAQ or move text)', () => {
    const ranked = rankCareers(data, { have: ['electrical', 'hvac', 'site-safety'] });
    expect(ranked[0]?.career.id).toBe('dc-facilities-engineer');
    expect(ranked[0]?.faq).toBeUndefined();
    expect(ranked[0]?.learn).toEqual([]);
    // power-cooling-basics is implied by electrical, so the manager and technician share it.
    const manager = ranked.find((r) => r.career.id === 'dc-operations-manager')!;
    expect(manager.shared.map((s) => s.id)).toEqual(['facility-it-fundamentals']);
  });

  it('gives nothing in common to nothing ticked', () => {
    const ranked = rankCareers(data, { have: [] });
    expect(ranked.every((r) => r.overlap === 0 && r.shared.length === 0)).toBe(true);
  });
});

describe('reach', () => {
  it('lists the missing essential skills by stage, entry first', () => {
    const r = reach(data, fromStart('backend-developer'), career('mlops-engineer'));
    expect(r.shared.map((s) => s.id)).toEqual(['python-engineering', 'git-cicd', 'containerize-models']);
    expect(r.missingEssential.map((s) => s.id)).toEqual([
      'ml-lifecycle',
      'k8s-workloads',
      'experiment-tracking',
      'pipeline-orchestration',
      'model-serving',
      'drift-monitoring',
      'ml-tech-debt',
      'model-governance',
      'platform-strategy',
    ]);
    expect(r.missing.filter((s) => !s.essential).map((s) => s.id)).toEqual([
      'observability',
      'data-validation',
      'inference-optimization',
      'npu-serving',
      'platform-adoption',
    ]);
    expect(groupByStage(r.missing).map((g) => [g.stage, g.skills.length])).toEqual([
      ['entry', 1],
      ['mid', 6],
      ['senior', 5],
      ['staff', 2],
    ]);
    // Essential counts double: 3 shared essential skills of 12 essential and 5 optional.
    expect(r.overlap).toBeCloseTo(6 / 29);
  });
});

describe('moveFaq', () => {
  it('is undefined without a known starting point', () => {
    expect(moveFaq(data, undefined, 'ml-engineer')).toBeUndefined();
    expect(moveFaq(data, 'nobody', 'ml-engineer')).toBeUndefined();
  });
});

describe('buildPathsData', () => {
  const input: PathsInput = {
    groups: { ml: '机器学习', data: '数据' },
    concepts: [{ id: 'k', name: 'K', group: 'ml', aliases: ['KK'], implies: [] }],
    careers: [
      {
        id: 'a',
        role: '甲',
        url: '/careers/a/',
        skills: [
          { id: 's1', name: 'S1', concept: 'k', stage: 'entry', essential: true },
          { id: 's2', name: 'S2', stage: 'senior', essential: false },
        ],
        transitions: [],
      },
    ],
    starts: [
      { id: 'a', faq: ['f'] },
      { id: 'outside', name: '外面', concepts: ['k'], faq: ['f'] },
    ],
    faqs: [{ id: 'f', question: '问？', url: '/faq/f/', careers: ['a'] }],
  };

  it('names a career start after its role and keeps an outside start as written', () => {
    expect(buildPathsData(input).starts).toEqual([
      { id: 'a', name: '甲', career: true, concepts: ['k'], faq: ['f'] },
      { id: 'outside', name: '外面', career: false, concepts: ['k'], faq: ['f'] },
    ]);
  });

  it('keeps only the groups that have concepts, in the given order', () => {
    expect(buildPathsData(input).groups).toEqual([{ id: 'ml', label: '机器学习' }]);
  });

  it('drops an absent concept instead of writing undefined into the JSON', () => {
    expect(Object.keys(buildPathsData(input).careers[0].skills[1])).not.toContain('concept');
  });
});
