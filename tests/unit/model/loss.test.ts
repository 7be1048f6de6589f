import { describe, expect, it } from 'vitest';
import {
  binaryAccuracy,
  binaryCrossEntropy,
  binaryCrossEntropyFromLogit,
  binaryCrossEntropyFromLogitGrad,
  binaryCrossEntropyGradLogit,
  clipProbability,
  sampleLoss,
  predictClass,
} from '../../../src/lib/model/loss.ts';

describe('binaryCrossEntropy', () => {
  it('is −[y ln p + (1 − y) ln(1 − p)]', () => {
    expect(binaryCrossEntropy(0.8, 1)).toBeCloseTo(-Math.log(0.8), 14);
    expect(binaryCrossEntropy(0.8, 0)).toBeCloseTo(-Math.log(0.2), 14);
  });

  it('clips p to [1e-7, 1 − 1e-7] like Keras', () => {
    expect(clipProbability(0)).toBe(1e-7);
    expect(clipProbability(1)).toBe(1 - 1e-7);
    expect(binaryCrossEntropy(0, 1)).toBeCloseTo(-Math.log(1e-7), 10);
    expect(Number.isFinite(binaryCrossEntropy(1, 0))).toBe(true);
  });

  it('accepts the article’s label −1 without complaint and goes negative for small p', () => {
    // y = −1: ln p − 2 ln(1 − p).
    expect(binaryCrossEntropy(0.01, -1)).toBeCloseTo(Math.log(0.01) - 2 * Math.log(0.99), 12);
    expect(binaryCrossEntropy(0.01, -1)).toBeLessThan(0);
    expect(binaryCrossEntropy(0, -1)).toBeCloseTo(Math.log(1e-7) - 2 * Math.log(1 - 1e-7), 10);
  });
});

describe('binaryCrossEntropyFromLogit', () => {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

  it('equals the cross-entropy of σ(z) for labels 0 and 1', () => {
    for (const z of [-3, -0.5, 0, 0.7, 4]) {
      expect(binaryCrossEntropyFromLogit(z, 1)).toBeCloseTo(-Math.log(sigmoid(z)), 12);
      expect(binaryCrossEntropyFromLogit(z, 0)).toBeCloseTo(-Math.log(1 - sigmoid(z)), 12);
    }
  });

  it('is z + ln(1 + e^z) for the article’s label −1, with no floor where the clipped form stops', () => {
    expect(binaryCrossEntropyFromLogit(-2, -1)).toBeCloseTo(-2 + Math.log(1 + Math.exp(-2)), 12);
    expect(binaryCrossEntropyFromLogit(-30, -1)).toBeLessThan(binaryCrossEntropy(sigmoid(-30), -1));
    expect(binaryCrossEntropyFromLogit(-30, -1)).toBeCloseTo(-30, 9);
  });

  it('has gradient p − y everywhere, also where the clipped form’s is 0', () => {
    expect(binaryCrossEntropyFromLogitGrad(1e-9, -1)).toBeCloseTo(1 + 1e-9, 15);
    expect(binaryCrossEntropyGradLogit(1e-9, -1)).toBe(0);
  });

  it('is chosen by sampleLoss for the logits form, the clipped one otherwise', () => {
    expect(sampleLoss('logits', -30, sigmoid(-30), -1)).toBeCloseTo(-30, 9);
    expect(sampleLoss('clipped-probability', -30, sigmoid(-30), -1)).toBe(
      binaryCrossEntropy(sigmoid(-30), -1),
    );
  });
});

describe('binaryCrossEntropyGradLogit', () => {
  it('is p − y inside the clip range and 0 outside', () => {
    expect(binaryCrossEntropyGradLogit(0.3, 1)).toBeCloseTo(-0.7, 15);
    expect(binaryCrossEntropyGradLogit(0.3, -1)).toBeCloseTo(1.3, 15);
    expect(binaryCrossEntropyGradLogit(1e-8, -1)).toBe(0);
    expect(binaryCrossEntropyGradLogit(1 - 1e-8, 1)).toBe(0);
  });
});

describe('binary accuracy (Keras "accuracy" for one sigmoid unit)', () => {
  it('thresholds at p > 0.5', () => {
    expect(predictClass(0.5)).toBe(0);
    expect(predictClass(0.5000001)).toBe(1);
    expect(binaryAccuracy([0.9, 0.1, 0.6, 0.4], [1, 0, 0, 0])).toBe(0.75);
  });

  it('never counts a −1 label as correct', () => {
    expect(binaryAccuracy([0.9, 0.1, 0.2, 0.4], [1, -1, -1, -1])).toBe(0.25);
  });

  it('rejects mismatched lengths', () => {
    expect(() => binaryAccuracy([0.1], [1, 0])).toThrow(RangeError);
  });
});
