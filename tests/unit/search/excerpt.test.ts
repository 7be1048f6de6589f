import { describe, expect, it } from 'vitest';
import { closestQuestions, focusExcerpt } from '../../../src/lib/search/excerpt.ts';

describe('focusExcerpt', () => {
  it('leaves a short text whole', () => {
    expect(focusExcerpt('数据中心的能耗 主要来自  制冷。', ['能耗'])).toBe('数据中心的能耗 主要来自 制冷。');
  });

  it('starts at the sentence holding a late match, so the match is not cut off', () => {
    const text = `${'前言。'.repeat(30)}液冷能显著降低能耗。${'后文'.repeat(60)}`;
    const out = focusExcerpt(text, ['能耗'], 60);
    expect(out.startsWith('…液冷能显著降低能耗。')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });

  it('starts a fixed lead before the match when no sentence ends near it', () => {
    const text = `${'甲'.repeat(100)}能耗${'乙'.repeat(100)}`;
    const out = focusExcerpt(text, ['能耗'], 50);
    expect(out).toBe(`…${'甲'.repeat(24)}能耗${'乙'.repeat(24)}…`);
  });

  it('cuts from the start without a match and never splits an emoji', () => {
    const text = '😀'.repeat(100);
    const out = focusExcerpt(text, [], 11);
    expect(out).toBe(`${'😀'.repeat(5)}…`);
  });
});

describe('closestQuestions', () => {
  const questions = [
    { question: '大模型训练需要多少 GPU？', url: '/faq/gpus/' },
    { question: '数据中心如何降低能耗？', url: '/faq/energy/' },
    { question: '液冷和风冷有什么区别？', url: '/faq/cooling/' },
  ];

  it('ranks questions by shared character pairs with the query', () => {
    expect(closestQuestions('机房能耗怎么降', questions, 2).map((q) => q.url)).toEqual([
      '/faq/energy/',
      '/faq/gpus/',
    ]);
    expect(closestQuestions('风冷 液冷', questions, 1)[0]?.url).toBe('/faq/cooling/');
  });

  it('falls back to the site order when nothing is shared', () => {
    expect(closestQuestions('😀😀', questions, 2).map((q) => q.url)).toEqual(['/faq/gpus/', '/faq/energy/']);
  });
});

describe('focusExcerpt punctuation', () => {
  it('does not start with the punctuation that ended the previous sentence', () => {
    expect(focusExcerpt('。 高能耗问题', ['能耗'])).toBe('高能耗问题');
  });
});
