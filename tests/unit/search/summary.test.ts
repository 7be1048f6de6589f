import { describe, expect, it } from 'vitest';
import { resultSummary, totalCount } from '../../../src/lib/search/summary.ts';

describe('resultSummary', () => {
  it('announces the count, the type scope and a relaxed match', () => {
    expect(resultSummary(12, undefined, false)).toBe('找到 12 个结果');
    expect(resultSummary(3, 'FAQ', true)).toBe('“FAQ”中找到 3 个结果（部分词匹配）');
    expect(resultSummary(0, undefined, false)).toBe('没有找到结果');
    expect(resultSummary(0, '职业', false)).toBe('“职业”中没有找到结果');
  });
});

describe('totalCount', () => {
  it('sums the per-type counts', () => {
    expect(totalCount({ FAQ: 3, 职业: 2 })).toBe(5);
    expect(totalCount({})).toBe(0);
  });
});
