/** Validation of the demos' numeric inputs: coordinates in the unit interval [0, 1]. */

export type UnitInput =
  { ok: true; value: number; clamped: boolean; message: string | undefined } | { ok: false; message: string };

/**
 * Parses a reader's entry for x₁ or x₂. Empty or non-numeric text is refused with a message;
 * numbers outside [0, 1] are clamped, with a message saying so. Never returns NaN.
 */
export function parseUnitInput(raw: string): UnitInput {
  const text = raw.trim().replace(/，/g, '.').replace(/．/g, '.');
  if (text === '') return { ok: false, message: '请输入 0 到 1 之间的数字。' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    return { ok: false, message: `“${raw.trim()}”不是数字，请输入 0 到 1 之间的数字。` };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: '数字太大，请输入 0 到 1 之间的数字。' };
  if (value < 0) return { ok: true, value: 0, clamped: true, message: `${text} 小于 0，已按 0 计算。` };
  if (value > 1) return { ok: true, value: 1, clamped: true, message: `${text} 大于 1，已按 1 计算。` };
  return { ok: true, value, clamped: false, message: undefined };
}

/** Moves a coordinate by `step`, staying in [0, 1] and on a 0.01 grid (arrow-key moves). */
export function stepUnit(value: number, step: number): number {
  return Math.min(1, Math.max(0, Math.round((value + step) * 100) / 100));
}

/**
 * Moves a point in the unit square by an arrow key: `step` per press, 0.1 with Shift.
 * Returns the new point, or undefined for keys that are not arrows (let those through).
 */
export function arrowMove(
  point: readonly [number, number],
  key: string,
  shift: boolean,
  step: number,
): [number, number] | undefined {
  const d = shift ? 0.1 : step;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-d, 0],
    ArrowRight: [d, 0],
    ArrowUp: [0, d],
    ArrowDown: [0, -d],
  };
  const move = moves[key];
  return move ? [stepUnit(point[0], move[0]), stepUnit(point[1], move[1])] : undefined;
}
