import { describe, expect, it } from 'vitest';
import { formatReference, referenceHref } from '../../../src/lib/citations/format-reference.ts';

const book = {
  authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'],
  title: 'Deep Learning',
  titleZh: '深度学习',
  venue: 'MIT Press',
  year: 2016,
  url: 'https://www.deeplearningbook.org/',
  isbn: '978-0-262-03561-3',
};
const paper = {
  authors: ['A. Author'],
  title: 'A Paper',
  venue: 'Journal',
  year: 2020,
  doi: '10.1000/xyz',
};

describe('formatReference', () => {
  it('writes the full form with the Chinese title, identifiers and the address as link text', () => {
    expect(formatReference(book, 'full')).toEqual({
      authors: 'Ian Goodfellow, Yoshua Bengio, Aaron Courville',
      title: 'Deep Learning',
      titleZh: '深度学习',
      published: 'MIT Press, 2016',
      identifiers: ['ISBN 978-0-262-03561-3'],
      href: 'https://www.deeplearningbook.org/',
      linkText: 'https://www.deeplearningbook.org/',
    });
  });

  it('writes the short form without the Chinese title or identifiers, linking 原始链接', () => {
    const short = formatReference(book, 'short');
    expect(short.titleZh).toBeUndefined();
    expect(short.identifiers).toEqual([]);
    expect(short.linkText).toBe('原始链接');
    expect(short.href).toBe(book.url);
  });

  it('links a DOI-only reference through the DOI resolver', () => {
    const full = formatReference(paper, 'full');
    expect(full.identifiers).toEqual(['DOI: 10.1000/xyz']);
    expect(full.href).toBe('https://doi.org/10.1000/xyz');
    expect(full.linkText).toBe('https://doi.org/10.1000/xyz');
  });
});

describe('referenceHref', () => {
  it('prefers the URL over the DOI', () => {
    expect(referenceHref({ url: 'https://x.example/', doi: '10.1/x' })).toBe('https://x.example/');
    expect(referenceHref({ doi: '10.1/x' })).toBe('https://doi.org/10.1/x');
  });
});
