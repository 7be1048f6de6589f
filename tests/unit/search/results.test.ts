import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/lib/search/analyze.ts';
import { prepareLexicon } from '../../../src/lib/search/lexicon.ts';
import { headingSubResults } from '../../../src/lib/search/results.ts';
import { lexicon } from './fixtures.ts';

describe('headingSubResults', () => {
  const headings: [string, string][] = [
    ['1-背景', '1. 背景介绍'],
    ['22-数据中心的概念', '2.2 数据中心的概念'],
    ['sources', '来源：数据中心'],
    ['6-能耗', '6. 降低数据中心能耗'],
  ];
  it('lists the headings that carry a concept as typed, in page order, without list sections', () => {
    const { concepts } = analyzeQuery('数据中心', prepareLexicon(lexicon));
    expect(headingSubResults(concepts, '/article/', headings)).toEqual([
      { title: '2.2 数据中心的概念', url: '/article/#22-数据中心的概念', excerpt: '2.2 数据中心的概念' },
      { title: '6. 降低数据中心能耗', url: '/article/#6-能耗', excerpt: '6. 降低数据中心能耗' },
    ]);
  });
  it('lists none when no heading carries the query', () => {
    const { concepts } = analyzeQuery('Kubernetes', prepareLexicon(lexicon));
    expect(headingSubResults(concepts, '/article/', headings)).toEqual([]);
  });
});
