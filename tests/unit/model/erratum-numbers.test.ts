/**
 * The label-bug numbers: models/label-bug.json (the one computation every page reads) is exactly
 * what `npm run train` regenerates from the TypeScript reproduction, models/README.md's block is
 * generated from it, the shipped card's runs are its seed 0, and what the article's editor's note
 * says in words (negative loss that keeps falling, accuracy at most the +1 share) holds for it.
 * That built pages state no other number is tests/build/label-bug-numbers.test.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { generateLabelBugFiles } from '../../../models/train.ts';
import { runTraining } from '../../../models/lib/experiment.ts';
import { seedResult } from '../../../models/lib/label-bug.ts';
import { parseModelCard } from '../../../src/lib/model/card.ts';
import {
  readContentFacts,
  remarkContentFacts,
  type ReproNumberFact,
} from '../../../src/lib/markdown/content-facts.ts';
import {
  LABEL_BUG_SEEDS,
  parseLabelBugResults,
  type LabelBugQuantityId,
} from '../../../src/lib/model/label-bug.ts';
import {
  binaryCrossEntropy,
  binaryCrossEntropyFromLogit,
  sampleLossGradLogit,
} from '../../../src/lib/model/loss.ts';
import { ARTICLE_RUN, setupRun } from '../../../src/lib/model/run.ts';
import type { LabelBugResults } from '../../../src/schemas/label-bug.ts';

const ARTICLE = 'content/article/ai-datacenter-careers.mdx';
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** Every `<ReproNumber>` in the article, parsed as @astrojs/mdx parses it. */
async function articleReproNumbers(): Promise<ReproNumberFact[]> {
  // The YAML frontmatter blanked out line for line, so positions in errors stay the file's.
  const content = read(ARTICLE).replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, ''));
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkContentFacts);
  const file = new VFile({ value: content, path: ARTICLE });
  await processor.run(processor.parse(file), file);
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return readContentFacts(data.astro?.frontmatter ?? {}).reproNumbers;
}

let committed: LabelBugResults;
let fresh: Awaited<ReturnType<typeof generateLabelBugFiles>>;

beforeAll(async () => {
  committed = parseLabelBugResults(JSON.parse(read('models/label-bug.json')), 'models/label-bug.json');
  fresh = await generateLabelBugFiles();
});

describe('models/label-bug.json', () => {
  it('is exactly what npm run train regenerates (run it if this fails)', () => {
    expect(read('models/label-bug.json')).toBe(fresh.resultsText);
  });

  it('has its block in models/README.md, generated from it', () => {
    expect(read('models/README.md')).toBe(fresh.readmeText);
  });

  it('covers seeds 0–5 with the article’s settings and the logit loss for the runs pages quote', () => {
    expect(committed.seeds).toEqual([...LABEL_BUG_SEEDS]);
    expect(committed.settings).toMatchObject({
      epochs: 1000,
      batchSize: 10,
      trainSize: 100,
      learningRate: 0.001,
    });
    expect(committed.runs['plus-minus-one'].lossForm).toBe('logits');
    expect(committed.runs['zero-one'].lossForm).toBe('logits');
    expect(committed.runs['plus-minus-one-clipped'].lossForm).toBe('clipped-probability');
    expect(committed.clippedFloor).toBe(binaryCrossEntropy(0, -1));
  });

  it('holds the shipped card’s two runs as seed 0 (one computation)', () => {
    const card = parseModelCard(JSON.parse(read('models/separator.json')), 'models/separator.json');
    expect(card.training.lossForm).toBe('logits');
    const { labels: _l1, ...main } = card.results;
    const { labels: _l2, note: _n, ...erratum } = card.erratum;
    expect({ seed: 0, ...main }).toEqual(committed.runs['zero-one'].seeds[0]);
    expect({ seed: 0, ...erratum }).toEqual(committed.runs['plus-minus-one'].seeds[0]);
  });
});

describe('the article’s <ReproNumber>s', () => {
  it('state the reproduction’s losses and accuracies for both label encodings', async () => {
    const ids = new Set((await articleReproNumbers()).map((n) => n.id));
    const needed: LabelBugQuantityId[] = [
      'clipped-floor',
      'pm1-logits-final-loss',
      'pm1-logits-train-accuracy',
      'zero-one-final-loss',
      'zero-one-test-accuracy',
    ];
    for (const id of needed) expect(ids, id).toContain(id);
  });
});

describe('what the notes say in words holds for the results', () => {
  const pm1 = () => committed.runs['plus-minus-one'].seeds;

  it('with label −1 the logit loss has no lower bound and its gradient never vanishes', () => {
    const floor = binaryCrossEntropy(0, -1);
    expect(binaryCrossEntropyFromLogit(-20, -1)).toBeLessThan(floor);
    expect(binaryCrossEntropyFromLogit(-1000, -1)).toBeCloseTo(-1000, 6);
    for (const p of [1e-12, 0.01, 0.5, 0.99]) expect(sampleLossGradLogit('logits', p, -1)).toBeGreaterThan(1);
    for (const p of [1e-12, 1 - 1e-12]) expect(sampleLossGradLogit('clipped-probability', p, -1)).toBe(0);
  });

  it('with label −1 every run ends with a negative loss, below the clipped form’s for the same seed', () => {
    pm1().forEach((run, i) => {
      expect(run.finalEpochLoss).toBeLessThan(0);
      expect(run.finalEpochLoss).toBeLessThan(
        committed.runs['plus-minus-one-clipped'].seeds[i].finalEpochLoss,
      );
    });
  });

  it('with label −1 the loss keeps falling as training goes on', () => {
    const setup = setupRun({ ...ARTICLE_RUN, labels: 'plus-minus-one' });
    let loss = Number.NaN;
    for (let e = 0; e < ARTICLE_RUN.epochs; e++) loss = setup.trainer.runEpoch();
    // The trainer is the one that made the results: its epoch 1,000 is seed 0's final loss.
    expect(loss).toBe(pm1()[0].finalEpochLoss);
    let later = loss;
    for (let e = 0; e < 500; e++) later = setup.trainer.runEpoch();
    expect(later).toBeLessThan(loss - 1);
  });

  it('with label −1 accuracy stays at or below the share of +1 labels, and far below it', () => {
    for (const run of pm1()) {
      expect(run.trainAccuracy).toBeLessThanOrEqual(run.positiveShare);
      expect(run.trainAccuracy).toBeLessThan(run.positiveShare / 1.5);
    }
  });

  it('with 0/1 labels the loss stays far above the seed’s 0.0012', () => {
    for (const run of committed.runs['zero-one'].seeds)
      expect(run.finalEpochLoss).toBeGreaterThan(10 * 0.0012);
  });

  it('seedResult reads a run the way the results file stores it', () => {
    const { run } = runTraining(3, 'zero-one', { epochs: 5 });
    expect(seedResult(3, run)).toEqual({
      seed: 3,
      finalEpochLoss: run.epochLosses[4],
      trainLoss: run.train.loss,
      trainAccuracy: run.train.accuracy,
      testLoss: run.test.loss,
      testAccuracy: run.test.accuracy,
      positiveShare: run.positiveShare,
    });
  });
});
