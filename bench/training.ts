/**
 * Training speed in Node with the TypeScript trainer that `npm run train` and the playground's
 * worker share (src/lib/model/): epochs per second with the article's settings, for the
 * `playground` section of `npm run bench` (beside the worker's figure) and for
 * `npm run bench:model`.
 */
import { ARTICLE_RUN, setupRun } from '../src/lib/model/run.ts';
import { summarizeRuns, type RunSummary } from '../tools/weight/metrics.ts';
import { ms, range, type Row } from './report.ts';

/** Node training with the article's settings. */
export interface NodeTrainingResult {
  epochs: number;
  /** Time for the epochs (data and initial weights made before the clock starts), ms. */
  trainMs: RunSummary;
  epochsPerSecond: RunSummary;
}

/** Trains the article's run `runs` times and times the epochs. */
export function benchNodeTraining(runs: number): NodeTrainingResult {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { trainer } = setupRun(ARTICLE_RUN);
    const start = performance.now();
    for (let epoch = 0; epoch < ARTICLE_RUN.epochs; epoch++) trainer.runEpoch();
    durations.push(performance.now() - start);
  }
  return {
    epochs: ARTICLE_RUN.epochs,
    trainMs: summarizeRuns(durations),
    epochsPerSecond: summarizeRuns(durations.map((d) => (1000 * ARTICLE_RUN.epochs) / d)),
  };
}

/** Rows of the bench table. */
export function nodeTrainingRows(r: NodeTrainingResult): Row[] {
  const perSecond = (v: number) => `${Math.round(v)} /s`;
  return [
    {
      section: 'playground',
      measure: 'Node training, article settings: epochs per second',
      median: perSecond(r.epochsPerSecond.median),
      range: range(r.epochsPerSecond, perSecond),
      notes: `${r.epochs} epochs in ${ms(r.trainMs.median)} (median); same trainer as the worker, no evaluation between epochs`,
    },
  ];
}
