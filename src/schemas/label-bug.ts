/**
 * The label-bug results: `models/label-bug.json`, written by `npm run train` (models/lib/label-bug.ts)
 * from the site's TypeScript reproduction of the article's Keras code, seeds 0–5. Every number the
 * site states about the article's {1, −1} labels is read from this file (src/data/label-bug.ts), so
 * the article, /demos/, the playground, the FAQ and models/README.md cannot disagree.
 *
 * Error messages name the file and the field's path, e.g.
 * "models/label-bug.json: runs.zero-one.seeds[2].testAccuracy must be a number in [0, 1], got 1.2".
 */
import { z } from 'astro/zod';
import { DATASETS } from '../lib/model/dataset.ts';
import { LOSS_FORMS } from '../lib/model/loss.ts';
import { finite, integer, object, text } from './json-fields.ts';
import { runMetricsSchema } from './model-card.ts';

/** One seed's run: its metrics as the model card stores them (the loss `fit` logs, `evaluate` on the float32 weights). */
const seedResultSchema = object({
  seed: integer(0),
  ...runMetricsSchema.omit({ labels: true }).shape,
});

/** One kind of run (label encoding × loss form) over every seed. */
const runSchema = object({
  labels: z.enum(['zero-one', 'plus-minus-one'], { error: 'must be zero-one or plus-minus-one' }),
  lossForm: z.enum(LOSS_FORMS, { error: `must be one of ${LOSS_FORMS.join(', ')}` }),
  /** One entry per seed, in the order of `seeds`. */
  seeds: z.array(seedResultSchema, { error: 'must be an array' }),
});

/** What each run must be: the run ids' meaning (src/lib/model/label-bug.ts's `LABEL_BUG_RUNS`). */
const RUN_KINDS = {
  'plus-minus-one': { labels: 'plus-minus-one', lossForm: 'logits' },
  'zero-one': { labels: 'zero-one', lossForm: 'logits' },
  'plus-minus-one-clipped': { labels: 'plus-minus-one', lossForm: 'clipped-probability' },
} as const;

/** The whole file. */
const shape = object({
  schemaVersion: z.literal(1, { error: 'must be 1' }),
  description: text,
  /** The command that writes the file. */
  generator: text,
  /** The article's settings every run uses (apart from labels and loss form). */
  settings: object({
    dataset: z.enum(DATASETS, { error: `must be one of ${DATASETS.join(', ')}` }),
    trainSize: integer(1),
    testSize: integer(1),
    epochs: integer(1),
    batchSize: integer(1),
    learningRate: finite,
  }),
  /** The seeds every run was trained with. */
  seeds: z.array(integer(0), { error: 'must be an array' }).min(1, { error: 'must list a seed' }),
  /** The clipped loss's floor for one sample with label −1: ln ε − 2 ln(1 − ε), ε = 1e-7. */
  clippedFloor: finite,
  runs: object({
    /** The article's labels, the loss from the logit (Keras 3 + TensorFlow): what the seed's code does. */
    'plus-minus-one': runSchema,
    /** The corrected labels, the same loss form. */
    'zero-one': runSchema,
    /** The article's labels with the clipped loss (Keras's path when no logit is available). */
    'plus-minus-one-clipped': runSchema,
  }),
});

/** The whole file: every run has one result per seed, in order, and is the kind its id says. */
export const labelBugResultsSchema = shape.superRefine((file, ctx) => {
  for (const [id, kind] of Object.entries(RUN_KINDS) as [
    keyof typeof RUN_KINDS,
    (typeof RUN_KINDS)[keyof typeof RUN_KINDS],
  ][]) {
    const run = file.runs[id];
    for (const key of ['labels', 'lossForm'] as const) {
      if (run[key] !== kind[key]) {
        ctx.addIssue({
          code: 'custom',
          path: ['runs', id, key],
          message: `must be ${kind[key]}`,
          input: run[key],
        });
      }
    }
    const seeds = run.seeds.map((s) => s.seed);
    if (seeds.join() !== file.seeds.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['runs', id, 'seeds'],
        message: `must hold one result per seed, in the order [${file.seeds.join(', ')}]`,
        input: seeds,
      });
    }
  }
});

/** The label-bug results file. */
export type LabelBugResults = z.infer<typeof labelBugResultsSchema>;
/** The id of a run. */
export type LabelBugRunId = keyof typeof RUN_KINDS;
/** The run ids and what each is: labels and loss form. */
export const LABEL_BUG_RUNS: Readonly<typeof RUN_KINDS> = RUN_KINDS;
/** One seed's run. */
export type LabelBugSeedResult = z.infer<typeof seedResultSchema>;
