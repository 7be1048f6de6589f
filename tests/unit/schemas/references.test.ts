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
  note: '已核对出版信息。',
  accessed: '2026-11-28',
};

describe('referenceSchema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = referenceSchema.parse(goodRef);
    expect(parsed.seedSections).toEqual([]);
  });

  it('accepts a work with no named author (GB/T 7714 then starts with the title)', () => {
    expect(referenceSchema.safeParse({ ...goodRef, authors: [] }).success).toBe(true);
  });

  it('accepts a person given family name first, beside an organisation', () => {
    const course = {
      ...goodRef,
      type: 'course',
      authors: ['DeepLearning.AI', { family: 'Ng', given: 'Andrew' }],
    };
    expect(referenceSchema.safeParse(course).success).toBe(true);
  });

  it('accepts a living page without a year, a report with its number, a withdrawn standard', () => {
    expect(referenceSchema.safeParse({ ...without(goodRef, 'year'), type: 'docs' }).success).toBe(true);
    expect(referenceSchema.safeParse({ ...goodRef, type: 'report', number: 'LBNL-2001637' }).success).toBe(
      true,
    );
    const standard = { ...goodRef, type: 'standard', withdrawn: true, replacedBy: 'ISO/IEC 30134-2:2026' };
    expect(referenceSchema.safeParse(standard).success).toBe(true);
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
    ['no authors field', without(goodRef, 'authors'), /^authors: /],
    ['an author object without a family name', { ...goodRef, authors: [{ given: 'Ian' }] }, /^authors\.0/],
    ['a non-http URL', { ...goodRef, url: 'javascript:alert(1)' }, /^url: must be an http\(s\) URL/],
    ['a DOI with its resolver prefix', { ...goodRef, doi: 'https://doi.org/10.1/x' }, /^doi: must be a DOI/],
    [
      'the seed article’s invalid ISBN 9783319694162',
      { ...goodRef, isbn: '9783319694162' },
      /^isbn: invalid ISBN-13 check digit in "9783319694162"/,
    ],
    [
      'an online entry without the date it was cited (引用日期), whatever its status',
      { ...without(goodRef, 'accessed'), status: 'unverified', note: '未能打开。' },
      /^accessed: an online reference needs the date it was cited \(GB\/T 7714 引用日期\)$/,
    ],
    ['a book without a year', without(goodRef, 'year'), /^year: a book needs its year of publication$/],
    [
      'a report without a year',
      { ...without(goodRef, 'year'), type: 'report' },
      /^year: a report needs its year/,
    ],
    ['a book without its publisher', without(goodRef, 'venue'), /^venue: a book needs its publisher/],
    [
      'a publisher apart from the venue outside a conference paper',
      { ...goodRef, publisher: 'MIT Press' },
      /^publisher: only a conference paper has a publisher/,
    ],
    [
      'editors outside a conference paper',
      { ...goodRef, editors: ['A. Editor'] },
      /^editors: only a conference paper/,
    ],
    ['a withdrawn book', { ...goodRef, withdrawn: true }, /^withdrawn: only a standard can be withdrawn/],
    [
      'a replacement for a standard not marked withdrawn',
      { ...goodRef, type: 'standard', replacedBy: 'ISO 1:2026' },
      /^replacedBy: a standard with replacedBy is withdrawn/,
    ],
    ['an edition 1 (the first edition is not written)', { ...goodRef, edition: 1 }, /^edition: /],
    [
      'a verified entry whose note does not say what was checked',
      { ...goodRef, note: '原文参考文献 1。' },
      /^note: a verified reference needs a note saying what was checked/,
    ],
    [
      'a paper that does not say where it appeared',
      { ...goodRef, type: 'paper' },
      /^publishedIn: a paper needs publishedIn: journal, proceedings or preprint$/,
    ],
    ['a page range with letters', { ...goodRef, pages: 'pp. 1-9' }, /^pages: must be a page or a range/],
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
