import { describe, expect, it } from 'vitest';
import { currentHeading, tocItems } from '../../../src/lib/nav/toc.ts';

describe('tocItems', () => {
  it('keeps h2 and h3 with ids and trims the heading-anchor sign', () => {
    const items = tocItems([
      { depth: 1, slug: 'title', text: '标题' },
      { depth: 2, slug: 'a', text: '1. 背景介绍 #' },
      { depth: 3, slug: 'a-1', text: '1.1 概念#' },
      { depth: 4, slug: 'deep', text: '更深' },
      { depth: 2, slug: '', text: '无锚点' },
    ]);
    expect(items).toEqual([
      { depth: 2, slug: 'a', text: '1. 背景介绍' },
      { depth: 3, slug: 'a-1', text: '1.1 概念' },
    ]);
  });

  it('takes other depths', () => {
    const items = tocItems(
      [
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'b', text: 'B' },
      ],
      { min: 2, max: 2 },
    );
    expect(items.map((i) => i.slug)).toEqual(['a']);
  });
});

describe('currentHeading', () => {
  it('is the last heading above the reading line', () => {
    expect(currentHeading([-500, -20, 40, 300], 60)).toBe(2);
    expect(currentHeading([-500, -20, 100, 300], 60)).toBe(1);
  });

  it('is the first heading before any has passed, and -1 without headings', () => {
    expect(currentHeading([200, 400], 60)).toBe(0);
    expect(currentHeading([], 60)).toBe(-1);
  });

  it('counts a heading exactly on the line as passed', () => {
    expect(currentHeading([0, 60, 61], 60)).toBe(1);
  });
});
