import { describe, expect, it } from 'vitest';
import { focusExcerpt } from '../../../../src/lib/search/ui/excerpt.ts';

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

describe('focusExcerpt punctuation', () => {
  it('does not start with the punctuation that ended the previous sentence', () => {
    expect(focusExcerpt('。 高能耗问题', ['能耗'])).toBe('高能耗问题');
  });
});
