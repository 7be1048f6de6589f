import { describe, expect, it } from 'vitest';
import { labelBugView, signed } from '../../../src/lib/playground/label-bug.ts';

describe('signed', () => {
  it('writes a real minus sign', () => {
    expect(signed(-5.33123, 4)).toBe('−5.3312');
    expect(signed(0.5, 2)).toBe('0.50');
    expect(signed(-11.6)).toBe('−11.6');
  });
});

describe('labelBugView', () => {
  const metrics = (trainLoss: number, trainAccuracy: number) => ({ trainLoss, trainAccuracy });

  it('shows the loss, the reported accuracy and the +1 share, and puts them side by side for 1/−1', () => {
    const view = labelBugView(metrics(-5.3312, 0.28), 0.56, 'plus-minus-one', 'logits');
    expect(view).toMatchObject({ loss: '−5.3312', accuracy: '28.0%', share: '56.0%' });
    expect(view.note).toContain('损失已低于 0');
    expect(view.note).toContain('没有下界');
    expect(view.note).toContain('报告的准确率 28.0% ≤ +1 标签占比 56.0%');
  });

  it('says that the clipped loss stops at its floor', () => {
    const { note } = labelBugView(metrics(-4.9, 0.29), 0.56, 'plus-minus-one', 'clipped-probability');
    expect(note).toContain('截断的概率');
    expect(note).toContain('−16.12');
    expect(note).not.toContain('没有下界');
  });

  it('before the loss turns negative, says what will happen; with 0/1 labels, that nothing of it applies', () => {
    expect(labelBugView(metrics(0.69, 0.5), 0.56, 'plus-minus-one', 'logits').note).toContain(
      '会降到 0 以下',
    );
    const right = labelBugView(metrics(0.12, 0.99), 0.56, 'zero-one', 'logits');
    expect(right.note).toContain('正确的 0/1 标签');
    expect(right.note).not.toContain('≤');
  });
});
