import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  akaByUrl,
  slugNames,
  buildLexicon,
  careerSynonyms,
  startNames,
} from '../../../../src/lib/search/build/lexicon.ts';
import { countsOf } from '../../../../src/lib/search/count-groups.ts';
import {
  pageNamesFileSchema,
  readerWordsFileSchema,
  searchLexiconSchema,
  stopwordsFileSchema,
  synonymsFileSchema,
} from '../../../../src/schemas/search.ts';
import { lexicon } from '../fixtures.ts';

describe('buildLexicon', () => {
  it('keeps the index words as Pagefind split them: Chinese of two or more characters, Latin of five or more letters apart', () => {
    expect(Object.fromEntries(countsOf(lexicon.words))).toMatchObject({ 数据: 2, 中心: 1, 工程: 3 });
    expect(countsOf(lexicon.words).has('能')).toBe(false);
    expect(countsOf(lexicon.words).has('数据中心')).toBe(false);
    expect(countsOf(lexicon.words).has('kubernetes')).toBe(false);
    const latin = countsOf(lexicon.latin ?? {});
    expect(Object.fromEntries(latin)).toMatchObject({ kubernetes: 1, slurm: 1 });
    expect(latin.has('pue')).toBe(false);
    expect(lexicon.latinTotal).toBe([...latin.values()].reduce((a, b) => a + b, 0));
  });

  it('finds the compounds the index split: pairs with a single character that occur together', () => {
    // 能 + 耗 three times, 工程 + 师 three times; 的 is a particle, 大 + 模型 occurs once.
    expect(Object.fromEntries(countsOf(lexicon.compounds))).toMatchObject({ 能耗: 3, 工程师: 3 });
    expect([...countsOf(lexicon.compounds).keys()].some((w) => w.includes('的'))).toBe(false);
    expect(countsOf(lexicon.compounds).has('大模型')).toBe(false);
  });

  it('never joins a question word of two or more characters into a compound (怎么 + 学)', () => {
    const zh = (...w: string[]) => w.join('\u200B');
    const built = buildLexicon({
      pages: [1, 2, 3, 4].map((n) => ({
        id: `p${n}`,
        type: '常见问题',
        meta: { title: `问题${n}` },
        content: `${zh('手头', '没有', 'GPU', '怎么', '学')} ${zh('能', '耗')}`,
      })),
      stopwords: ['怎么', '能'],
      particles: [],
      synonyms: [],
    });
    const compounds = countsOf(built.compounds);
    expect(compounds.has('怎么学')).toBe(false);
    expect(compounds.has('能耗')).toBe(true);
  });

  it('records a career’s other names (role, English name, aliases) beside its title', () => {
    expect(lexicon.pages['p-data']?.names).toEqual(['Data Engineer', '大数据工程师', 'ETL 工程师']);
    expect(lexicon.pages['p-refs']?.names).toBeUndefined();
  });

  it('adds each career page’s names as a synonym group', () => {
    expect(lexicon.synonyms).toContainEqual(['数据工程师', 'data engineer', '大数据工程师', 'etl 工程师']);
  });

  it('records each page’s type and title by Pagefind id', () => {
    expect(lexicon.pages['p-refs']).toEqual({
      type: '参考文献',
      title: '参考文献',
      aka: ['论文', 'references'],
    });
    expect(lexicon.pages['p-pue']).toEqual({
      type: 'FAQ',
      title: 'PUE 是什么？数值多少算好？',
      aka: ['what is pue', 'faq what is pue'],
    });
  });

  it('carries the question words, definition words and reader words, normalised', () => {
    expect(lexicon.questions).toContain('怎么');
    expect(lexicon.definitions).toContain('是什么');
    expect(lexicon.readerWords).toEqual([[['码农', '程序员'], ['工程师']]]);
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

describe('startNames and akaByUrl', () => {
  it('names a starting point by its Chinese name, without the parenthetical, split at slashes', () => {
    expect(startNames('应届生（计算机或相近专业）')).toEqual(['应届生']);
    expect(startNames('系统运维 / SRE')).toEqual(['系统运维']);
    expect(startNames('SRE')).toEqual([]);
  });

  it('gives page names by URL, and each starting point to the careers index and to its first FAQ entry', () => {
    const aka = akaByUrl(
      [{ url: '/plan/', names: ['学习计划'] }],
      [
        { name: '零基础（非相关专业）', faq: ['no-degree', 'transferable-skills'] },
        { faq: ['from-operations'] },
      ],
      { careers: '/careers/', faq: (id) => `/faq/${id}/` },
    );
    expect(Object.fromEntries(aka)).toEqual({
      '/plan/': ['学习计划'],
      '/careers/': ['零基础'],
      '/faq/no-degree/': ['零基础'],
    });
  });

  it('records what readers call a page (aka) by its URL in the lexicon', () => {
    const built = buildLexicon({
      pages: [{ id: 'p1', url: '/plan/', content: '计划', type: '职业', meta: { title: '我的计划' } }],
      stopwords: ['的'],
      particles: [],
      synonyms: [],
      aka: new Map([['/plan/', ['学习计划', 'Study Plan']]]),
    });
    expect(built.pages['p1']?.aka).toEqual(['学习计划', 'study plan', 'plan']);
    expect(searchLexiconSchema.parse(built).pages['p1']?.aka).toEqual(['学习计划', 'study plan', 'plan']);
  });
});

describe('slugNames', () => {
  it('names a page in English by its URL slug: the last segment, and a nested page’s whole path', () => {
    expect(slugNames('/playground/')).toEqual(['playground']);
    expect(slugNames('/faq/learn-without-gpu/')).toEqual(['learn without gpu', 'faq learn without gpu']);
    expect(slugNames('/references/notes/')).toEqual(['notes', 'references notes']);
  });

  it('gives no name for the root or a slug that is not lower-case words and hyphens', () => {
    expect(slugNames('/')).toEqual([]);
    expect(slugNames('/faq/数据中心/')).toEqual([]);
    expect(slugNames('/faq/a--b/')).toEqual([]);
  });
});

describe('search data files', () => {
  it('content/search/page-names.yaml matches its schema, each page with its reason', () => {
    const names = pageNamesFileSchema.parse(
      parse(readFileSync(new URL('../../../../content/search/page-names.yaml', import.meta.url), 'utf8')),
    );
    expect(names.pages.every((p) => p.reason.length > 20)).toBe(true);
    expect(new Set(names.pages.map((p) => p.url)).size).toBe(names.pages.length);
  });

  it('content/search/stopwords.yaml, synonyms.yaml and reader-words.yaml match their schemas', () => {
    const read = (f: string): unknown =>
      parse(readFileSync(new URL(`../../../../content/search/${f}`, import.meta.url), 'utf8'));
    const stop = stopwordsFileSchema.parse(read('stopwords.yaml'));
    const syn = synonymsFileSchema.parse(read('synonyms.yaml'));
    const reader = readerWordsFileSchema.parse(read('reader-words.yaml'));
    // Every reader word says why; question and definition words are dropped like stopwords.
    expect(reader.entries.every((e) => e.reason.length > 20)).toBe(true);
    const dropped = new Set([...stop.stopwords, ...stop.particles]);
    expect([...stop.questions, ...stop.definitions].filter((w) => !dropped.has(w))).toEqual([]);
    // A stopword in a synonym group would be dropped and expanded at once.
    const members = new Set(syn.groups.flat());
    expect(stop.stopwords.filter((w) => members.has(w))).toEqual([]);
  });
});
