import { describe, expect, it } from 'vitest';
import {
  highlightWordsFrom,
  markableWords,
  markWords,
  withHighlight,
} from '../../../../src/lib/search/ui/mark.ts';

const marked = (text: string, words: string[]) =>
  markWords(text, words)
    .filter((r) => r.marked)
    .map((r) => r.text);

describe('markableWords', () => {
  it('keeps words of two or more characters, longest first, without case duplicates', () => {
    expect(markableWords(['能', '能耗', 'PUE', 'pue', ' 数据中心 ', ''])).toEqual([
      '数据中心',
      'PUE',
      '能耗',
    ]);
  });

  it('folds full-width letters (ＰＵＥ) and caps the list for a pasted paragraph', () => {
    expect(markableWords(['ＰＵＥ'])).toEqual(['PUE']);
    const many = Array.from({ length: 100 }, (_, i) => `词${i}`);
    expect(markableWords(many).length).toBeLessThanOrEqual(24);
    expect(markableWords(['x'.repeat(65)])).toEqual([]);
  });
});

describe('markWords', () => {
  it('marks the whole word 能耗, not 能 in 能够 or 智能', () => {
    expect(markWords('能耗高，智能调度能够省电', ['能耗'])).toEqual([
      { text: '能耗', marked: true },
      { text: '高，智能调度能够省电', marked: false },
    ]);
  });

  it('prefers the longest word where words overlap', () => {
    expect(marked('数据中心的数据', ['数据', '数据中心'])).toEqual(['数据中心', '数据']);
  });

  it('matches Latin words case-insensitively and only whole', () => {
    expect(marked('GPU and gpu, not GPUs; maintain AI', ['gpu', 'ai'])).toEqual(['GPU', 'gpu', 'AI']);
    expect(marked('GPU集群', ['GPU'])).toEqual(['GPU']);
  });

  it('treats regular-expression characters in words as text', () => {
    expect(marked('C++ 与 C#，(a+b)', ['C++', '(a+b)', 'C#'])).toEqual(['C++', 'C#', '(a+b)']);
  });

  it('returns the text unmarked without words, and nothing for no text', () => {
    expect(markWords('<script>', [])).toEqual([{ text: '<script>', marked: false }]);
    expect(markWords('', ['能耗'])).toEqual([]);
  });

  it('keeps every character: the runs join back into the text', () => {
    const text = '液冷与风冷：液冷的 PUE 更低，liquid cooling 😀 也一样。';
    expect(
      markWords(text, ['液冷', 'pue', 'cooling'])
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});

describe('withHighlight / highlightWordsFrom', () => {
  it('adds one highlight parameter per word before the hash, and reads them back', () => {
    const url = withHighlight('/article/#2-1-反向传播', ['反向传播', 'GPU', '能']);
    expect(url).toBe(`/article/?highlight=${encodeURIComponent('反向传播')}&highlight=GPU#2-1-反向传播`);
    expect(highlightWordsFrom(new URL(url, 'http://x').search)).toEqual(['反向传播', 'GPU']);
  });

  it('keeps an existing query and leaves the URL alone with nothing to mark', () => {
    expect(withHighlight('/faq/?a=1', ['能耗'])).toBe(`/faq/?a=1&highlight=${encodeURIComponent('能耗')}`);
    expect(withHighlight('/faq/', ['能'])).toBe('/faq/');
  });
});
