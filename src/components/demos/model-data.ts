/**
 * Build-time data the demo components share: the shipped model card (validated), the model
 * file's URL as a hashed site asset, and number formatting for formulas.
 */
import modelUrl from '../../../models/separator.onnx?url';
import { shippedModelCard } from '../../data/models.ts';

/** The shipped model card (`models/separator.json`), checked by its parser (the build fails naming the field). */
export const card = shippedModelCard();

/** What the islands need to fetch and verify the model. */
export const modelSource = { url: modelUrl, sha256: card.onnx.sha256 };

/** A signed coefficient for a formula: " + 1.234" / " - 1.234" (first term without "+"). */
export function term(value: number, first = false): string {
  const abs = Math.abs(value).toFixed(3);
  if (first) return value < 0 ? `-${abs}` : abs;
  return value < 0 ? ` - ${abs}` : ` + ${abs}`;
}
