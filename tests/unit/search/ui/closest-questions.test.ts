import { describe, expect, it } from 'vitest';
import { closestQuestions } from '../../../../src/lib/search/ui/closest-questions.ts';

describe('closestQuestions', () => {
  const questions = [
    { question: '大模型训练需要多少 GPU？', url: '/faq/gpus/' },
    { question: '数据中心如何降低能耗？', url: '/faq/energy/' },
    { question: '液冷和风冷有什么区别？', url: '/faq/cooling/' },
  ];

  it('ranks questions by shared character pairs with the query', () => {
    expect(closestQuestions('机房能耗怎么降', questions, 2).map((q) => q.url)).toEqual([
      '/faq/energy/',
      '/faq/gpus/',
    ]);
    expect(closestQuestions('风冷 液冷', questions, 1)[0]?.url).toBe('/faq/cooling/');
  });

  it('falls back to the site order when nothing is shared', () => {
    expect(closestQuestions('😀😀', questions, 2).map((q) => q.url)).toEqual(['/faq/gpus/', '/faq/energy/']);
  });
});
