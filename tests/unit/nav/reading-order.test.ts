import { describe, expect, it } from 'vitest';
import { faqListOrder, prevNext } from '../../../src/lib/nav/reading-order.ts';

const faq = (
  id: string,
  category: string,
  fromSeed = false,
): { id: string; data: { category: string; fromSeed: boolean } } => ({ id, data: { category, fromSeed } });

describe('faqListOrder', () => {
  it('puts the seed questions first, then categories in their order, keeping order within a group', () => {
    const listed = faqListOrder(
      [
        faq('b1', 'careers'),
        faq('a1', 'article'),
        faq('s1', 'careers', true),
        faq('b2', 'careers'),
        faq('s2', 'article', true),
        faq('a2', 'article'),
      ],
      ['article', 'careers'] as string[],
    );
    expect(listed.map((f) => f.id)).toEqual(['s1', 's2', 'a1', 'a2', 'b1', 'b2']);
  });

  it('puts a category it does not know last', () => {
    const listed = faqListOrder([faq('x', 'other'), faq('a', 'article')], ['article'] as string[]);
    expect(listed.map((f) => f.id)).toEqual(['a', 'x']);
  });
});

describe('prevNext', () => {
  const order = [
    { href: '/article/', label: '文章' },
    { href: '/careers/a/', label: 'A' },
    { href: '/faq/q/', label: 'Q' },
  ];

  it('links a page in the middle both ways', () => {
    expect(prevNext(order, '/careers/a/')).toEqual({ prev: order[0], next: order[2] });
  });

  it('has no previous page at the start and no next page at the end', () => {
    expect(prevNext(order, '/article/')).toEqual({ prev: undefined, next: order[1] });
    expect(prevNext(order, '/faq/q/')).toEqual({ prev: order[1], next: undefined });
  });

  it('has neither for a page outside the order', () => {
    expect(prevNext(order, '/references/')).toEqual({ prev: undefined, next: undefined });
  });
});
