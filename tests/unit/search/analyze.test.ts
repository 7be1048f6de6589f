import { describe, expect, it } from 'vitest';
import { analyzeQuery, conceptWeight, indexForm, segmentHan } from '../../../src/lib/search/analyze.ts';
import { prepareLexicon } from '../../../src/lib/search/lexicon.ts';
import { buildLexicon } from '../../../src/lib/search/build/lexicon.ts';
import { lexicon } from './fixtures.ts';

const prepared = prepareLexicon(lexicon);
const analyze = (q: string) => analyzeQuery(q, prepared);

describe('segmentHan', () => {
  it('splits Chinese into the index words, as the index split it', () => {
    expect(segmentHan('数据中心', prepared)).toEqual(['数据', '中心']);
    expect(segmentHan('数值多少算好', prepared)).toEqual(['数值', '多少', '算', '好']);
  });

  it('leaves unknown characters on their own', () => {
    expect(segmentHan('能耗', prepared)).toEqual(['能', '耗']);
  });
});

describe('indexForm', () => {
  it('is what Pagefind should be asked: index words separated by spaces', () => {
    expect(indexForm('数据中心能耗', prepared)).toBe('数据 中心 能 耗');
    expect(indexForm('ETL 工程师', prepared)).toBe('etl 工程 师');
  });
});

describe('analyzeQuery', () => {
  it('drops question words and particles from a natural question', () => {
    const { query, concepts } = analyze('数据中心怎样省电？');
    expect(query.terms).toEqual(['数据', '中心', '省电']);
    expect(query.dropped).toEqual(['怎样']);
    // 省电 is a synonym of 节能 and 降低能耗 (fixtures), searched in the index's words.
    expect(concepts.map((c) => c.forms)).toEqual([['数据'], ['中心'], ['省 电', '节 能', '降低 能 耗']]);
  });

  it('keeps a one-character stopword inside a compound the index split (能耗), drops it elsewhere', () => {
    expect(analyze('能做什么').query.dropped).toEqual(['能', '做', '什么']);
    expect(analyze('数据中心的能耗').query.terms).toEqual(['数据', '中心', '能耗']);
    expect(analyze('数据中心的能耗').query.dropped).toEqual(['的']);
  });

  it('joins single characters to their neighbour so that a concept is a word', () => {
    expect(analyze('管道工程师').query.terms).toEqual(['管道', '工程师']);
    expect(analyze('液冷').query.terms).toEqual(['液冷']);
  });

  it('expands synonyms and abbreviations both ways', () => {
    const k8s = analyze('K8s').concepts[0];
    expect(k8s?.forms).toEqual(['k8s', '容器 编 排', 'kubernetes']);
    const orchestration = analyze('容器编排怎么学').concepts;
    expect(orchestration[0]?.text).toBe('容器编排');
    expect(orchestration[0]?.literals).toContain('kubernetes');
  });

  it('adds what career pages declare: role name, English name and aliases', () => {
    const concept = analyze('大数据工程师').concepts[0];
    expect(concept?.literals).toEqual(
      expect.arrayContaining(['大数据工程师', '数据工程师', 'data engineer', 'etl 工程师']),
    );
    expect(analyze('Data Engineer').concepts).toHaveLength(1);
  });

  it('replaces a misspelt Latin word by index words within the edit distance', () => {
    const { concepts, query } = analyze('Kubernets');
    expect(concepts[0]?.forms).toEqual(['kubernetes']);
    expect(concepts[0]?.corrected).toBe(true);
    expect(query.highlight).toEqual(['kubernetes']);
  });

  it('keeps a Latin word that starts an index word (a prefix being typed)', () => {
    expect(analyze('Kuber').concepts[0]?.forms).toEqual(['kuber']);
  });

  it('drops English question words', () => {
    expect(analyze('what is PUE').query.terms).toEqual(['pue']);
  });

  it('lists the words to highlight: terms and their expansions', () => {
    expect(analyze('IB').query.highlight).toEqual(['ib', 'infiniband']);
  });
});

describe('stopwords with particles', () => {
  it('drops a stopword followed by particles (我的, an index word) like the stopword', () => {
    const own = prepareLexicon(
      buildLexicon({
        pages: [{ id: 'p', content: ['我的', '能耗', '我的', '数据'].join('\u200B'), type: 'FAQ', meta: {} }],
        stopwords: ['我'],
        particles: ['的'],
        synonyms: [],
      }),
    );
    const { query } = analyzeQuery('我的能耗', own);
    expect(query.terms).toEqual(['能耗']);
    expect(query.dropped).toContain('我的');
  });
});

describe('query intent', () => {
  it.each([
    ['数据中心能耗', 'lookup'],
    ['Kubernetes', 'lookup'],
    ['数据中心怎样省电', 'question'],
    ['能耗高吗', 'question'],
    ['数据中心能耗？', 'question'],
    ['PUE 是什么', 'definition'],
    ['什么是 PUE', 'definition'],
    ['what is pue', 'definition'],
    // Where something is: the reader looks a page up.
    ['参考文献在哪里', 'lookup'],
  ])('%s is a %s', (raw, intent) => {
    expect(analyze(raw).query.intent).toBe(intent);
  });

  it('takes an A不A form as a question by rule and drops it (高不高, 贵不贵)', () => {
    const tall = analyze('PUE 高不高');
    expect(tall.query.intent).toBe('question');
    expect(tall.query.terms).toEqual(['pue']);
    expect(tall.query.dropped).toContain('高不高');
    const dear = analyze('液冷贵不贵');
    expect(dear.query.terms).toEqual(['液冷']);
    expect(dear.query.intent).toBe('question');
  });

  it('takes 几 with a measure word and 多久 as a question by rule and drops them', () => {
    const cards = analyze('液冷几台');
    expect(cards.query.intent).toBe('question');
    expect(cards.query.dropped).toContain('几台');
    expect(cards.query.terms).toEqual(['液冷']);
    const long = analyze('液冷多久');
    expect(long.query.dropped).toContain('多久');
    expect(long.query.terms).toEqual(['液冷']);
    expect(long.query.intent).toBe('question');
  });

  it('leaves a question of question words only without terms', () => {
    const { query, concepts } = analyze('怎么？');
    expect(concepts).toEqual([]);
    expect(query.intent).toBe('question');
  });
});

describe('reader words', () => {
  it('search what the site says for a reader’s word, one way only', () => {
    const { concepts } = analyze('码农');
    expect(concepts[0]?.literals).toEqual(['码农', '工程师']);
    expect(concepts[0]?.forms).toContain('工程 师');
    expect(analyze('工程师').concepts[0]?.literals).not.toContain('码农');
  });
});

describe('conceptWeight', () => {
  it('counts Chinese characters (up to 4) and Latin words (3, short ones 1.5)', () => {
    expect(conceptWeight({ text: '学' })).toBe(1);
    expect(conceptWeight({ text: '能耗' })).toBe(2);
    expect(conceptWeight({ text: '数据工程师' })).toBe(4);
    expect(conceptWeight({ text: 'kubernetes' })).toBe(3);
    expect(conceptWeight({ text: 'ib' })).toBe(1.5);
  });
});
