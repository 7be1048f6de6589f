import { describe, expect, it } from 'vitest';
import type { NetworkSpec } from '../../../src/lib/model/network.ts';
import type { Heatmap } from '../../../src/lib/playground/heatmap.ts';
import type { DoneMessage, ProgressMessage, ReadyMessage } from '../../../src/lib/playground/protocol.ts';
import {
  INITIAL_RUN_STATE,
  enabledActions,
  nextRunState,
  statusText,
  type RunState,
} from '../../../src/lib/playground/run-state.ts';

const heatmap: Heatmap = { n: 2, values: new Float64Array(4), contour: [] };
const metrics = { trainLoss: 0.7, trainAccuracy: 0.5, testLoss: 0.71, testAccuracy: 0.49 };
const ready: ReadyMessage = {
  type: 'ready',
  trainPoints: [[0.2, 0.1]],
  trainLabels: [1],
  positiveShare: 0.56,
  weights: [],
  epochs: 100,
  metrics,
  heatmap,
};
const progress = (epoch: number, running: boolean): ProgressMessage => ({
  type: 'progress',
  epoch,
  epochs: 100,
  running,
  firstEpoch: 1,
  epochLosses: [],
  positiveShare: 0.56,
  weights: [],
  heatmap,
  ...metrics,
});
const done: DoneMessage = { ...progress(100, false), type: 'done', testAccuracy: 0.987 };
const spec: NetworkSpec = { inputs: 2, hidden: [3], activation: 'sigmoid' };

/** Applies events in order, each at its time (ms). */
function run(events: [Parameters<typeof nextRunState>[1], number][], from: RunState = INITIAL_RUN_STATE) {
  return events.reduce((state, [event, now]) => nextRunState(state, event, now), from);
}

describe('nextRunState', () => {
  it('follows a run from ready through training to done, timing the play', () => {
    const idle = run([[ready, 0]]);
    expect(idle).toMatchObject({ kind: 'idle', run: { epoch: 0, epochs: 100, positiveShare: 0.56 } });
    const training = run([[{ type: 'play' }, 1000]], idle);
    expect(training).toMatchObject({ kind: 'training', since: { time: 1000, epoch: 0 } });
    const later = run([[progress(40, true), 1500]], training);
    expect(later).toMatchObject({ kind: 'training', run: { epoch: 40 }, since: { time: 1000, epoch: 0 } });
    const end = run([[done, 3000]], later);
    expect(end).toMatchObject({ kind: 'done', run: { epoch: 100 }, playedFor: { seconds: 2, epochs: 100 } });
    expect(statusText(end, spec, 100)).toBe(
      '训练完成：100 个 epoch，2.0 秒（每秒 50 个）；留出集准确率 98.7%。',
    );
  });

  it('pauses to idle at the reported epoch; a run finished by steps reports no rate', () => {
    const paused = run([
      [ready, 0],
      [{ type: 'play' }, 0],
      [progress(7, false), 100],
    ]);
    expect(paused).toMatchObject({ kind: 'idle', run: { epoch: 7 } });
    expect(statusText(paused, spec, 100)).toBe('已暂停：epoch 7 / 100。');
    const end = run([[done, 200]], paused);
    expect(end).toMatchObject({ kind: 'done', playedFor: undefined });
    expect(statusText(end, spec, 100)).not.toContain('秒');
  });

  it('ignores what a replaced run still sends, and play before the data', () => {
    const preparing = run([
      [ready, 0],
      [{ type: 'starting', why: 'reset' }, 10],
    ]);
    expect(preparing).toEqual({ kind: 'idle', run: undefined, preparing: 'reset' });
    for (const event of [progress(5, true), done, { type: 'play' } as const]) {
      expect(nextRunState(preparing, event, 20)).toBe(preparing);
    }
    expect(statusText(preparing, spec, 100)).toBe('正在重置…');
    expect(statusText(INITIAL_RUN_STATE, spec, 100)).toBe('正在准备数据和初始权重…');
  });

  it('fails on a worker error or a page-side failure, and starts again from there', () => {
    const failed = run([
      [ready, 0],
      [{ type: 'error', message: '训练出错：x' }, 1],
    ]);
    expect(failed).toEqual({ kind: 'failed', message: '训练出错：x' });
    expect(nextRunState(failed, progress(3, true), 2)).toBe(failed);
    expect(run([[{ type: 'failed', message: '训练线程出错。' }, 0]])).toEqual({
      kind: 'failed',
      message: '训练线程出错。',
    });
    expect(run([[ready, 3]], failed)).toMatchObject({ kind: 'idle', run: { epoch: 0 } });
  });
});

describe('statusText', () => {
  it('says what is ready: points, network shape and parameter count', () => {
    expect(statusText(run([[ready, 0]]), { ...spec, hidden: [5, 5] }, 200)).toBe(
      '就绪：200 个训练点，网络 2-5-5-1（51 个参数）。按“开始训练”。',
    );
    expect(
      statusText(
        run([
          [ready, 0],
          [{ type: 'play' }, 0],
        ]),
        spec,
        100,
      ),
    ).toBe('训练中：共 100 个 epoch，可随时暂停。');
  });
});

describe('enabledActions', () => {
  const on = (state: RunState, exporting = false) =>
    Object.entries(enabledActions(state, exporting))
      .filter(([, enabled]) => enabled)
      .map(([action]) => action);

  it.each<[string, RunState, boolean, string[]]>([
    ['preparing', INITIAL_RUN_STATE, false, []],
    ['ready at epoch 0', run([[ready, 0]]), false, ['play', 'step']],
    [
      'training',
      run([
        [ready, 0],
        [{ type: 'play' }, 0],
      ]),
      false,
      ['pause', 'reset'],
    ],
    [
      'paused at epoch 7',
      run([
        [ready, 0],
        [progress(7, false), 0],
      ]),
      false,
      ['play', 'step', 'reset', 'export'],
    ],
    [
      'paused, exporting',
      run([
        [ready, 0],
        [progress(7, false), 0],
      ]),
      true,
      [],
    ],
    [
      'done',
      run([
        [ready, 0],
        [done, 0],
      ]),
      false,
      ['reset', 'export'],
    ],
    ['failed', { kind: 'failed', message: 'x' }, false, []],
  ])('%s', (_, state, exporting, expected) => {
    expect(on(state, exporting)).toEqual(expected);
  });
});
