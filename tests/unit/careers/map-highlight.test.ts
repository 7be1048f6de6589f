import { describe, expect, it } from 'vitest';
import { highlightFor, type MapLine } from '../../../src/lib/careers/map-highlight.ts';

const lines: MapLine[] = [
  { from: 'a', to: 'b', bidirectional: false },
  { from: 'c', to: 'a', bidirectional: false },
  { from: 'a', to: 'd', bidirectional: true },
  { from: 'b', to: 'c', bidirectional: false },
];

describe('highlightFor', () => {
  it('marks moves out of, into and both ways, and the careers at their other ends', () => {
    const h = highlightFor(lines, 'a');
    expect(h.lines).toEqual(['out', 'in', 'both', null]);
    expect([...h.linked].sort()).toEqual(['b', 'c', 'd']);
  });

  it('treats a two-way line the same from either end', () => {
    expect(highlightFor(lines, 'd').lines).toEqual([null, null, 'both', null]);
    expect([...highlightFor(lines, 'd').linked]).toEqual(['a']);
  });

  it('highlights nothing for a career without moves', () => {
    const h = highlightFor(lines, 'e');
    expect(h.lines).toEqual([null, null, null, null]);
    expect(h.linked.size).toBe(0);
  });
});
