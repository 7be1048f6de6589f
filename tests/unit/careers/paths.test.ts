import { describe, expect, it } from 'vitest';
import { realPathsData } from '../../support/paths-data.ts';
import {
  buildPathsData,
  feeders,
  groupByStage,
  moveFaq,
  reach,
  startConcepts,
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

describe('feeders', () => {
  it('lists the careers a described move leads from, from either side of the transition', () => {
    expect(feeders(data, 'dc-operations-technician')).toEqual([]);
    const infra = feeders(data, 'ai-infrastructure-engineer');
    expect(infra).toEqual(expect.arrayContaining(['hpc-administrator', 'dc-operations-technician']));
    expect(infra).not.toContain('ai-infrastructure-engineer');
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
        stages: [
          { id: 'senior', title: '高级甲' },
          { id: 'entry', title: '初级甲' },
        ],
        transitions: [],
      },
    ],
    starts: [
      { id: 'a', faq: ['f'] },
      { id: 'outside', name: '外面', concepts: ['k'], faq: ['f'] },
      { id: 'new', name: '新人', concepts: [], faq: ['f'], newcomer: true },
    ],
    faqs: [{ id: 'f', question: '问？', url: '/faq/f/', careers: ['a'] }],
  };

  it('names a career start after its role and keeps an outside start as written', () => {
    expect(buildPathsData(input).starts).toEqual([
      { id: 'a', name: '甲', career: true, concepts: ['k'], faq: ['f'] },
      { id: 'outside', name: '外面', career: false, concepts: ['k'], faq: ['f'] },
      { id: 'new', name: '新人', career: false, concepts: [], faq: ['f'], newcomer: true },
    ]);
  });

  it("titles a career's entry by its entry stage, wherever it is listed", () => {
    expect(buildPathsData(input).careers[0].entryTitle).toBe('初级甲');
  });

  it('keeps only the groups that have concepts, in the given order', () => {
    expect(buildPathsData(input).groups).toEqual([{ id: 'ml', label: '机器学习' }]);
  });

  it('drops an absent concept instead of writing undefined into the JSON', () => {
    expect(Object.keys(buildPathsData(input).careers[0].skills[1])).not.toContain('concept');
  });
});
