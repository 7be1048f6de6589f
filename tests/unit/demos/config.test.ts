import { describe, expect, it } from 'vitest';
import {
  decodeWeights,
  encodeWeights,
  formatNumberList,
  mayAutoLoad,
  parseNumberList,
} from '../../../src/lib/demos/config.ts';
import cardJson from '../../../models/separator.json';
import { parseModelCard } from '../../../src/lib/model/card.ts';

describe('parseNumberList', () => {
  it('reads space-separated numbers, any amount of white space', () => {
    expect(parseNumberList(' 1  16384\n-0.5 ')).toEqual([1, 16384, -0.5]);
    expect(parseNumberList('')).toEqual([]);
  });

  it('refuses text that is not a finite number', () => {
    for (const bad of ['1 x', 'NaN', '1 Infinity', '1e999'])
      expect(() => parseNumberList(bad), bad).toThrow(RangeError);
  });
});

describe('encodeWeights', () => {
  it('round-trips the shipped weights exactly through decodeWeights', () => {
    const { weights } = parseModelCard(cardJson);
    const text = encodeWeights(weights);
    expect(text.split(' ')).toHaveLength(13);
    expect(decodeWeights(text)).toEqual(weights);
  });

  it('lists kernel rows, then biases, in Keras order', () => {
    const w = {
      dense1: {
        kernel: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        bias: [7, 8, 9],
      },
      dense2: { kernel: [[10], [11], [12]], bias: [13] },
    };
    expect(encodeWeights(w)).toBe(formatNumberList([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));
    expect(() => decodeWeights('1 2 3')).toThrow(/13 numbers/);
  });
});

describe('mayAutoLoad', () => {
  it('loads by itself unless the reader asked to save data', () => {
    expect(mayAutoLoad(undefined)).toBe(true);
    expect(mayAutoLoad({})).toBe(true);
    expect(mayAutoLoad({ saveData: false })).toBe(true);
    expect(mayAutoLoad({ saveData: true })).toBe(false);
  });
});
