import { describe, expect, it } from 'vitest';
import { createFaqSchema } from '../../../src/schemas/faq.ts';
import { issues, known, without } from './issues.ts';

const faqSchema = createFaqSchema(known);
const goodFaq = {
  question: '如何降低数据中心能耗？',
  order: 4,
  category: 'sustainability',
  summary: '从调度、硬件与能源三方面入手。',
  fromSeed: true,
  careers: ['mlops-engineer'],
  citations: ['goodfellow2016'],
};

describe('createFaqSchema', () => {
  it('accepts a good entry and fills defaults', () => {
    expect(faqSchema.parse(goodFaq)).toMatchObject({ related: [], fromSeed: true });
    expect(faqSchema.parse(without(goodFaq, 'fromSeed'))).toMatchObject({ fromSeed: false });
  });

  // Each row: what is wrong, the entry, and an issue it must report (field, then message).
  it.each([
    ['a missing question', without(goodFaq, 'question'), /^question: /],
    ['a missing summary', without(goodFaq, 'summary'), /^summary: .*expected string/i],
    ['an order as text', { ...goodFaq, order: '4' }, /^order: .*number/],
    ['an order of 0', { ...goodFaq, order: 0 }, /^order: /],
    ['an unknown category', { ...goodFaq, category: 'misc' }, /^category: /],
    ['no citation', { ...goodFaq, citations: [] }, /^citations: /],
    [
      'an unknown reference',
      { ...goodFaq, citations: ['nope'] },
      /^citations\.0: unknown reference id "nope"$/,
    ],
    [
      'an unsupportable reference as a source',
      { ...goodFaq, citations: ['keras-bce', 'seed-nlp-overview'] },
      /^citations\.1: reference "seed-nlp-overview" is unsupportable .*cannot be cited as a source$/,
    ],
    ['an unknown career', { ...goodFaq, careers: ['ghost'] }, /^careers\.0: unknown career id "ghost"$/],
    ['an unknown related FAQ', { ...goodFaq, related: ['zzz'] }, /^related\.0: unknown FAQ id "zzz"$/],
    [
      'a repeated id in a list',
      { ...goodFaq, citations: ['keras-bce', 'keras-bce'] },
      /^citations\.1: duplicate id "keras-bce"$/,
    ],
  ])('rejects %s', (_, entry, expected) => {
    expect(issues(faqSchema.safeParse(entry))).toContainEqual(expect.stringMatching(expected));
  });
});
