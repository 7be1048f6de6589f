import { describe, expect, it } from 'vitest';
import { checkNetworkSizes, edgeWidth, layoutNetwork } from '../../../src/lib/plot/network.ts';

const k231 = [
  [
    [1, -2, 0],
    [0.5, 4, -1],
  ],
  [[2], [-0.5], [0]],
];

describe('checkNetworkSizes', () => {
  it('accepts 2–(1..8)–(1..8)?–1 and nothing else', () => {
    expect(() => checkNetworkSizes([2, 3, 1])).not.toThrow();
    expect(() => checkNetworkSizes([2, 8, 8, 1])).not.toThrow();
    expect(() => checkNetworkSizes([2, 1, 1])).not.toThrow();
    for (const bad of [
      [2, 1],
      [3, 3, 1],
      [2, 9, 1],
      [2, 3, 2],
      [2, 0, 1],
      [2, 2, 2, 2, 1],
      [2, 2.5, 1],
    ]) {
      expect(() => checkNetworkSizes(bad), bad.join('–')).toThrow(RangeError);
    }
  });
});

describe('layoutNetwork', () => {
  const layout = layoutNetwork([2, 3, 1], k231, { width: 300, height: 200, padding: 20 });

  it('puts layers in evenly spaced columns, nodes centred vertically', () => {
    expect(layout.nodes.map((layer) => layer.map((n) => n.x))).toEqual([[20, 20], [150, 150, 150], [280]]);
    expect(layout.nodes[1]?.map((n) => n.y)).toEqual([20, 100, 180]);
    expect(layout.nodes[0]?.map((n) => n.y)).toEqual([60, 140]);
    expect(layout.nodes[2]?.[0]?.y).toBe(100);
  });

  it('has one edge per weight, widest for the largest |weight|, signed', () => {
    expect(layout.edges).toHaveLength(2 * 3 + 3 * 1);
    const widest = layout.edges.reduce((a, b) => (b.width > a.width ? b : a));
    expect(widest).toMatchObject({ layer: 0, from: 1, to: 1, weight: 4, width: 6, sign: 'positive' });
    const negative = layout.edges.find((e) => e.layer === 0 && e.from === 0 && e.to === 1);
    expect(negative).toMatchObject({ weight: -2, sign: 'negative', x1: 20, y1: 60, x2: 150, y2: 100 });
    expect(negative?.width).toBeCloseTo(0.5 + 0.5 * 5.5);
    expect(layout.edges.find((e) => e.weight === 0)?.sign).toBe('zero');
  });

  it('lays out two hidden layers and refuses kernels of the wrong shape', () => {
    const two = layoutNetwork(
      [2, 2, 2, 1],
      [
        [
          [1, 1],
          [1, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
        [[1], [1]],
      ],
    );
    expect(two.nodes.map((l) => l.length)).toEqual([2, 2, 2, 1]);
    expect(two.edges).toHaveLength(4 + 4 + 2);
    expect(() => layoutNetwork([2, 3, 1], [k231[0]])).toThrow(RangeError);
    expect(() => layoutNetwork([2, 2, 1], k231)).toThrow(RangeError);
  });
});

describe('edgeWidth', () => {
  it('is linear in |weight| between the limits', () => {
    expect(edgeWidth(0, 2, 1, 5)).toBe(1);
    expect(edgeWidth(-1, 2, 1, 5)).toBe(3);
    expect(edgeWidth(2, 2, 1, 5)).toBe(5);
    expect(edgeWidth(1, 0, 1, 5)).toBe(1);
  });
});
