import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/lib/search/analyze.ts';
import { prepareLexicon } from '../../../src/lib/search/lexicon.ts';
import {
  ADJACENT_WEIGHT,
  BODY_SHARE,
  LOOKUP_BODY_SHARE,
  LOOSE_SHARE,
  coverage,
  definitionBonus,
  formParts,
  intentBonus,
  rankQuery,
  rankScore,
  rarity,
  standingNames,
  textBonus,
  titleBonus,
  type RankSignals,
} from '../../../src/lib/search/rank.ts';
import type { PagefindResultData } from '../../../src/lib/search/types.ts';
import { lexicon } from './fixtures.ts';

const prepared = prepareLexicon(lexicon);
const ranking = (raw: string, rarities: number[] = []) => {
  const { query, concepts } = analyzeQuery(raw, prepared);
  return rankQuery(concepts, query.normalized, query.intent, rarities);
};
const fragment = (content: string) => ({
  kind: 'fragment' as const,
  data: { content } as PagefindResultData,
});

describe('formParts', () => {
  it('joins neighbouring single characters, which would match inside any word alone', () => {
    expect(formParts('降低 能 耗')).toEqual(['降低', '能耗']);
    expect(formParts('数据 中心')).toEqual(['数据', '中心']);
    expect(formParts('kubernetes')).toEqual(['kubernetes']);
  });
});

describe('titleBonus and textBonus', () => {
  const q = ranking('数据中心能耗');

  it('rewards the typed words standing in the title, most when the title is the query', () => {
    const same = titleBonus(q, '数据中心能耗');
    const whole = titleBonus(q, '如何降低数据中心能耗？');
    const words = titleBonus(q, '数据中心的能耗');
    const some = titleBonus(q, '数据中心');
    const apart = titleBonus(q, '能力与消耗');
    expect(same).toBe(3 + ADJACENT_WEIGHT);
    expect(whole).toBeGreaterThan(words);
    expect(whole).toBeLessThan(same);
    // 数据 and 中心 stand side by side as typed; 能耗 apart from them.
    expect(words).toBeCloseTo(2 + (ADJACENT_WEIGHT * 2) / 3);
    expect(some).toBeGreaterThan(apart);
    expect(apart).toBe(0);
  });

  it('counts what readers call a page (aka) as its title when the query says the name whole', () => {
    const said = ranking('制定数据中心能耗计划');
    const aka = ['能耗计划'];
    expect(titleBonus(said, '我的计划', [], aka)).toBeGreaterThan(titleBonus(said, '我的计划'));
    // One word of the name is not the name: 能耗 alone does not look for the page.
    const part = ranking('能耗');
    expect(titleBonus(part, '我的计划', [], aka)).toBe(titleBonus(part, '我的计划'));
    // For a question too (where the names of a career do not count).
    const asked = ranking('能耗计划怎么做');
    expect(titleBonus(asked, '我的计划', [], aka)).toBeGreaterThan(titleBonus(asked, '我的计划'));
  });

  it('counts an English name only as whole words of the query, singular or plural', () => {
    const aka = ['plan', 'learn without gpu'];
    expect(standingNames(ranking('study plan'), aka)).toEqual(['plan']);
    expect(standingNames(ranking('plans'), aka)).toEqual(['plan']);
    expect(standingNames(ranking('explanation'), aka)).toEqual([]);
    expect(standingNames(ranking('how to learn without gpu'), aka)).toEqual(['learnwithoutgpu']);
    expect(standingNames(ranking('learn gpu'), aka)).toEqual([]);
  });

  it('rewards neighbouring query words that stand side by side in the title', () => {
    const q = ranking('数据中心能耗');
    expect(q.concepts.length).toBeGreaterThan(1);
    // Both words in both titles; only the first says them together, as the query does.
    expect(titleBonus(q, '数据中心能耗怎么降')).toBeGreaterThan(titleBonus(q, '能耗高的数据中心'));
    expect(titleBonus(q, '数据中心能耗怎么降') - titleBonus(q, '能耗高的数据中心')).toBeLessThanOrEqual(
      ADJACENT_WEIGHT + 1,
    );
  });

  it('counts a page’s other names as its title for a lookup, not for a question', () => {
    const names = ['大数据工程师', '数据开发工程师'];
    const lookup = ranking('大数据开发');
    expect(titleBonus(lookup, '数据工程师', names)).toBeGreaterThan(titleBonus(lookup, '数据工程师'));
    expect(titleBonus(lookup, '数据工程师', names)).toBeGreaterThanOrEqual(2);
    const question = ranking('大数据开发是什么');
    expect(question.intent).not.toBe('lookup');
    expect(titleBonus(question, '数据工程师', names)).toBe(titleBonus(question, '数据工程师'));
    const signals = { faq: false, title: '数据工程师', names, matched: new Set<number>(), pagefindScore: 0 };
    expect(coverage(lookup, signals)).toBe(1);
    expect(coverage(question, signals)).toBe(0);
  });

  it('rewards phrases in the text and a multi-word query standing verbatim', () => {
    expect(textBonus(q, '……数据中心的能耗……')).toBe(1);
    expect(textBonus(q, '数据中心能耗')).toBe(2);
    expect(textBonus(q, '能力、消耗')).toBe(0);
  });
});

describe('rarity', () => {
  it('weighs a concept few pages carry more than one most pages carry', () => {
    expect(rarity(1, 40)).toBeGreaterThan(rarity(30, 40));
    expect(rarity(undefined, 40)).toBe(1);
    expect(rarity(0, 40)).toBe(1);
  });
});

describe('coverage', () => {
  const signals = (over: Partial<RankSignals>): RankSignals => ({
    faq: false,
    title: '',
    matched: new Set([0, 1, 2, 3]),
    pagefindScore: 0,
    ...over,
  });

  it('counts a concept Pagefind matched until the text loads, then only where it stands as typed', () => {
    const q = ranking('数据中心能耗');
    expect(coverage(q, signals({}))).toBeCloseTo(LOOKUP_BODY_SHARE);
    expect(coverage(q, signals({ text: fragment('数据中心的能力和消耗') }))).toBeLessThan(LOOKUP_BODY_SHARE);
    expect(coverage(q, signals({ text: fragment('数据中心的能耗') }))).toBeCloseTo(LOOKUP_BODY_SHARE);
    // In the title (or a name) a concept counts whole: the page is about it.
    expect(coverage(q, signals({ title: '数据中心能耗' }))).toBe(1);
  });

  it('counts an FAQ entry’s one-sentence answer like its question once the entry is loaded', () => {
    const q = ranking('数据中心能耗吗');
    const answered = {
      kind: 'fragment' as const,
      data: { content: '数据中心的能耗', meta: { answer: '数据中心能耗…' } } as unknown as PagefindResultData,
    };
    expect(coverage(q, signals({ text: answered }))).toBe(1);
    expect(coverage(q, signals({ text: fragment('数据中心的能耗') }))).toBeCloseTo(BODY_SHARE);
  });

  it('counts a concept matched only in single characters (loose) at LOOSE_SHARE until the text loads', () => {
    const q = ranking('数据中心能耗');
    const base = { faq: false, title: '无关', matched: new Set([0, 1]), pagefindScore: 0 };
    const exact = coverage(q, base);
    const loose = coverage(q, { ...base, looseMatched: new Set([1]) });
    const share = (q.weights[1] ?? 0) / q.weights.reduce((a, b) => a + b, 0);
    expect(exact - loose).toBeCloseTo(share * LOOKUP_BODY_SHARE * (1 - LOOSE_SHARE));
    // Once the text is loaded, it decides.
    const text = fragment('数据中心的能耗');
    expect(coverage(q, { ...base, looseMatched: new Set([1]), text })).toBe(coverage(q, { ...base, text }));
  });

  it('for a question, counts words in the title whole and words only in the text in part', () => {
    const q = ranking('数据中心能耗是什么？');
    expect(q.intent).toBe('definition');
    expect(coverage(q, signals({ title: '数据中心能耗' }))).toBe(1);
    expect(coverage(q, signals({ text: fragment('数据中心的能耗') }))).toBeCloseTo(BODY_SHARE);
  });

  it('weighs the rare concept of a question most', () => {
    const q = ranking('数据中心能耗吗', [0.2, 0.2, 3]);
    expect(q.concepts.map((c) => c.text)).toEqual(['数据', '中心', '能耗']);
    // Only the rare concept in the title: most of the query is covered.
    expect(coverage(q, signals({ title: '能耗', matched: new Set([2]) }))).toBeGreaterThan(0.8);
  });
});

describe('intentBonus', () => {
  it('favours, for a question, the FAQ entry whose question carries the words', () => {
    const question = ranking('数据中心能耗怎么降低');
    expect(question.intent).toBe('question');
    expect(intentBonus(question, { faq: true, title: '如何降低数据中心能耗？' })).toBeGreaterThan(0);
    expect(intentBonus(question, { faq: false, title: '如何降低数据中心能耗？' })).toBe(0);
    expect(intentBonus(question, { faq: true, title: '无关的问题？' })).toBe(0);
    const lookup = ranking('数据中心能耗');
    expect(intentBonus(lookup, { faq: true, title: '如何降低数据中心能耗？' })).toBe(0);
  });

  it('lifts the FAQ over a page that only mentions the words, in the one formula', () => {
    const q = ranking('数据中心能耗怎么降低');
    const faq = rankScore(q, {
      faq: true,
      title: '如何降低数据中心能耗？',
      matched: new Set([0, 1, 2]),
      pagefindScore: 0.5,
    });
    const long = rankScore(q, {
      faq: false,
      title: '职业发展',
      matched: new Set([0, 1, 2]),
      pagefindScore: 1,
    });
    expect(faq).toBeGreaterThan(long);
  });
});

describe('definitionBonus', () => {
  it('favours, for a definition question, the page whose title opens with the term', () => {
    const q = ranking('kubernetes 是什么');
    expect(q.intent).toBe('definition');
    expect(definitionBonus(q, 'Kubernetes 和 Slurm 各做什么？')).toBeGreaterThan(0);
    expect(definitionBonus(q, '容器编排是什么？')).toBeGreaterThan(0);
    expect(definitionBonus(q, '如何学 Kubernetes？')).toBe(0);
    expect(definitionBonus(ranking('kubernetes'), 'Kubernetes 和 Slurm 各做什么？')).toBe(0);
  });

  it('looks past a definition word that opens the title (什么是 …)', () => {
    const { query, concepts } = analyzeQuery('kubernetes 是什么', prepared);
    const q = rankQuery(concepts, query.normalized, query.intent, [], ['什么是']);
    expect(definitionBonus(q, '什么是 Kubernetes？')).toBeGreaterThan(0);
  });
});

describe('titleBonus of a synonym', () => {
  it('holds a one-word query’s synonym as the word typed: 省电 and the title 节能', () => {
    const q = ranking('省电');
    expect(titleBonus(q, '节能')).toBe(3);
    expect(titleBonus(q, '节能与余热利用')).toBeLessThan(3);
  });
});
