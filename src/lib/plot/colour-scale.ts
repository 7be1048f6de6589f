/**
 * A diverging colour scale centred on a value (0.5 for a probability): `low` at the domain's
 * start, `mid` at the centre, `high` at its end, mixed linearly in sRGB on each side. The colour
 * bar that explains it places each label at the value's own offset, so the centre's label sits
 * exactly halfway when the centre is halfway through the domain.
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** A diverging scale: colours at the domain's ends and at its centre. */
export interface DivergingScale {
  /** [start, end] of the values shown. */
  domain: readonly [number, number];
  /** The value shown in `mid` (e.g. the decision threshold 0.5). */
  centre: number;
  low: Rgb;
  mid: Rgb;
  high: Rgb;
}

/** One label on a colour bar. */
export interface BarTick {
  value: number;
  /** Distance from the bar's start, 0–1 (multiply by 100 for a CSS `left: …%`). */
  offset: number;
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

function checkScale({ domain: [start, end], centre }: DivergingScale): void {
  if (!(start < end) || !(centre > start && centre < end)) {
    throw new RangeError(`diverging scale: need start < centre < end, got ${start}, ${centre}, ${end}`);
  }
}

/** Colour of `value` (clamped to the domain; NaN shows as `mid`). */
export function divergingColour(scale: DivergingScale, value: number): Rgb {
  checkScale(scale);
  const [start, end] = scale.domain;
  if (Number.isNaN(value)) return scale.mid;
  const v = Math.min(end, Math.max(start, value));
  return v < scale.centre
    ? mix(scale.low, scale.mid, (v - start) / (scale.centre - start))
    : mix(scale.mid, scale.high, (v - scale.centre) / (end - scale.centre));
}

/** Offset (0–1) of `value` along a bar drawn over the scale's domain. */
export function barOffset(scale: DivergingScale, value: number): number {
  const [start, end] = scale.domain;
  return (value - start) / (end - start);
}

/** Labels for a colour bar: the domain's ends and the centre, each at its own offset. */
export function barTicks(
  scale: DivergingScale,
  values: readonly number[] = [scale.domain[0], scale.centre, scale.domain[1]],
): BarTick[] {
  checkScale(scale);
  return values.map((value) => ({ value, offset: barOffset(scale, value) }));
}

/**
 * A CSS `linear-gradient` for the bar (towards the right). Stops at the ends and the centre
 * are exact, so the bar's middle colour sits under the centre's label.
 */
export function barGradient(scale: DivergingScale, direction = 'to right'): string {
  checkScale(scale);
  const stop = (c: Rgb, offset: number) => `rgb(${c.join(' ')}) ${Number((offset * 100).toFixed(3))}%`;
  return `linear-gradient(${direction}, ${stop(scale.low, 0)}, ${stop(scale.mid, barOffset(scale, scale.centre))}, ${stop(scale.high, 1)})`;
}

/** Fills an RGBA buffer (e.g. ImageData.data) with the colours of `values`, opaque. */
export function paintScale(scale: DivergingScale, values: ArrayLike<number>, rgba: Uint8ClampedArray): void {
  if (rgba.length !== values.length * 4) {
    throw new RangeError(`paintScale: need ${values.length * 4} bytes, got ${rgba.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    const [r, g, b] = divergingColour(scale, values[i] ?? Number.NaN);
    rgba.set([r, g, b, 255], i * 4);
  }
}
