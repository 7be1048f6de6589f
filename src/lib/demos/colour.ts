/**
 * Colour map of the heatmap: class 0 (p → 0) blue, class 1 (p → 1) red, through a light
 * neutral at p = 0.5 (a diverging palette, readable for common colour-vision deficiencies). Both
 * end colours keep at least 4.5:1 contrast against white, so legend labels on them stay legible.
 */
import { divergingColour, paintScale, type DivergingScale, type Rgb } from '../plot/colour-scale.ts';

export type { Rgb };

/** Colour for p = 0 (class 0). */
export const CLASS0: Rgb = [33, 102, 172];
/** Colour at the decision threshold p = 0.5. */
export const MIDPOINT: Rgb = [247, 247, 247];
/** Colour for p = 1 (class 1). */
export const CLASS1: Rgb = [178, 24, 43];

/** The probability scale: [0, 1], centred on the threshold 0.5. */
export const PROBABILITY_SCALE: DivergingScale = {
  domain: [0, 1],
  centre: 0.5,
  low: CLASS0,
  mid: MIDPOINT,
  high: CLASS1,
};

/** Heatmap colour for probability p (clamped to [0, 1]; NaN shows as the midpoint). */
export function probabilityColour(p: number): Rgb {
  return divergingColour(PROBABILITY_SCALE, p);
}

/** Fills an RGBA buffer (e.g. ImageData.data) with the colours of `probabilities`. */
export function paintProbabilities(probabilities: ArrayLike<number>, rgba: Uint8ClampedArray): void {
  paintScale(PROBABILITY_SCALE, probabilities, rgba);
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours (1–21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
