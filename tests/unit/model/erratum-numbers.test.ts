/**
 * The numbers the article's editor's notes quote from the TypeScript reproduction of the seed's
 * Keras code. They are read from the article itself — every `<ReproNumber>` as
 * `remarkContentFacts` records it — and recomputed here, so the text cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import {
  readContentFacts,
  remarkContentFacts,
  type ReproNumberFact,
} from '../../../src/lib/markdown/content-facts.ts';
import {
  binaryCrossEntropy,
  binaryCrossEntropyFromLogit,
  sampleLossGradLogit,
  type LossForm,
} from '../../../src/lib/model/loss.ts';
import { roundNetworkToFloat32 } from '../../../src/lib/model/network.ts';
import { createRng } from '../../../src/lib/model/random.ts';
import { ARTICLE_RUN, STREAMS, setupRun } from '../../../src/lib/model/run.ts';
import { createTrainer, evaluate, type Evaluation } from '../../../src/lib/model/train.ts';
import type { LabelEncoding } from '../../../src/lib/model/dataset.ts';

const ARTICLE = 'content/article/ai-datacenter-careers.mdx';

/** The seeds the notes' ranges are taken over. */
const SEEDS = [0, 1, 2, 3, 4, 5];

/** Every `<ReproNumber>` in the article, parsed as @astrojs/mdx parses it. */
async function articleReproNumbers(): Promise<ReproNumberFact[]> {
  // The YAML frontmatter blanked out line for line, so positions in errors stay the file's.
  const content = readFileSync(ARTICLE, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (block) =>
    block.replace(/[^\n]/g, ''),
  );
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkContentFacts);
  const file = new VFile({ value: content, path: ARTICLE });
  await processor.run(processor.parse(file), file);
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return readContentFacts(data.astro?.frontmatter ?? {}).reproNumbers;
}

/** One run of the article's training (seed's data, Keras-default weights, shuffles). */
interface ReproRun {
  epochLosses: number[];
  train: Evaluation;
  test: Evaluation;
  positiveShare: number;
  /** Trains `epochs` more epochs and returns the last one's loss. */
  trainMore: (epochs: number) => number;
}

function reproRun(seed: number, labels: LabelEncoding, lossForm: LossForm): ReproRun {
  const setup = setupRun({ ...ARTICLE_RUN, seed, labels });
  const { spec, adam, batchSize, epochs } = setup.config;
  const trainer = createTrainer(spec, setup.initial, setup.trainData, {
    batchSize,
    adam,
    shuffleRng: createRng(seed, STREAMS.shuffle),
    lossForm,
  });
  const epochLosses = Array.from({ length: epochs }, () => trainer.runEpoch());
  // Evaluated with the float32 weights, as the shipped experiment does (models/lib/experiment.ts).
  const weights = roundNetworkToFloat32(trainer.weights);
  return {
    epochLosses,
    train: evaluate(spec, weights, setup.trainData, lossForm),
    test: evaluate(spec, weights, setup.testData, lossForm),
    positiveShare: setup.positiveShare,
    trainMore: (more) => {
      let loss = Number.NaN;
      for (let i = 0; i < more; i++) loss = trainer.runEpoch();
      return loss;
    },
  };
}

let numbers: ReproNumberFact[];
let pm1: ReproRun[];
let zeroOne: ReproRun[];

beforeAll(async () => {
  numbers = await articleReproNumbers();
  // The notes describe Keras 3's TensorFlow path: the loss from the output logit, no clipping.
  pm1 = SEEDS.map((seed) => reproRun(seed, 'plus-minus-one', 'logits'));
  zeroOne = SEEDS.map((seed) => reproRun(seed, 'zero-one', 'logits'));
});

const last = (values: number[]) => values[values.length - 1] ?? Number.NaN;

/** How to recompute each number the article quotes: one value, or one value per seed. */
const RECOMPUTE: Record<string, () => number | number[]> = {
  'clipped-floor': () => binaryCrossEntropy(0, -1),
  'pm1-logits-final-loss': () => pm1.map((run) => last(run.epochLosses)),
  'pm1-logits-train-accuracy': () => pm1.map((run) => run.train.accuracy),
  'zero-one-final-loss': () => zeroOne.map((run) => last(run.epochLosses)),
  'zero-one-test-accuracy': () => zeroOne.map((run) => run.test.accuracy),
};

/** Half a unit in the last digit written: "0.28" claims ±0.005. */
function tolerance(written: string): number {
  const decimals = written.split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-12;
}

describe('the erratum numbers in the article', () => {
  it('quotes every number the test knows, and only those', () => {
    expect(numbers.map((n) => n.id).sort()).toEqual(Object.keys(RECOMPUTE).sort());
  });

  it('match the TypeScript reproduction to the digits written', () => {
    for (const fact of numbers) {
      const computed = RECOMPUTE[fact.id]?.();
      if (computed === undefined) throw new Error(`no recomputation for <ReproNumber id="${fact.id}">`);
      if (fact.value !== undefined) {
        expect(typeof computed, fact.id).toBe('number');
        expect(Math.abs((computed as number) - Number(fact.value)), fact.id).toBeLessThanOrEqual(
          tolerance(fact.value),
        );
      } else {
        const values = typeof computed === 'number' ? [computed] : computed;
        const min = Math.min(...values);
        const max = Math.max(...values);
        expect(Math.abs(min - Number(fact.min)), `${fact.id} min`).toBeLessThanOrEqual(
          tolerance(fact.min ?? ''),
        );
        expect(Math.abs(max - Number(fact.max)), `${fact.id} max`).toBeLessThanOrEqual(
          tolerance(fact.max ?? ''),
        );
      }
    }
  });
});

describe('the erratum statements that are not numbers', () => {
  it('with label −1 the logit loss has no lower bound and its gradient never vanishes', () => {
    const floor = binaryCrossEntropy(0, -1);
    expect(binaryCrossEntropyFromLogit(-20, -1)).toBeLessThan(floor);
    expect(binaryCrossEntropyFromLogit(-1000, -1)).toBeCloseTo(-1000, 6);
    for (const p of [1e-12, 0.01, 0.5, 0.99]) expect(sampleLossGradLogit('logits', p, -1)).toBeGreaterThan(1);
  });

  it('with label −1 every run ends with a negative loss that keeps falling as training goes on', () => {
    for (const run of pm1) expect(last(run.epochLosses)).toBeLessThan(0);
    const run = pm1[0];
    const before = last(run.epochLosses);
    expect(run.trainMore(500)).toBeLessThan(before);
  });

  it('with label −1 accuracy stays at or below the share of +1 labels, and far below it', () => {
    for (const run of pm1) {
      expect(run.train.accuracy).toBeLessThanOrEqual(run.positiveShare);
      expect(run.train.accuracy).toBeLessThan(run.positiveShare / 1.5);
    }
  });

  it('with 0/1 labels the loss stays far above the seed’s 0.0012', () => {
    for (const run of zeroOne) expect(last(run.epochLosses)).toBeGreaterThan(10 * 0.0012);
  });
});
