import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildLexicon,
  countGroups,
  countsOf,
  careerSynonyms,
  DEFER_FRAGMENT_BYTES,
  anchoredParts,
  deferredSummary,
  DEFERRED_EXCERPT_CHARS,
  prepareLexicon,
} from '../../../src/lib/search/lexicon.ts';
import {
  searchLexiconSchema,
  searchSummarySchema,
  stopwordsFileSchema,
  synonymsFileSchema,
} from '../../../src/schemas/search.ts';
import { lexicon } from './fixtures.ts';

describe('buildLexicon', () => {
  it('keeps the index words as Pagefind split them: Chinese of two or more characters, Latin of five or more letters', () => {
    expect(Object.fromEntries(countsOf(lexicon.words))).toMatchObject({
      数据: 2,
      中心: 1,
      工程: 3,
      kubernetes: 1,
      slurm: 1,
    });
    expect(countsOf(lexicon.words).has('能')).toBe(false);
    expect(countsOf(lexicon.words).has('数据中心')).toBe(false);
    expect(countsOf(lexicon.words).has('pue')).toBe(false);
  });

  it('finds the compounds the index split: pairs with a single character that occur together', () => {
    // 能 + 耗 three times, 工程 + 师 three times; 的 is a particle, 大 + 模型 occurs once.
    expect(Object.fromEntries(countsOf(lexicon.compounds))).toMatchObject({ 能耗: 3, 工程师: 3 });
    expect([...countsOf(lexicon.compounds).keys()].some((w) => w.includes('的'))).toBe(false);
    expect(countsOf(lexicon.compounds).has('大模型')).toBe(false);
  });

  it('adds each career page’s names as a synonym group', () => {
    expect(lexicon.synonyms).toContainEqual(['数据工程师', 'data engineer', '大数据工程师', 'etl 工程师']);
  });

  it('records each page’s type and title by Pagefind id', () => {
    expect(lexicon.pages['p-refs']).toEqual({ type: '参考文献', title: '参考文献' });
  });

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

  it('matches its schema', () => {
    expect(searchLexiconSchema.parse(lexicon)).toEqual(lexicon);
  });
});

describe('careerSynonyms', () => {
  it('lists role, English name and aliases, also without their parenthesis', () => {
    expect(
      careerSynonyms({
        role: '数据中心网络工程师（InfiniBand / RoCE）',
        roleEn: 'Data Center Network Engineer',
        aliases: 'AI 网络工程师',
      }),
    ).toEqual([
      '数据中心网络工程师（InfiniBand / RoCE）',
      '数据中心网络工程师',
      'Data Center Network Engineer',
      'AI 网络工程师',
    ]);
  });
});

describe('prepareLexicon', () => {
  it('indexes synonym members by their first token, longest first', () => {
    const prepared = prepareLexicon(lexicon);
    expect(prepared.synonymsByFirst.get('容')?.[0]?.tokens).toEqual(['容', '器', '编', '排']);
    expect(prepared.maxHanLength).toBeGreaterThanOrEqual(2);
    expect(prepared.latin).toContain('kubernetes');
  });
});

describe('search data files', () => {
  it('content/search/stopwords.yaml and synonyms.yaml match their schemas', () => {
    const read = (f: string): unknown =>
      parse(readFileSync(new URL(`../../../content/search/${f}`, import.meta.url), 'utf8'));
    const stop = stopwordsFileSchema.parse(read('stopwords.yaml'));
    const syn = synonymsFileSchema.parse(read('synonyms.yaml'));
    // A stopword in a synonym group would be dropped and expanded at once.
    const members = new Set(syn.groups.flat());
    expect(stop.stopwords.filter((w) => members.has(w))).toEqual([]);
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

describe('countGroups', () => {
  it('groups words by count, sorted, and countsOf reads them back', () => {
    const table: [string, number][] = [
      ['能耗', 3],
      ['kubernetes', 1],
      ['工程师', 3],
      ['slurm', 1],
    ];
    const groups = countGroups(table);
    expect(groups).toEqual({ '1': 'kubernetes slurm', '3': '工程师 能耗' });
    expect(countsOf(groups)).toEqual(new Map(table));
  });
});
