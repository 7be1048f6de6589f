import { readFileSync } from 'node:fs';
import { rgb } from 'd3-color';
import { schemeRdBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import {
  CLASS_COLOUR_PROPERTIES,
  divergingScale,
  probabilityPainter,
  readClassPalette,
  relativeLuminance,
  type ClassPalette,
} from '../../../src/lib/plot/class-colours.ts';

/** The custom properties as class-colours.css declares them. */
function cssProperties(): Record<string, string> {
  const css = readFileSync(new URL('../../../src/styles/class-colours.css', import.meta.url), 'utf8');
  return Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const palette: ClassPalette = readClassPalette((p) => cssProperties()[p] ?? '');
const channels = (css: string) => {
  const { r, g, b } = rgb(css);
  return [r, g, b];
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('class-colours.css', () => {
  it('holds ColorBrewer RdBu (7 classes): blue end for class 0, the middle, red end for class 1', () => {
    const scheme = schemeRdBu[7];
    expect(palette).toEqual({ class0: scheme[6], mid: scheme[3], class1: scheme[0] });
    expect(Object.keys(cssProperties()).sort()).toEqual(Object.values(CLASS_COLOUR_PROPERTIES).sort());
  });

  it('keeps both class colours at 4.5:1 or more against white (labels on them stay legible)', () => {
    expect(contrast(palette.class0, '#fff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.class1, '#fff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('readClassPalette', () => {
  it('names a property that is missing or not a colour', () => {
    expect(() => readClassPalette((p) => (p === '--class-mid' ? '' : '#000'))).toThrow(/--class-mid/);
    expect(() => readClassPalette(() => 'not-a-colour')).toThrow(/--class-0.*not-a-colour/);
  });
});

describe('divergingScale', () => {
  it('gives the class colours at the ends and the neutral one at the centre, clamped', () => {
    const scale = divergingScale(palette);
    expect(channels(scale(0))).toEqual(channels(palette.class0));
    expect(channels(scale(0.5))).toEqual(channels(palette.mid));
    expect(channels(scale(1))).toEqual(channels(palette.class1));
    expect(scale(-3)).toBe(scale(0));
    expect(scale(7)).toBe(scale(1));
    expect(channels(scale(Number.NaN))).toEqual(channels(palette.mid));
  });

  it('mixes in RGB on each side, centred where asked', () => {
    const scale = divergingScale({ class0: '#0000c8', mid: '#fafafa', class1: '#c80000' }, [-1, 0, 1]);
    expect(channels(scale(-0.5))).toEqual([125, 125, 225]);
    expect(channels(scale(0.5))).toEqual([225, 125, 125]);
  });
});

describe('probabilityPainter', () => {
  it('paints opaque pixels: the ends and the middle exactly, class 1 reddish above 0.5', () => {
    const rgba = new Uint8ClampedArray(20);
    probabilityPainter(palette)([0, 0.5, 1, 0.6, Number.NaN], rgba);
    const pixel = (k: number) => [...rgba.subarray(k * 4, k * 4 + 4)];
    expect(pixel(0)).toEqual([...channels(palette.class0), 255]);
    expect(pixel(1)).toEqual([...channels(palette.mid), 255]);
    expect(pixel(2)).toEqual([...channels(palette.class1), 255]);
    expect(pixel(3)[0]).toBeGreaterThan(pixel(3)[2] ?? 0);
    expect(pixel(4)).toEqual(pixel(1));
  });

  it('stays within one step of the scale for any value, and checks the buffer size', () => {
    const paint = probabilityPainter(palette);
    const scale = divergingScale(palette);
    const values = Array.from({ length: 101 }, (_, i) => i / 100);
    const rgba = new Uint8ClampedArray(values.length * 4);
    paint(values, rgba);
    values.forEach((v, k) => {
      const want = channels(scale(v));
      for (let c = 0; c < 3; c++)
        expect(Math.abs((rgba[k * 4 + c] ?? 0) - (want[c] ?? 0))).toBeLessThanOrEqual(2);
    });
    expect(() => paint([0, 1], new Uint8ClampedArray(4))).toThrow(RangeError);
  });
});
