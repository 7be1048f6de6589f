import { describe, expect, it } from 'vitest';
import {
  MAX_RAW_LENGTH,
  normalizeQuery,
  normalizeWord,
  tokenize,
} from '../../../src/lib/search/normalize.ts';

describe('normalizeQuery', () => {
  it('folds full-width Latin and case (ＰＵＥ → pue)', () => {
    expect(normalizeQuery('ＰＵＥ 是什么')).toBe('pue 是什么');
    expect(normalizeQuery('InfiniBand')).toBe('infiniband');
  });

  it('keeps full-width question marks as separators, not as the start of a URL query string', () => {
    expect(normalizeQuery('PUE 是什么？数值多少算好？')).toBe('pue 是什么?数值多少算好?');
  });

  it('drops markup but keeps its words', () => {
    expect(normalizeQuery('<script>alert(1)</script>液冷')).toBe('alert(1) 液冷');
    expect(normalizeQuery('<b>能耗</b>&amp;')).toBe('能耗');
  });

  it('reduces a pasted URL to its slug (the last path segment)', () => {
    expect(normalizeQuery('https://example.org/faq/what-is-pue/?q=1#top')).toBe('what-is-pue');
    expect(normalizeQuery('see www.example.org/careers/data-engineer')).toBe('see data-engineer');
    expect(normalizeQuery('https://example.org/')).toBe('');
  });

  it(`reads at most ${MAX_RAW_LENGTH} characters`, () => {
    expect(normalizeQuery('能'.repeat(1000))).toHaveLength(MAX_RAW_LENGTH);
  });
});

describe('normalizeWord', () => {
  it('keeps letters and digits only, lower case', () => {
    expect(normalizeWord('GPT-3')).toBe('gpt3');
    expect(normalizeWord('数据中心。')).toBe('数据中心');
  });
});

describe('tokenize', () => {
  it('splits Chinese into characters and keeps Latin words whole, marking separators', () => {
    expect(tokenize('ai 集群, k8s')).toEqual([
      { text: 'ai', han: false },
      null,
      { text: '集', han: true },
      { text: '群', han: true },
      null,
      { text: 'k8s', han: false },
    ]);
  });

  it('stops after the token limit', () => {
    expect(tokenize('字'.repeat(100), 10)).toHaveLength(10);
  });
});
