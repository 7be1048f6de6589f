import { describe, expect, it } from 'vitest';
import {
  filterMessage,
  foldText,
  groupCount,
  matchesQuery,
  queryTerms,
} from '../../../src/lib/citations/reference-filter.ts';

const goodfellow = foldText(
  'GOODFELLOW I, BENGIO Y, COURVILLE A. Deep Learning[M/OL]. Cambridge, MA: MIT Press, 2016[2026-11-28]. https://www.deeplearningbook.org/.（深度学习）',
);
const iso = foldText(
  'ISO/IEC JTC 1/SC 39. Information technology — Data centres — Part 2: Power usage effectiveness (PUE): ISO/IEC 30134-2:2016[S/OL].（电能使用效率）',
);

describe('queryTerms and matchesQuery', () => {
  it('finds an entry by author in any case, by year, by title words, by its Chinese gloss', () => {
    for (const query of ['goodfellow', 'Bengio', '2016', 'deep learning', '深度学习', 'courville 2016']) {
      expect(matchesQuery(goodfellow, queryTerms(query)), query).toBe(true);
    }
  });

  it('needs every term: an author with another year does not match', () => {
    expect(matchesQuery(goodfellow, queryTerms('goodfellow 2020'))).toBe(false);
    expect(matchesQuery(iso, queryTerms('goodfellow'))).toBe(false);
  });

  it('folds full-width letters and digits, and splits on Chinese commas and ideographic spaces', () => {
    expect(queryTerms('ＰＵＥ　３０１３４，ISO')).toEqual(['pue', '30134', 'iso']);
    expect(matchesQuery(iso, queryTerms('ＰＵＥ　３０１３４'))).toBe(true);
  });

  it('matches everything with an empty or blank query', () => {
    expect(queryTerms('  ')).toEqual([]);
    expect(matchesQuery(iso, queryTerms(''))).toBe(true);
  });
});

describe('groupCount and filterMessage', () => {
  it('shows a group total unfiltered, and shown / total while filtered', () => {
    expect(groupCount(4, 4, false)).toBe('4 条');
    expect(groupCount(1, 4, true)).toBe('1 / 4 条');
  });

  it('says how many entries show and why', () => {
    expect(filterMessage({ shown: 87, total: 87, statusLabel: '', query: '' })).toBe('显示全部 87 条');
    expect(filterMessage({ shown: 3, total: 87, statusLabel: '已核实', query: '' })).toBe(
      '显示 3 / 87 条（已核实）',
    );
    expect(filterMessage({ shown: 0, total: 87, statusLabel: '无法核实', query: 'bengio' })).toBe(
      '显示 0 / 87 条（无法核实，含“bengio”）',
    );
  });
});
