/**
 * Every playground setting in one declarative table, the settings type derived from it, the one
 * parser that turns outside input (a URL's query, the form's values) into valid settings, and
 * the URL form of the settings (so a configuration can be shared as a link).
 *
 * Defaults are the article's: the rule x₀ > x₁ on 100 random points, a Dense(3, sigmoid) hidden
 * layer, Adam at 0.001, batches of 10, 1,000 epochs, the loss from the logit as Keras 3 with
 * TensorFlow computes it, the corrected 0/1 labels and 10,000 held-out points, seed 0. These defaults reproduce `models/separator.onnx` byte for byte.
 */
import { DATASETS } from '../model/dataset.ts';
import { ACTIVATIONS, NETWORK_LIMITS, type NetworkSpec } from '../model/network.ts';
import type { RunConfig } from '../model/run.ts';
import { KERAS_ADAM } from '../model/train.ts';
import { DEFAULT_LOSS_FORM, LOSS_FORMS } from '../model/loss.ts';

/** Label encodings: the correct {0, 1}, or the article's {1, −1} (the erratum, kept to show it). */
export const LABEL_ENCODINGS = ['zero-one', 'plus-minus-one'] as const;

/** A numeric setting: its URL parameter, Chinese label, range and default. */
interface NumberField {
  kind: 'int' | 'float';
  param: string;
  label: string;
  min: number;
  max: number;
  default: number;
}

/** A setting chosen from a list. */
interface ChoiceField<T extends string> {
  kind: 'choice';
  param: string;
  label: string;
  options: readonly T[];
  default: T;
}

/**
 * The settings table: one row per setting. The type, the defaults, the URL parameters, the
 * clamps and the Chinese messages all come from here.
 */
export const SETTING_FIELDS = {
  /** Which data set: the article's rule x₀ > x₁, a circle, or XOR (see dataset.ts). */
  dataset: { kind: 'choice', param: 'dataset', label: '数据集', options: DATASETS, default: 'article' },
  /** Number of training points. */
  trainSize: { kind: 'int', param: 'train', label: '训练样本数', min: 10, max: 1000, default: 100 },
  /** Number of fresh held-out points the model is evaluated on. */
  testSize: { kind: 'int', param: 'test', label: '留出样本数', min: 100, max: 10_000, default: 10_000 },
  /** Label encoding: 'zero-one' (correct) or 'plus-minus-one' (the article's bug). */
  labels: {
    kind: 'choice',
    param: 'labels',
    label: '标签编码',
    options: LABEL_ENCODINGS,
    default: 'zero-one',
  },
  /**
   * How the loss is computed (`LOSS_FORMS` in loss.ts): from the logit as Keras 3 with
   * TensorFlow does (the default), or from the clipped probability (Keras's path without a logit).
   */
  lossForm: {
    kind: 'choice',
    param: 'loss',
    label: '损失的计算方式',
    options: LOSS_FORMS,
    default: DEFAULT_LOSS_FORM,
  },
  /** Number of hidden layers. */
  hiddenLayers: {
    kind: 'int',
    param: 'layers',
    label: '隐藏层数',
    min: NETWORK_LIMITS.minLayers,
    max: NETWORK_LIMITS.maxLayers,
    default: 1,
  },
  /** Units in each hidden layer. */
  units: {
    kind: 'int',
    param: 'units',
    label: '每层单元数',
    min: NETWORK_LIMITS.minUnits,
    max: NETWORK_LIMITS.maxUnits,
    default: 3,
  },
  /** Activation of the hidden layers (the output unit is always a sigmoid). */
  activation: {
    kind: 'choice',
    param: 'activation',
    label: '激活函数',
    options: ACTIVATIONS,
    default: 'sigmoid',
  },
  /** Adam's learning rate. */
  learningRate: { kind: 'float', param: 'lr', label: '学习率', min: 1e-5, max: 1, default: 0.001 },
  /** Mini-batch size. */
  batchSize: { kind: 'int', param: 'batch', label: '批大小', min: 1, max: 1000, default: 10 },
  /** Number of epochs to train. */
  epochs: { kind: 'int', param: 'epochs', label: '训练轮数', min: 1, max: 10_000, default: 1000 },
  /** Seed of every random choice (data, initial weights, shuffles). */
  seed: { kind: 'int', param: 'seed', label: '随机种子', min: 0, max: 4_294_967_295, default: 0 },
} as const satisfies Record<string, NumberField | ChoiceField<string>>;

/** Name of a setting. */
export type SettingName = keyof typeof SETTING_FIELDS;

/** The value type of one row of the table: its option union for a choice, else a number. */
type FieldValue<F> = F extends { kind: 'choice'; options: readonly (infer T)[] } ? T : number;

/**
 * The playground settings, derived from the table (one field per row). A value of this type is
 * valid: `parseSettings` is the one place that turns outside input (the URL, the form) into it.
 */
export type PlaygroundSettings = { -readonly [K in SettingName]: FieldValue<(typeof SETTING_FIELDS)[K]> };

/** The table's rows with their names (`Object.entries` loses the row types). */
const ROWS = Object.entries(SETTING_FIELDS) as [SettingName, NumberField | ChoiceField<string>][];

/** The article's settings (what `npm run train` ships): every row's default. */
export const DEFAULT_SETTINGS: Readonly<PlaygroundSettings> = Object.freeze(
  Object.fromEntries(ROWS.map(([name, field]) => [name, field.default])) as PlaygroundSettings,
);

/** A refused URL value: which setting, and a Chinese message saying what was used instead. */
export interface SettingProblem {
  field: SettingName;
  message: string;
}

/** The network the settings describe. */
export function settingsToSpec(settings: PlaygroundSettings): NetworkSpec {
  return {
    inputs: 2,
    hidden: new Array<number>(settings.hiddenLayers).fill(settings.units),
    activation: settings.activation,
  };
}

function formatNumber(value: number): string {
  return String(value);
}

function parseNumberField(
  name: SettingName,
  field: NumberField,
  raw: string,
  problems: SettingProblem[],
): number {
  const range = `${formatNumber(field.min)} 到 ${formatNumber(field.max)}`;
  const what = field.kind === 'int' ? `${range} 之间的整数` : `${range} 之间的数`;
  const trimmed = raw.trim();
  // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation.
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value)) {
    problems.push({
      field: name,
      message: `${field.label}必须是 ${what}，收到“${raw}”，已改用默认值 ${formatNumber(field.default)}。`,
    });
    return field.default;
  }
  let clamped = Math.min(Math.max(value, field.min), field.max);
  if (field.kind === 'int') clamped = Math.min(Math.max(Math.round(clamped), field.min), field.max);
  if (clamped !== value) {
    problems.push({
      field: name,
      message: `${field.label}必须是 ${what}，收到“${raw}”，已改为 ${formatNumber(clamped)}。`,
    });
  }
  return clamped;
}

function parseChoiceField(
  name: SettingName,
  field: ChoiceField<string>,
  raw: string,
  problems: SettingProblem[],
): string {
  if (field.options.includes(raw)) return raw;
  problems.push({
    field: name,
    message: `${field.label}只能是 ${field.options.join('、')} 之一，收到“${raw}”，已改用默认值 ${field.default}。`,
  });
  return field.default;
}

/**
 * Reads settings from a URL's query. Missing parameters take their defaults; a bad value (not a
 * number, out of range, not an integer, unknown choice) is replaced by the nearest allowed value
 * (or the default when there is none) and reported as a problem with a Chinese message.
 * Unknown parameters are ignored. Never throws.
 */
export function parseSettings(params: URLSearchParams): {
  settings: PlaygroundSettings;
  problems: SettingProblem[];
} {
  const problems: SettingProblem[] = [];
  const values: Record<string, number | string> = { ...DEFAULT_SETTINGS };
  for (const [name, field] of ROWS) {
    const raw = params.get(field.param);
    if (raw === null) continue;
    values[name] =
      field.kind === 'choice'
        ? parseChoiceField(name, field, raw, problems)
        : parseNumberField(name, field, raw, problems);
  }
  // Every row was read (or defaulted) and checked against its row above.
  return { settings: values as PlaygroundSettings, problems };
}

/**
 * The URL query for `settings`: one parameter per setting that differs from its default, in
 * table order, so the default configuration is the bare page URL. `parseSettings` reads it back
 * to the same settings.
 */
export function settingsToSearchParams(settings: PlaygroundSettings): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, field] of ROWS) {
    const value = settings[name];
    if (value !== field.default) params.set(field.param, String(value));
  }
  return params;
}

/** The training run the settings describe (Adam's β₁, β₂, ε stay Keras's defaults). */
export function settingsToRunConfig(settings: PlaygroundSettings): RunConfig {
  return {
    seed: settings.seed,
    dataset: settings.dataset,
    labels: settings.labels,
    trainSize: settings.trainSize,
    testSize: settings.testSize,
    spec: settingsToSpec(settings),
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    adam: { ...KERAS_ADAM, learningRate: settings.learningRate },
    lossForm: settings.lossForm,
  };
}
