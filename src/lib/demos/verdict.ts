/**
 * The forward-pass demo's result line, written the same way at build time (for the starting
 * input, computed with the TypeScript pass) and by the island (from onnxruntime-web).
 */

/** "y = 0.9903，预测类别 1（真实规则：x₁ > x₂，类别 1）" for input (x₁, x₂) and output y. */
export function verdictText(x1: number, x2: number, y: number): string {
  const truth = x1 > x2;
  return `y = ${y.toFixed(4)}，预测类别 ${y > 0.5 ? 1 : 0}（真实规则：x₁ ${truth ? '>' : '≤'} x₂，类别 ${truth ? 1 : 0}）`;
}
