import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_RUN } from '../../../src/lib/model/run.ts';
import { DEFAULT_LOSS_FORM } from '../../../src/lib/model/loss.ts';
import {
  DEFAULT_SETTINGS,
  SETTING_FIELDS,
  parseSettings,
  settingsToRunConfig,
  settingsToSearchParams,
  settingsToSpec,
  type SettingName,
} from '../../../src/lib/playground/settings.ts';
import { anySettings, settingsErrors } from './settings-arbitrary.ts';

const parse = (query: string) => parseSettings(new URLSearchParams(query));

describe('DEFAULT_SETTINGS', () => {
  it('are the article’s settings, i.e. the run that ships models/separator.onnx', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      dataset: 'article',
      trainSize: 100,
      testSize: 10_000,
      labels: 'zero-one',
      lossForm: DEFAULT_LOSS_FORM,
      hiddenLayers: 1,
      units: 3,
      activation: 'sigmoid',
      learningRate: 0.001,
      batchSize: 10,
      epochs: 1000,
      seed: 0,
    });
    // The article's run, with the trainer's default loss form written out.
    expect(settingsToRunConfig(DEFAULT_SETTINGS)).toEqual({ ...ARTICLE_RUN, lossForm: DEFAULT_LOSS_FORM });
    expect(settingsToSpec({ ...DEFAULT_SETTINGS, hiddenLayers: 2, units: 5, activation: 'relu' })).toEqual({
      inputs: 2,
      hidden: [5, 5],
      activation: 'relu',
    });
  });

  it('give a bare URL, and a bare URL gives them', () => {
    expect(settingsToSearchParams(DEFAULT_SETTINGS).toString()).toBe('');
    expect(parse('')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('parseSettings', () => {
  it('reads every parameter', () => {
    const { settings, problems } = parse(
      'dataset=xor&train=200&test=500&labels=plus-minus-one&loss=clipped-probability&layers=2&units=8&activation=tanh&lr=0.03&batch=32&epochs=250&seed=42',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      dataset: 'xor',
      trainSize: 200,
      testSize: 500,
      labels: 'plus-minus-one',
      hiddenLayers: 2,
      units: 8,
      activation: 'tanh',
      learningRate: 0.03,
      batchSize: 32,
      epochs: 250,
      seed: 42,
      lossForm: 'clipped-probability',
    });
  });

  it.each<[string, SettingName, unknown, string]>([
    ['lr=NaN', 'learningRate', 0.001, '学习率必须是 0.00001 到 1 之间的数，收到“NaN”，已改用默认值 0.001。'],
    ['epochs=0', 'epochs', 1, '训练轮数必须是 1 到 10000 之间的整数，收到“0”，已改为 1。'],
    [
      'loss=probability',
      'lossForm',
      'logits',
      '损失的计算方式只能是 logits、clipped-probability 之一，收到“probability”，已改用默认值 logits。',
    ],
    ['units=99', 'units', 8, '每层单元数必须是 1 到 8 之间的整数，收到“99”，已改为 8。'],
    ['units=abc', 'units', 3, '每层单元数必须是 1 到 8 之间的整数，收到“abc”，已改用默认值 3。'],
    ['layers=1.4', 'hiddenLayers', 1, '隐藏层数必须是 1 到 2 之间的整数，收到“1.4”，已改为 1。'],
    ['seed=-5', 'seed', 0, '随机种子必须是 0 到 4294967295 之间的整数，收到“-5”，已改为 0。'],
    ['lr=5', 'learningRate', 1, '学习率必须是 0.00001 到 1 之间的数，收到“5”，已改为 1。'],
    ['batch=', 'batchSize', 10, '批大小必须是 1 到 1000 之间的整数，收到“”，已改用默认值 10。'],
    ['epochs=0x10', 'epochs', 1000, '训练轮数必须是 1 到 10000 之间的整数，收到“0x10”，已改用默认值 1000。'],
    [
      'test=Infinity',
      'testSize',
      10_000,
      '留出样本数必须是 100 到 10000 之间的整数，收到“Infinity”，已改用默认值 10000。',
    ],
    [
      'dataset=moons',
      'dataset',
      'article',
      '数据集只能是 article、circle、xor 之一，收到“moons”，已改用默认值 article。',
    ],
    [
      'activation=ReLU',
      'activation',
      'sigmoid',
      '激活函数只能是 sigmoid、tanh、relu 之一，收到“ReLU”，已改用默认值 sigmoid。',
    ],
    [
      'loss=clipped',
      'lossForm',
      DEFAULT_LOSS_FORM,
      `损失的计算方式只能是 logits、clipped-probability 之一，收到“clipped”，已改用默认值 ${DEFAULT_LOSS_FORM}。`,
    ],
    [
      'labels=-1',
      'labels',
      'zero-one',
      '标签编码只能是 zero-one、plus-minus-one 之一，收到“-1”，已改用默认值 zero-one。',
    ],
  ])('refuses %s with a message and a clamp', (query, field, value, message) => {
    const { settings, problems } = parse(query);
    expect(problems).toEqual([{ field, message }]);
    expect(settings[field]).toBe(value);
    expect(settingsErrors(settings)).toEqual([]);
  });

  it('reports every bad parameter and keeps the good ones', () => {
    const { settings, problems } = parse('units=99&epochs=0&lr=abc&seed=7&whatever=1');
    expect(problems.map((p) => p.field)).toEqual(['units', 'learningRate', 'epochs']);
    expect(settings).toMatchObject({ units: 8, epochs: 1, learningRate: 0.001, seed: 7 });
  });

  it('never throws and always returns valid settings, whatever the query', () => {
    const params = Object.values(SETTING_FIELDS).map((field) => field.param);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...params, 'x'), fc.string()), { maxLength: 12 }),
        (pairs) => {
          const { settings, problems } = parseSettings(new URLSearchParams(pairs));
          expect(settingsErrors(settings)).toEqual([]);
          problems.forEach((p) => expect(p.message).toMatch(/已改/));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('settingsToSearchParams', () => {
  it('round-trips through the URL for any valid settings', () => {
    fc.assert(
      fc.property(anySettings, (settings) => {
        const url = new URL(`https://example.org/playground/?${settingsToSearchParams(settings).toString()}`);
        expect(parseSettings(url.searchParams)).toEqual({ settings, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('writes only what differs from the defaults, with short names', () => {
    expect(
      settingsToSearchParams({ ...DEFAULT_SETTINGS, units: 5, labels: 'plus-minus-one' }).toString(),
    ).toBe('labels=plus-minus-one&units=5');
  });
});

describe('settingsErrors (the validity check the tests above use)', () => {
  it('names each field outside its row, and unknown fields', () => {
    expect(settingsErrors({ ...DEFAULT_SETTINGS })).toEqual([]);
    expect(
      settingsErrors({
        ...DEFAULT_SETTINGS,
        units: 99,
        epochs: 2.5,
        learningRate: Number.NaN,
        dataset: 'moons',
        x: 1,
      }),
    ).toEqual(['dataset: moons', 'units: 99', 'learningRate: NaN', 'epochs: 2.5', 'x: unknown']);
  });
});
