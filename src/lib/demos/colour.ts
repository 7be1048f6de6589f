/**
 * Colour map of the heatmap: class 0 (p → 0) blue, class 1 (p → 1) orange, through a light
 * neutral at p = 0.5 (a diverging palette, readable for common colour-vision deficiencies). Both
 * end colours keep at least 4.5:1 contrast against white, so legend labels on them stay legible.
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** Colour for p = 0 (class 0). */
export const CLASS0: Rgb = [33, 102, 172];
/** Colour at the decision threshold p = 0.5. */
export const MIDPOINT: Rgb = [247, 247, 247];
/** Colour for p = 1 (class 1). */
export const CLASS1: Rgb = [178, 24, 43];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

/** Heatmap colour for probability p (clamped to [0, 1]; NaN shows as the midpoint). */
export function probabilityColour(p: number): Rgb {
  if (Number.isNaN(p)) return MIDPOINT;
  const q = Math.min(1, Math.max(0, p));
  return q < 0.5 ? mix(CLASS0, MIDPOINT, q * 2) : mix(MIDPOINT, CLASS1, (q - 0.5) * 2);
}

/** Fills an RGBA buffer (e.g. ImageData.data) with the colours of `probabilities`. */
export function paintProbabilities(probabilities: ArrayLike<number>, rgba: Uint8ClampedArray): void {
  if (rgba.length !== probabilities.length * 4) {
    throw new RangeError(`paintProbabilities: need ${probabilities.length * 4} bytes, got ${rgba.length}`);
  }
  for (let i = 0; i < probabilities.length; i++) {
    const [r, g, b] = probabilityColour(probabilities[i] ?? Number.NaN);
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = g;
    rgba[i * 4 + 2] = b;
    rgba[i * 4 + 3] = 255;
  }
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
