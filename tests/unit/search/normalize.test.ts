import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
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

  it('writes a section or chapter number in digits, as the site does (第五节 → 第 5 节)', () => {
    expect(normalizeQuery('原文第五节的代码')).toBe('原文 第 5 节 的代码');
    expect(normalizeQuery('第十二章')).toBe('第 12 章');
    expect(normalizeQuery('第一道防线')).toBe('第一道防线');
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

describe('chineseNumber', () => {
  it('reads Chinese numerals below 100', () => {
    expect(chineseNumber('五')).toBe(5);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('十三')).toBe(13);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('九十九')).toBe(99);
    expect(chineseNumber('三三')).toBeUndefined();
    expect(chineseNumber('十十')).toBeUndefined();
  });
});
