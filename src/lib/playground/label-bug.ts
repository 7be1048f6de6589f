/**
 * What the playground's "原文的标签错误" box shows while a run trains: the training loss (below
 * zero once the article's 1/−1 labels take effect), the accuracy Keras would report beside the
 * share of +1 labels (which that accuracy cannot exceed), and a sentence saying which of these
 * the reader is looking at. Pure: the island writes the strings into the page.
 */
import type { LabelEncoding } from '../model/dataset.ts';
import { binaryCrossEntropy, LOSS_FORMS, type LossForm } from '../model/loss.ts';
import type { Metrics } from './protocol.ts';

/** The note before the first run is ready (the server renders it; the island replaces it). */
export const LABEL_BUG_IDLE = '训练时，这里逐步显示训练损失、报告的准确率与 +1 标签所占的比例。';

/** A number with a real minus sign (−), as the page's text writes them. */
export function signed(value: number, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return text.replace('-', '−');
}

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

/** The box's live values and sentence for a run's current metrics. */
export interface LabelBugView {
  loss: string;
  accuracy: string;
  share: string;
  note: string;
}

/**
 * The box's view of `metrics` for a run with `labels` and `lossForm`, whose training labels are
 * +1 in the share `positiveShare` (computed from the data by the worker).
 */
export function labelBugView(
  metrics: Pick<Metrics, 'trainLoss' | 'trainAccuracy'>,
  positiveShare: number,
  labels: LabelEncoding,
  lossForm: LossForm,
): LabelBugView {
  const loss = signed(metrics.trainLoss, 4);
  const accuracy = percent(metrics.trainAccuracy);
  const share = percent(positiveShare);
  const view = (note: string): LabelBugView => ({ loss, accuracy, share, note });
  if (labels === 'zero-one') {
    return view(
      '现在用的是正确的 0/1 标签：损失不会低于 0，准确率也不受 +1 标签占比的限制。打开“使用原文的标签”开关对照。',
    );
  }
  const bound = `报告的准确率 ${accuracy} ≤ +1 标签占比 ${share}。`;
  if (!(metrics.trainLoss < 0)) {
    return view(`标签为 1/−1：训练开始后损失会降到 0 以下并一直下降；${bound}`);
  }
  if (lossForm === 'clipped-probability') {
    // One sample's clipped loss at p = ε with y = −1: ln ε − 2·ln(1 − ε).
    const floor = signed(binaryCrossEntropy(0, -1), 2);
    return view(
      `损失已低于 0（对 0/1 标签，交叉熵不会是负数）。这里按截断的概率计算：每个样本的损失不低于 ${floor}，到了截断处梯度为 0，下降会停下来；Keras 对 sigmoid 输出并不这样算。${bound}`,
    );
  }
  return view(`损失已低于 0（对 0/1 标签，交叉熵不会是负数），并随训练继续下降，没有下界。${bound}`);
}

/**
 * The longest note the box can show (with the widest numbers), for the page to reserve its
 * height: the live note then changes its text while training without moving what follows.
 */
export function widestLabelBugNote(): string {
  const notes = (['zero-one', 'plus-minus-one'] as const).flatMap((labels) =>
    LOSS_FORMS.flatMap((form) =>
      [0.5, -88.8888].map(
        (trainLoss) => labelBugView({ trainLoss, trainAccuracy: 0.888 }, 0.888, labels, form).note,
      ),
    ),
  );
  return notes.reduce((a, b) => (b.length > a.length ? b : a), LABEL_BUG_IDLE);
}
