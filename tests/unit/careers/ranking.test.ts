import { describe, expect, it } from 'vitest';
import { realPathsData } from '../../support/paths-data.ts';
import { feeders, startConcepts, transitionLearn } from '../../../src/lib/careers/paths.ts';
import { isNewcomer, rankCareers, rankForNewcomer } from '../../../src/lib/careers/ranking.ts';

const data = realPathsData();
const fromStart = (from: string) => ({ from, have: startConcepts(data, from) });

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

describe('rankForNewcomer', () => {
  const newcomers = data.starts.filter((s) => s.newcomer === true).map((s) => s.id);

  it('is what rankCareers does from 应届生 and 零基础, and only from starts without experience', () => {
    expect(newcomers).toEqual(expect.arrayContaining(['graduate', 'no-background']));
    expect(isNewcomer(data, fromStart('graduate'))).toBe(true);
    expect(isNewcomer(data, fromStart('backend-developer'))).toBe(false);
    expect(isNewcomer(data, { have: [] })).toBe(false);
    for (const id of newcomers) {
      expect(rankCareers(data, fromStart(id))).toEqual(rankForNewcomer(data, fromStart(id)));
    }
  });

  it.each(['graduate', 'no-background'])(
    'from %s: careers entered directly first, then by the entry-stage essentials still missing',
    (from) => {
      const ranked = rankForNewcomer(data, fromStart(from));
      expect(ranked).toHaveLength(data.careers.length);
      const direct = data.careers.filter((c) => feeders(data, c.id).length === 0).map((c) => c.id);
      expect(direct.length).toBeGreaterThan(0);
      expect(
        ranked
          .slice(0, direct.length)
          .map((r) => r.career.id)
          .sort(),
      ).toEqual([...direct].sort());
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1], ranked[i]];
        const [aDirect, bDirect] = [a.feeders.length === 0, b.feeders.length === 0];
        expect(Number(bDirect) <= Number(aDirect)).toBe(true);
        if (aDirect === bDirect) expect(a.entryMissing.length).toBeLessThanOrEqual(b.entryMissing.length);
      }
      // The order says something: not every career has the same entry bar.
      expect(new Set(ranked.map((r) => r.entryMissing.length)).size).toBeGreaterThan(1);
    },
  );

  it('counts the entry stage: what 零基础 lacks is every essential entry skill', () => {
    for (const r of rankForNewcomer(data, fromStart('no-background'))) {
      expect(r.entryMissing.length).toBe(r.entryEssential);
      expect(r.entryMissing.every((s) => s.stage === 'entry' && s.essential)).toBe(true);
      expect(r.career.entryTitle).toBeTruthy();
    }
  });
});
