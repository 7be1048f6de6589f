/** fast-check generator of valid playground settings and a validity check, shared by the playground's unit tests. */
import fc from 'fast-check';
import { DATASETS } from '../../../src/lib/model/dataset.ts';
import { LOSS_FORMS } from '../../../src/lib/model/loss.ts';
import { ACTIVATIONS } from '../../../src/lib/model/network.ts';
import {
  LABEL_ENCODINGS,
  SETTING_FIELDS,
  type PlaygroundSettings,
} from '../../../src/lib/playground/settings.ts';

const f = SETTING_FIELDS;
/** Any valid settings. */
export const anySettings: fc.Arbitrary<PlaygroundSettings> = fc.record({
  dataset: fc.constantFrom(...DATASETS),
  trainSize: fc.integer({ min: f.trainSize.min, max: f.trainSize.max }),
  testSize: fc.integer({ min: f.testSize.min, max: f.testSize.max }),
  labels: fc.constantFrom(...LABEL_ENCODINGS),
  lossForm: fc.constantFrom(...LOSS_FORMS),
  hiddenLayers: fc.integer({ min: f.hiddenLayers.min, max: f.hiddenLayers.max }),
  units: fc.integer({ min: f.units.min, max: f.units.max }),
  activation: fc.constantFrom(...ACTIVATIONS),
  learningRate: fc.double({ min: f.learningRate.min, max: f.learningRate.max, noNaN: true }),
  batchSize: fc.integer({ min: f.batchSize.min, max: f.batchSize.max }),
  epochs: fc.integer({ min: f.epochs.min, max: f.epochs.max }),
  seed: fc.integer({ min: f.seed.min, max: f.seed.max }),
});

/**
 * Why `value` is not valid settings (one message per field), or [] when it is: every field of
 * the table present and within its row (an integer where the row says so, inside [min, max], one
 * of the options), and nothing else. Written from the table independently of `parseSettings`.
 */
export function settingsErrors(value: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [name, field] of Object.entries(SETTING_FIELDS)) {
    const v = value[name];
    if (field.kind === 'choice') {
      if (!(field.options as readonly unknown[]).includes(v)) errors.push(`${name}: ${String(v)}`);
    } else if (
      typeof v !== 'number' ||
      !(v >= field.min && v <= field.max) ||
      (field.kind === 'int' && !Number.isInteger(v))
    ) {
      errors.push(`${name}: ${String(v)}`);
    }
  }
  for (const name of Object.keys(value)) if (!(name in SETTING_FIELDS)) errors.push(`${name}: unknown`);
  return errors;
}
