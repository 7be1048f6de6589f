/**
 * The generated files in `models/` that pages read at build time: the shipped model card
 * (`separator.json`) and the label-bug results (`label-bug.json`), each checked against its schema
 * once per build. A missing or broken file fails the build naming the file and the field, e.g.
 * "models/separator.json: training.lossForm must be one of logits, clipped-probability, got nothing".
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseModelCard, type ShippedModelCard } from '../lib/model/card.ts';
import { parseLabelBugResults } from '../lib/model/label-bug.ts';
import type { LabelBugResults } from '../schemas/label-bug.ts';

/**
 * Folder the generated model files are read from: `models/` at the project root, or
 * `$MODELS_DIR` (absolute, or relative to the working directory). Tests point it at broken copies.
 */
export function modelsDir(cwd: string = process.cwd()): string {
  const configured = process.env['MODELS_DIR'];
  if (configured === undefined || configured === '') return resolve(cwd, 'models');
  return isAbsolute(configured) ? configured : resolve(cwd, configured);
}

/** A JSON file of the models folder, and its name as errors give it (relative to the project). */
function readModelsJson(name: string): { json: unknown; source: string } {
  const path = resolve(modelsDir(), name);
  const source = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${source}: cannot read the file (run npm run train): ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return { json: JSON.parse(text) as unknown, source };
  } catch (error) {
    throw new Error(`${source}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

let card: ShippedModelCard | undefined;
let labelBug: LabelBugResults | undefined;

/** The shipped model card, `models/separator.json`, checked. */
export function shippedModelCard(): ShippedModelCard {
  if (!card) {
    const { json, source } = readModelsJson('separator.json');
    card = parseModelCard(json, source);
  }
  return card;
}

/** The label-bug results, `models/label-bug.json`, checked. */
export function labelBugResults(): LabelBugResults {
  if (!labelBug) {
    const { json, source } = readModelsJson('label-bug.json');
    labelBug = parseLabelBugResults(json, source);
  }
  return labelBug;
}
