import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../../src/lib/search/ui/empty-state.ts';

describe('emptyState', () => {
  it('points a query of question words only to the FAQ index', () => {
    const state = emptyState('怎么办？', { terms: [], intent: 'question' });
    expect(state.faqIndex).toBe(true);
    expect(state.closestQuestions).toBe(false);
    expect(state.text).toContain('“怎么办？”');
    expect(state.text).toContain('疑问词');
  });

  it('says there is nothing to search in punctuation, emoji or markup', () => {
    for (const raw of ['？？！！', '🔥🚀', '<b></b>', '的了']) {
      const state = emptyState(raw, { terms: [], intent: 'lookup' });
      expect(state.text, raw).toContain('没有可以搜索的词');
      expect(state.faqIndex).toBe(false);
      expect(state.closestQuestions).toBe(false);
    }
  });

  it('offers fewer words and the closest FAQ questions when the words found nothing', () => {
    const state = emptyState('量子计算', { terms: ['量子', '计算'], intent: 'lookup' });
    expect(state.text).toBe('没有找到与“量子计算”相关的内容。');
    expect(state.closestQuestions).toBe(true);
    expect(emptyState('量子计算', { terms: ['量子'], intent: 'lookup' }, '职业').text).toContain(
      '在“职业”中',
    );
  });

  it('repeats at most 40 characters of a long query, on one line', () => {
    const state = emptyState(`${'很长的问题\n'.repeat(60)}`, { terms: ['长'], intent: 'lookup' });
    const shown = /“(.*)”/.exec(state.text)?.[1] ?? '';
    expect([...shown]).toHaveLength(40);
    expect(shown).not.toContain('\n');
  });
});
