/**
 * Axis ticks at "nice" values (1, 2 or 5 × 10ⁿ apart), as in d3's `ticks`: the step is chosen so
 * that about `count` ticks cover [min, max], and every tick lies inside the interval.
 */

/** Ticks of one axis. */
export interface AxisTicks {
  /** Tick values, ascending, all within [min, max]. */
  values: number[];
  /** Distance between neighbouring ticks. */
  step: number;
  /** Decimal places that show every tick exactly (e.g. 1 for a step of 0.2). */
  decimals: number;
}

/** The nice step (1, 2 or 5 × 10ⁿ) closest to span / count. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0) || !Number.isFinite(span)) {
    throw new RangeError(`niceStep: need a positive span and count, got ${span}, ${count}`);
  }
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  // Thresholds are the geometric means between 1, 2, 5 and 10 (as d3 uses).
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * About `count` nice ticks inside [min, max]. Values are rounded to the step's decimals, so
 * 0.1 + 0.2 shows as 0.3. A degenerate interval (min = max) has one tick.
 */
export function niceTicks(min: number, max: number, count = 5): AxisTicks {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new RangeError(`niceTicks: need finite min ≤ max, got ${min}, ${max}`);
  }
  if (min === max) return { values: [min], step: 0, decimals: decimalsOf(min) };
  const step = niceStep(max - min, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const values: number[] = [];
  for (let k = first; k <= last; k++) values.push(Number((k * step).toFixed(decimals)));
  return { values, step, decimals };
}

/** Text of a tick with the axis's decimals ("0.0", "0.2", …); −0 shows as "0". */
export function formatTick(value: number, decimals: number): string {
  return (Object.is(value, -0) ? 0 : value).toFixed(decimals);
}

/** Position of `value` on an axis drawn from `from` (at min) to `to` (at max), linearly. */
export function scaleLinear(
  value: number,
  [min, max]: readonly [number, number],
  [from, to]: readonly [number, number],
): number {
  return max === min ? (from + to) / 2 : from + ((value - min) / (max - min)) * (to - from);
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}
