/**
 * The class colours and the diverging scale built on them: class 0 at p = 0, a light neutral at
 * the decision threshold 0.5, class 1 at p = 1, mixed in RGB by d3-scale. The colours themselves
 * live in CSS custom properties (src/styles/class-colours.css): the islands read them there and
 * pass them here, so the heatmaps, the network diagram, the points and the legends cannot
 * disagree. Pure: the caller supplies the property reader.
 */
import { color, rgb } from 'd3-color';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** The CSS custom properties holding the class colours. */
export const CLASS_COLOUR_PROPERTIES = {
  class0: '--class-0',
  mid: '--class-mid',
  class1: '--class-1',
} as const;

/** The class colours as CSS colour strings (e.g. "#2166ac"). */
export type ClassPalette = Record<keyof typeof CLASS_COLOUR_PROPERTIES, string>;

/**
 * The palette from `read` (e.g. `(p) => getComputedStyle(element).getPropertyValue(p)`). Throws,
 * naming the property, when one is missing or not a colour (the stylesheet did not load).
 */
export function readClassPalette(read: (property: string) => string): ClassPalette {
  const entries = Object.entries(CLASS_COLOUR_PROPERTIES).map(([key, property]) => {
    const value = read(property).trim();
    if (!color(value)) throw new Error(`class colour ${property} is missing or not a colour: "${value}"`);
    return [key, value];
  });
  return Object.fromEntries(entries) as ClassPalette;
}

/**
 * The diverging scale over [low, centre, high] (a probability's [0, 0.5, 1] by default): colour
 * strings, clamped outside the domain, the neutral colour for NaN.
 */
export function divergingScale(
  palette: ClassPalette,
  domain: readonly [number, number, number] = [0, 0.5, 1],
): ScaleLinear<string, string, string> {
  return scaleLinear<string>()
    .domain(domain)
    .range([palette.class0, palette.mid, palette.class1])
    .clamp(true)
    .unknown(palette.mid);
}

/** Steps of the painter's lookup table over [0, 1] (even, so 0.5 has its own entry). */
const STEPS = 256;

/**
 * A painter of probabilities into RGBA (e.g. ImageData.data): each value's colour on
 * `divergingScale(palette)`, read from a table of STEPS + 1 colours the scale computes once, so
 * painting a grid is a lookup per pixel. Opaque; p is clamped to [0, 1], NaN is the neutral colour.
 */
export function probabilityPainter(
  palette: ClassPalette,
): (probabilities: ArrayLike<number>, rgba: Uint8ClampedArray) => void {
  const scale = divergingScale(palette);
  const table = new Uint8ClampedArray((STEPS + 1) * 4);
  for (let i = 0; i <= STEPS; i++) {
    const c = rgb(scale(i / STEPS));
    table.set([c.r, c.g, c.b, 255], i * 4);
  }
  return (probabilities, rgba) => {
    if (rgba.length !== probabilities.length * 4) {
      throw new RangeError(
        `paint: ${probabilities.length} values need ${probabilities.length * 4} bytes, got ${rgba.length}`,
      );
    }
    for (let k = 0; k < probabilities.length; k++) {
      const p = probabilities[k] ?? Number.NaN;
      const i = Number.isNaN(p) ? STEPS / 2 : Math.round(Math.min(1, Math.max(0, p)) * STEPS);
      rgba.set(table.subarray(i * 4, i * 4 + 4), k * 4);
    }
  };
}

/** WCAG relative luminance of a CSS colour (0 black – 1 white). */
export function relativeLuminance(css: string): number {
  const { r, g, b } = rgb(css);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
