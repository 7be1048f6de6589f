/** fast-check generator of valid playground settings, shared by the playground's unit tests. */
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
  hiddenLayers: fc.integer({ min: f.hiddenLayers.min, max: f.hiddenLayers.max }),
  units: fc.integer({ min: f.units.min, max: f.units.max }),
  activation: fc.constantFrom(...ACTIVATIONS),
  learningRate: fc.double({ min: f.learningRate.min, max: f.learningRate.max, noNaN: true }),
  batchSize: fc.integer({ min: f.batchSize.min, max: f.batchSize.max }),
  epochs: fc.integer({ min: f.epochs.min, max: f.epochs.max }),
  seed: fc.integer({ min: f.seed.min, max: f.seed.max }),
  lossForm: fc.constantFrom(...LOSS_FORMS),
});
