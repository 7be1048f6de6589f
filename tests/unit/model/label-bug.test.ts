import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KERAS_TF_MEASURED,
  LABEL_BUG_QUANTITIES,
  LABEL_BUG_QUANTITY_IDS,
  LabelBugResultsError,
  formatStated,
  isLabelBugQuantityId,
  parseLabelBugResults,
  stateQuantity,
  toDecimal,
} from '../../../src/lib/model/label-bug.ts';
import type { LabelBugResults } from '../../../src/schemas/label-bug.ts';

const FILE = 'models/label-bug.json';
const json = () =>
  JSON.parse(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8')) as LabelBugResults;
const results = parseLabelBugResults(json(), FILE);

describe('stateQuantity', () => {
  it('states a run’s metric as its range over the seeds, rounded to the digits asked', () => {
    const losses = results.runs['plus-minus-one'].seeds.map((s) => s.finalEpochLoss);
    const stated = stateQuantity(results, 'pm1-logits-final-loss', 2);
    expect(stated.values).toEqual(losses);
    expect(stated.min).toBe(Math.min(...losses).toFixed(2));
    expect(stated.max).toBe(Math.max(...losses).toFixed(2));
    expect(Number(stated.min)).toBeLessThan(Number(stated.max));
  });

  it('states one value as one number', () => {
    const stated = stateQuantity(results, 'clipped-floor', 2);
    expect(stated.min).toBe(stated.max);
    expect(formatStated(stated)).toBe(`−${Math.abs(results.clippedFloor).toFixed(2)}`);
  });

  it('states a measurement with its own digits and refuses others', () => {
    const stated = stateQuantity(results, 'keras-tf-pm1-final-loss');
    expect(stated).toMatchObject(KERAS_TF_MEASURED.plusMinusOne.finalEpochLoss);
    expect(formatStated(stated)).toBe('−11.6 至 −3.5');
    expect(formatStated(stated, ' to ')).toBe('−11.6 to −3.5');
    expect(() => stateQuantity(results, 'keras-tf-pm1-final-loss', 2)).toThrow(
      /stated with 1 decimals, not 2/,
    );
    expect(stateQuantity(results, 'keras-tf-pm1-accuracy', 2).max).toBe('0.35');
  });

  it('needs digits for a reproduced quantity', () => {
    expect(() => stateQuantity(results, 'zero-one-test-accuracy')).toThrow(/needs digits/);
    expect(() => stateQuantity(results, 'zero-one-test-accuracy', 7)).toThrow(/needs digits/);
  });

  it('knows every id it lists, and nothing else', () => {
    for (const id of LABEL_BUG_QUANTITY_IDS) expect(isLabelBugQuantityId(id)).toBe(true);
    expect(isLabelBugQuantityId('toString')).toBe(false);
    expect(Object.keys(LABEL_BUG_QUANTITIES)).toEqual(LABEL_BUG_QUANTITY_IDS);
  });
});

describe('toDecimal', () => {
  it('rounds like toFixed and never writes −0', () => {
    expect(toDecimal(-10.443, 2)).toBe('-10.44');
    expect(toDecimal(0.9701, 3)).toBe('0.970');
    expect(toDecimal(-0.001, 2)).toBe('0.00');
    expect(toDecimal(-0, 0)).toBe('0');
  });
});

describe('parseLabelBugResults', () => {
  const broken = (edit: (r: LabelBugResults) => void) => {
    const r = json();
    edit(r);
    return r;
  };

  it.each([
    [
      'a missing run',
      (r: LabelBugResults) => delete (r.runs as Partial<LabelBugResults['runs']>)['zero-one'],
      `${FILE}: runs.zero-one must be an object, got nothing`,
    ],
    [
      'an accuracy above 1',
      (r: LabelBugResults) => (r.runs['zero-one'].seeds[2].testAccuracy = 1.2),
      `${FILE}: runs.zero-one.seeds[2].testAccuracy must be a number in [0, 1], got 1.2`,
    ],
    [
      'a run of the wrong loss form',
      (r: LabelBugResults) => (r.runs['plus-minus-one'].lossForm = 'clipped-probability'),
      `${FILE}: runs.plus-minus-one.lossForm must be logits, got "clipped-probability"`,
    ],
    [
      'a seed missing from a run',
      (r: LabelBugResults) => r.runs['plus-minus-one-clipped'].seeds.pop(),
      `${FILE}: runs.plus-minus-one-clipped.seeds must hold one result per seed, in the order [0, 1, 2, 3, 4, 5]`,
    ],
    [
      'an unknown loss form',
      (r: LabelBugResults) => ((r.runs['zero-one'] as { lossForm: string }).lossForm = 'probability'),
      `${FILE}: runs.zero-one.lossForm must be one of logits, clipped-probability, got "probability"`,
    ],
  ])('names the file and the field for %s', (_, edit, message) => {
    expect(() => parseLabelBugResults(broken(edit), FILE)).toThrow(LabelBugResultsError);
    expect(() => parseLabelBugResults(broken(edit), FILE)).toThrow(message);
  });
});
