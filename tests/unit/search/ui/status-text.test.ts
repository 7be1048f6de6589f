import { describe, expect, it } from 'vitest';
import { statusText, totalCount } from '../../../../src/lib/search/ui/status-text.ts';

describe('statusText', () => {
  it('announces the count, the type scope and a relaxed match', () => {
    expect(statusText(12, undefined, false)).toBe('找到 12 个结果');
    expect(statusText(3, 'FAQ', true)).toBe('“FAQ”中找到 3 个结果（部分词匹配）');
    expect(statusText(0, undefined, false)).toBe('没有找到结果');
    expect(statusText(0, '职业', false)).toBe('“职业”中没有找到结果');
  });
});

describe('totalCount', () => {
  it('sums the per-type counts', () => {
    expect(totalCount({ FAQ: 3, 职业: 2 })).toBe(5);
    expect(totalCount({})).toBe(0);
  });
});
