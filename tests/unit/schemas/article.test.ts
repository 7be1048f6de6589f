import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { issues, known, without } from './issues.ts';

const schema = createArticleSchema(known);
const good = {
  title: 't',
  description: 'd',
  author: 'a',
  imported: '2026-11-28',
  careers: ['ml-engineer'],
};

describe('createArticleSchema', () => {
  it('accepts a good article and coerces the date', () => {
    const parsed = schema.parse(good);
    expect(parsed.imported).toBeInstanceOf(Date);
    expect(parsed.keywords).toEqual([]);
  });

  it.each([
    ['a missing title', without(good, 'title'), /^title: /],
    ['a missing author', without(good, 'author'), /^author: /],
    ['an import date that is not a date', { ...good, imported: '不是日期' }, /^imported: /],
    ['an unknown career', { ...good, careers: ['x'] }, /^careers\.0: unknown career id "x"$/],
  ])('rejects %s', (_, article, expected) => {
    expect(issues(schema.safeParse(article))).toContainEqual(expect.stringMatching(expected));
  });
});
