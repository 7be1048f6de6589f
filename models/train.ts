/**
 * Trains the article's network and writes models/separator.onnx and models/separator.json, and
 * the label-bug results for seeds 0–5: models/label-bug.json and their block in models/README.md.
 *
 *   npm run train                 # regenerate the files (byte-identical on any machine)
 *   npm run train -- --check      # exit 1 if the committed files differ from a fresh run
 *   npm run train -- --survey 100 # train seeds 0..99 and print the held-out accuracies
 *
 * Runs on Node 24 with type stripping. The work is in src/lib/model/ (pure TypeScript); this
 * file only adds what needs Node: reading package.json, hashing and writing files.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ONNX_FILE_NAME, SHIPPED_SEED, buildArtifacts } from './lib/artifacts.ts';
import * as prettier from 'prettier';
import { serializeJson, serializeModelCard, type ShippedModelCard } from '../src/lib/model/card.ts';
import type { LabelBugResults } from '../src/schemas/label-bug.ts';
import { runTraining, type RunResult } from './lib/experiment.ts';
import {
  LABEL_BUG_FILE_NAME,
  computeLabelBugResults,
  labelBugReadmeBlock,
  replaceReadmeBlock,
} from './lib/label-bug.ts';

const MODELS_DIR = fileURLToPath(new URL('.', import.meta.url));
/** Absolute paths of the generated files. */
export const ONNX_PATH = `${MODELS_DIR}${ONNX_FILE_NAME}`;
export const CARD_PATH = `${MODELS_DIR}separator.json`;
export const LABEL_BUG_PATH = `${MODELS_DIR}${LABEL_BUG_FILE_NAME}`;
export const README_PATH = `${MODELS_DIR}README.md`;

/** Lower-case hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The bytes `npm run train` writes for the shipped model, computed without writing anything. */
export async function generateModelFiles(seed = SHIPPED_SEED): Promise<{
  onnx: Uint8Array;
  cardText: string;
  card: ShippedModelCard;
  /** The seed's two runs, to reuse for the label-bug results ("runId/seed" keys). */
  runs: Map<string, RunResult>;
}> {
  const { onnx, card, experiment } = buildArtifacts({
    seed,
    producerVersion: await packageVersion(),
    sha256: sha256Hex,
  });
  const runs = new Map([
    [`zero-one/${seed}`, experiment.main],
    [`plus-minus-one/${seed}`, experiment.erratum],
  ]);
  return { onnx, card, cardText: serializeModelCard(card), runs };
}

/**
 * The label-bug results file and models/README.md with its generated block, computed without
 * writing anything. The README is formatted with the repository's Prettier settings.
 */
export async function generateLabelBugFiles(
  known?: Map<string, RunResult>,
): Promise<{ results: LabelBugResults; resultsText: string; readmeText: string }> {
  const results = computeLabelBugResults(known);
  const readme = replaceReadmeBlock(await readFile(README_PATH, 'utf8'), labelBugReadmeBlock(results));
  const options = await prettier.resolveConfig(README_PATH);
  const readmeText = await prettier.format(readme, { ...options, filepath: README_PATH });
  return { results, resultsText: serializeJson(results), readmeText };
}

function summarize(card: ShippedModelCard): string {
  const r = card.results;
  const e = card.erratum;
  return [
    `seed ${card.data.seed}: ${card.training.epochs} epochs, batch ${card.training.batchSize}, ` +
      `${card.data.trainSize} training / ${card.data.testSize} held-out points, loss form ${card.training.lossForm}`,
    `  labels 1/0:  final epoch loss ${r.finalEpochLoss.toFixed(4)}, ` +
      `train accuracy ${r.trainAccuracy}, held-out accuracy ${r.testAccuracy}`,
    `  labels 1/-1: final epoch loss ${e.finalEpochLoss.toFixed(4)}, ` +
      `train accuracy ${e.trainAccuracy}, share of +1 labels ${e.positiveShare}`,
    `  ${card.onnx.file}: ${card.onnx.bytes} bytes, sha256 ${card.onnx.sha256}`,
  ].join('\n');
}

function summarizeLabelBug(results: LabelBugResults): string {
  const lines = [`label-bug results, seeds ${results.seeds.join(', ')} (${LABEL_BUG_FILE_NAME}):`];
  for (const [id, run] of Object.entries(results.runs)) {
    const f = (pick: (s: (typeof run.seeds)[number]) => number, digits: number) =>
      run.seeds.map((s) => pick(s).toFixed(digits)).join(' ');
    lines.push(
      `  ${id} (${run.lossForm}): final loss ${f((s) => s.finalEpochLoss, 3)}`,
      `    train accuracy ${f((s) => s.trainAccuracy, 2)}; held-out ${f((s) => s.testAccuracy, 4)}`,
    );
  }
  return lines.join('\n');
}

function survey(count: number): void {
  const accuracies: number[] = [];
  for (let seed = 0; seed < count; seed++) {
    accuracies.push(runTraining(seed, 'zero-one').run.test.accuracy);
  }
  const sorted = [...accuracies].sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(count - 1, Math.floor(q * count))];
  const passing = accuracies.filter((a) => a >= 0.97).length;
  const mean = accuracies.reduce((a, b) => a + b, 0) / count;
  console.log(`held-out accuracy over seeds 0..${count - 1} (labels 1/0, article settings):`);
  console.log(
    `  min ${sorted[0]}, 10% ${quantile(0.1)}, median ${quantile(0.5)}, ` +
      `90% ${quantile(0.9)}, max ${sorted[count - 1]}, mean ${mean.toFixed(4)}`,
  );
  console.log(`  >= 0.97: ${passing} of ${count} seeds`);
  console.log(`  seed ${SHIPPED_SEED} (shipped): ${accuracies[SHIPPED_SEED] ?? 'not in range'}`);
}

async function main(args: string[]): Promise<void> {
  const surveyAt = args.indexOf('--survey');
  if (surveyAt >= 0) {
    const count = Number(args[surveyAt + 1] ?? 100);
    if (!Number.isInteger(count) || count < 1) throw new Error('--survey needs a positive count');
    survey(count);
    return;
  }
  const { onnx, card, cardText, runs } = await generateModelFiles();
  const { results, resultsText, readmeText } = await generateLabelBugFiles(runs);
  if (args.includes('--check')) {
    const [shippedOnnx, shippedCard, shippedResults, shippedReadme] = await Promise.all([
      readFile(ONNX_PATH),
      readFile(CARD_PATH, 'utf8'),
      readFile(LABEL_BUG_PATH, 'utf8').catch(() => ''),
      readFile(README_PATH, 'utf8'),
    ]);
    const stale = [
      Buffer.compare(shippedOnnx, onnx) === 0 ? null : ONNX_FILE_NAME,
      shippedCard === cardText ? null : 'separator.json',
      shippedResults === resultsText ? null : LABEL_BUG_FILE_NAME,
      shippedReadme === readmeText ? null : 'README.md (label-bug block)',
    ].filter(Boolean);
    if (stale.length > 0) {
      console.error(`out of date: ${stale.join(', ')} — run npm run train`);
      process.exitCode = 1;
    } else {
      console.log('models/ is up to date');
    }
    return;
  }
  await writeFile(ONNX_PATH, onnx);
  await writeFile(CARD_PATH, cardText);
  await writeFile(LABEL_BUG_PATH, resultsText);
  await writeFile(README_PATH, readmeText);
  console.log(summarize(card));
  console.log(summarizeLabelBug(results));
}

if (import.meta.main) await main(process.argv.slice(2));
