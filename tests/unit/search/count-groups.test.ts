import { describe, expect, it } from 'vitest';
import { countGroups, countsOf } from '../../../src/lib/search/count-groups.ts';

describe('countGroups', () => {
  it('groups words by count, sorted, and countsOf reads them back', () => {
    const table: [string, number][] = [
      ['能耗', 3],
      ['kubernetes', 1],
      ['工程师', 3],
      ['slurm', 1],
    ];
    const groups = countGroups(table);
    expect(groups).toEqual({ '1': 'kubernetes slurm', '3': '工程师 能耗' });
    expect(countsOf(groups)).toEqual(new Map(table));
  });
});
