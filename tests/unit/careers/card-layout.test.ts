import { describe, expect, it } from 'vitest';
import { groupColumns } from '../../../src/lib/careers/card-layout.ts';

/** Cards on the last row of a group laid out with `columns` columns. */
const lastRow = (cards: number, columns: number) => cards - Math.floor((cards - 1) / columns) * columns;

describe('groupColumns', () => {
  it('spans as many columns as a group has cards when it fits in one row', () => {
    expect(groupColumns(1, 4)).toEqual({ span: 1, columns: 1 });
    expect(groupColumns(3, 4)).toEqual({ span: 3, columns: 3 });
    expect(groupColumns(4, 4)).toEqual({ span: 4, columns: 4 });
    expect(groupColumns(1, 1)).toEqual({ span: 1, columns: 1 });
  });

  it('spans the row and avoids a single card on the last row', () => {
    expect(groupColumns(4, 3)).toEqual({ span: 3, columns: 2 });
    expect(groupColumns(5, 4)).toEqual({ span: 4, columns: 3 });
    expect(groupColumns(6, 4)).toEqual({ span: 4, columns: 4 });
    expect(groupColumns(7, 4)).toEqual({ span: 4, columns: 4 });
    expect(groupColumns(7, 3)).toEqual({ span: 3, columns: 1 });
    expect(groupColumns(3, 2)).toEqual({ span: 2, columns: 1 });
  });

  it('never leaves one card alone on a row of a multi-column group (every size up to 40, 1–6 columns)', () => {
    for (let max = 1; max <= 6; max++) {
      for (let cards = 1; cards <= 40; cards++) {
        const { span, columns } = groupColumns(cards, max);
        expect(span).toBeLessThanOrEqual(max);
        expect(columns).toBeLessThanOrEqual(span);
        expect(columns).toBeGreaterThanOrEqual(1);
        if (columns > 1 && cards > columns)
          expect(lastRow(cards, columns), `${cards} on ${max}`).toBeGreaterThan(1);
      }
    }
  });

  it('refuses sizes that are not positive integers', () => {
    expect(() => groupColumns(0, 4)).toThrow(RangeError);
    expect(() => groupColumns(3, 0)).toThrow(RangeError);
    expect(() => groupColumns(2.5, 4)).toThrow(RangeError);
  });
});
