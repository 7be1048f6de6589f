import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/lib/search/analyze.ts';
import { prepareLexicon } from '../../../src/lib/search/lexicon.ts';
import { formParts, textBonus, titleBonus } from '../../../src/lib/search/rank.ts';
import { lexicon } from './fixtures.ts';

describe('formParts', () => {
  it('joins neighbouring single characters, which would match inside any word alone', () => {
    expect(formParts('降低 能 耗')).toEqual(['降低', '能耗']);
    expect(formParts('数据 中心')).toEqual(['数据', '中心']);
    expect(formParts('kubernetes')).toEqual(['kubernetes']);
  });
});

describe('titleBonus and textBonus', () => {
  const prepared = prepareLexicon(lexicon);
  const concepts = analyzeQuery('数据中心能耗', prepared).concepts;

  it('rewards the typed words standing in the title, most when the whole query does', () => {
    const whole = titleBonus(concepts, '如何降低数据中心能耗？', '数据中心能耗');
    const words = titleBonus(concepts, '数据中心的能耗', '数据中心能耗');
    const some = titleBonus(concepts, '数据中心', '数据中心能耗');
    const apart = titleBonus(concepts, '能力与消耗', '数据中心能耗');
    expect(whole).toBe(3);
    expect(words).toBe(2);
    expect(some).toBeGreaterThan(apart);
    expect(apart).toBe(0);
  });

  it('rewards phrases in the text and a multi-word query standing verbatim', () => {
    expect(textBonus(concepts, '……数据中心的能耗……', '数据中心能耗')).toBe(1);
    expect(textBonus(concepts, '数据中心能耗', '数据中心能耗')).toBe(2);
    expect(textBonus(concepts, '能力、消耗', '数据中心能耗')).toBe(0);
  });
});
