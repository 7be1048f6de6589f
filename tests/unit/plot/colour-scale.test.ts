import { describe, expect, it } from 'vitest';
import {
  barGradient,
  barOffset,
  barTicks,
  divergingColour,
  paintScale,
  type DivergingScale,
} from '../../../src/lib/plot/colour-scale.ts';

const scale: DivergingScale = {
  domain: [0, 1],
  centre: 0.5,
  low: [0, 0, 200],
  mid: [250, 250, 250],
  high: [200, 0, 0],
};

describe('divergingColour', () => {
  it('gives low, mid and high at the start, centre and end', () => {
    expect(divergingColour(scale, 0)).toEqual([0, 0, 200]);
    expect(divergingColour(scale, 0.5)).toEqual([250, 250, 250]);
    expect(divergingColour(scale, 1)).toEqual([200, 0, 0]);
  });

  it('mixes linearly on each side and clamps outside the domain', () => {
    expect(divergingColour(scale, 0.25)).toEqual([125, 125, 225]);
    expect(divergingColour(scale, 0.75)).toEqual([225, 125, 125]);
    expect(divergingColour(scale, -3)).toEqual(divergingColour(scale, 0));
    expect(divergingColour(scale, Number.NaN)).toEqual(scale.mid);
  });

  it('refuses a centre outside the domain', () => {
    expect(() => divergingColour({ ...scale, centre: 1 }, 0.3)).toThrow(RangeError);
  });
});

describe('barTicks', () => {
  it('puts the 0.5 label exactly in the middle of a 0–1 bar', () => {
    expect(barTicks(scale)).toEqual([
      { value: 0, offset: 0 },
      { value: 0.5, offset: 0.5 },
      { value: 1, offset: 1 },
    ]);
  });

  it('places labels at their own offsets on an off-centre domain', () => {
    const skew: DivergingScale = { ...scale, domain: [0, 2] };
    expect(barOffset(skew, 0.5)).toBe(0.25);
    expect(barTicks(skew, [1]).at(0)?.offset).toBe(0.5);
  });
});

describe('barGradient', () => {
  it('stops at the ends and the centre so the bar matches its labels', () => {
    expect(barGradient(scale)).toBe(
      'linear-gradient(to right, rgb(0 0 200) 0%, rgb(250 250 250) 50%, rgb(200 0 0) 100%)',
    );
  });
});

describe('paintScale', () => {
  it('fills opaque RGBA and checks the buffer size', () => {
    const rgba = new Uint8ClampedArray(8);
    paintScale(scale, [0, 1], rgba);
    expect([...rgba]).toEqual([0, 0, 200, 255, 200, 0, 0, 255]);
    expect(() => paintScale(scale, [0], new Uint8ClampedArray(8))).toThrow(RangeError);
  });
});
