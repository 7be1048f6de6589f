import { describe, expect, it } from 'vitest';
import {
  anchoredParts,
  DEFER_FRAGMENT_BYTES,
  deferredSummary,
  DEFERRED_EXCERPT_CHARS,
} from '../../../../src/lib/search/build/deferred.ts';
import { buildLexicon } from '../../../../src/lib/search/build/lexicon.ts';
import { searchSummarySchema } from '../../../../src/schemas/search.ts';

describe('deferredSummary', () => {
  it('describes a page with a large fragment (URL, text after the title) so a search need not load it', () => {
    const page = { id: 'p-long', url: '/long/', type: '文章', meta: { title: '长文' } };
    const content = `长文\u200B. 第一\u200B句 ${'字'.repeat(300)}`;
    const built = (fragmentBytes: number) =>
      buildLexicon({
        pages: [{ ...page, content, fragmentBytes }],
        stopwords: [],
        particles: [],
        synonyms: [],
      }).pages['p-long'];
    expect(built(DEFER_FRAGMENT_BYTES)?.deferred).toBeUndefined();
    expect(deferredSummary({ ...page, content, fragmentBytes: DEFER_FRAGMENT_BYTES })).toBeUndefined();
    expect(built(DEFER_FRAGMENT_BYTES + 1)?.deferred).toEqual({ url: '/long/' });
    const summary = deferredSummary({
      ...page,
      content,
      fragmentBytes: DEFER_FRAGMENT_BYTES + 1,
      headings: [{ id: 'a', text: '一节' }],
    });
    expect(summary?.url).toBe('/long/');
    expect(summary?.excerpt.startsWith('第一句 字')).toBe(true);
    expect([...(summary?.excerpt ?? '')]).toHaveLength(DEFERRED_EXCERPT_CHARS);
    expect(summary?.headings).toEqual([['a', '一节']]);
    expect(searchSummarySchema.parse(summary)).toEqual(summary);
  });
});

describe('anchoredParts', () => {
  // Pagefind's content: words split at spaces, Chinese segments at U+200B; anchors at word indexes.
  const content = `参考\u200B文献. 书籍 GOODFELLOW I. Deep Learning（深度\u200B学习） VASWANI A. Attention Is All You Need`;
  const anchors = [
    { element: 'h2', id: 'type-book', text: '书籍', location: 2 },
    { element: 'li', id: 'ref-goodfellow2016', text: '', location: 3 },
    { element: 'li', id: 'ref-vaswani2017', text: '', location: 8 },
    { element: 'h3', id: 'empty', text: '', location: 10 },
  ];

  it('keeps headings with their text and describes list entries by the text they open with', () => {
    expect(anchoredParts(content, anchors)).toEqual([
      { id: 'type-book', text: '书籍' },
      { id: 'ref-goodfellow2016', text: 'GOODFELLOW I. Deep Learning（深度学习）' },
      { id: 'ref-vaswani2017', text: 'VASWANI A.' },
    ]);
  });

  it('cuts a long entry with an ellipsis', () => {
    const [long] = anchoredParts('词 '.repeat(200), [{ element: 'li', id: 'x', location: 0 }]);
    expect([...(long?.text ?? '')]).toHaveLength(60);
    expect(long?.text.endsWith('…')).toBe(true);
  });
});
