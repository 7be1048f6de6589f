import { describe, expect, it } from 'vitest';
import { referenceSchema, isValidIsbn13 } from '../../../src/schemas/references.ts';
import { issues, without } from './issues.ts';

const goodRef = {
  id: 'goodfellow2016',
  type: 'book',
  authors: ['Ian Goodfellow'],
  title: 'Deep Learning',
  year: 2016,
  venue: 'MIT Press',
  url: 'https://www.deeplearningbook.org/',
  isbn: '978-0-262-03561-3',
  status: 'verified',
  note: '已核对。',
};

describe('referenceSchema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = referenceSchema.parse(goodRef);
    expect(parsed.seedSections).toEqual([]);
  });

  it('accepts a DOI instead of a URL', () => {
    expect(
      referenceSchema.safeParse({ ...without(goodRef, 'url'), doi: '10.1007/978-3-319-29659-3' }).success,
    ).toBe(true);
  });

  // Each row: what is wrong, the entry, and the first issue it must report (field, then message).
  it.each([
    ['a missing title', without(goodRef, 'title'), /^title: /],
    ['a missing url and doi', without(goodRef, 'url'), /^url: needs a url or a doi$/],
    ['a year as text', { ...goodRef, year: '2016' }, /^year: .*number/],
    ['a year out of range', { ...goodRef, year: 1492 }, /^year: /],
    ['an unknown status', { ...goodRef, status: 'maybe' }, /^status: /],
    ['an unknown type', { ...goodRef, type: 'blog' }, /^type: /],
    ['an id with spaces', { ...goodRef, id: 'good fellow' }, /^id: must be an id/],
    ['no authors', { ...goodRef, authors: [] }, /^authors: /],
    ['a non-http URL', { ...goodRef, url: 'javascript:alert(1)' }, /^url: must be an http\(s\) URL/],
    ['a DOI with its resolver prefix', { ...goodRef, doi: 'https://doi.org/10.1/x' }, /^doi: must be a DOI/],
    [
      'the seed article’s invalid ISBN 9783319694162',
      { ...goodRef, isbn: '9783319694162' },
      /^isbn: invalid ISBN-13 check digit in "9783319694162"/,
    ],
  ])('rejects %s', (_, entry, first) => {
    expect(issues(referenceSchema.safeParse(entry))[0]).toMatch(first);
  });
});

describe('isValidIsbn13', () => {
  it.each([
    ['978-0-262-03561-3', true],
    ['978-3-319-29657-9', true],
    ['9783319694160', true],
    ['9783319694162', false],
    ['978-0-262', false],
  ])('%s → %s', (isbn, valid) => expect(isValidIsbn13(isbn)).toBe(valid));
});
