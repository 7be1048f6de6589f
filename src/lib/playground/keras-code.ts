/**
 * "复制为 Keras 代码": the Keras program that trains what the playground's settings describe,
 * written as the article's section 5 should have written it — labels 0/1 (the article's 1/−1 are
 * an erratum), and evaluation on fresh held-out points rather than on the training data.
 *
 * Keras draws its own random numbers, so the program reproduces the setting, not the
 * playground's exact weights (those come from the TypeScript trainer's seeded generator).
 */
import { DATASET_RULES } from '../model/dataset.ts';
import { settingsToSpec, type PlaygroundSettings } from './settings.ts';

/** A Python float literal: "0.001", "1e-05" (Python's repr), always with a dot or an exponent. */
function pythonFloat(value: number): string {
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** The Python program (UTF-8 text, ending with a newline). */
export function kerasProgram(settings: PlaygroundSettings): string {
  const spec = settingsToSpec(settings);
  const rule = DATASET_RULES[settings.dataset];
  const layers = spec.hidden.map(
    (units) => `    tf.keras.layers.Dense(${units}, activation="${spec.activation}"),`,
  );
  const labelNote =
    settings.labels === 'plus-minus-one'
      ? [
          '# 注意：页面上选择了文章原文的 1/−1 标签。binary_crossentropy 要求 0/1 标签，',
          '# 用 −1 时损失会变成负数、准确率失真，所以这里按更正后的 0/1 标签生成。',
        ]
      : ['# 标签是 0/1：binary_crossentropy 要求 0/1 标签（文章原文的 1/−1 是勘误）。'];
  const lossNote =
    settings.lossForm === 'clipped-probability'
      ? [
          '# 注意：页面上选择了“裁剪概率”的损失计算方式。Keras 3 用 TensorFlow 后端、输出层是 sigmoid 时，',
          '# binary_crossentropy 从 logit 计算，不裁剪；只有拿不到 logit 时（例如 JAX、PyTorch 后端）才先把概率裁剪到',
          '# [1e-7, 1 − 1e-7]。标签为 0/1 时两种算法的训练结果相同。',
        ]
      : [];
  return [
    '# 由本站训练演练场（/playground/）按当前设置生成的 Keras 程序。',
    '# Keras 用它自己的随机数，所以结果与页面上的训练相近，但权重不会逐位相同。',
    'import numpy as np',
    'import tensorflow as tf',
    '',
    `SEED = ${settings.seed}`,
    'rng = np.random.default_rng(SEED)',
    'tf.keras.utils.set_random_seed(SEED)',
    '',
    '',
    'def label(x):',
    `    # 数据集“${settings.dataset}”：${rule.text} 为正类 1，否则为 0。`,
    `    return (${rule.python}).astype("float32")`,
    '',
    '',
    ...labelNote,
    `x_train = rng.random((${settings.trainSize}, 2))`,
    'y_train = label(x_train)',
    '# 留出集：训练时没见过的新点，用来评估模型（文章原文在训练数据上评估）。',
    `x_test = rng.random((${settings.testSize}, 2))`,
    'y_test = label(x_test)',
    '',
    'model = tf.keras.Sequential([',
    '    tf.keras.Input(shape=(2,)),',
    ...layers,
    '    tf.keras.layers.Dense(1, activation="sigmoid"),',
    '])',
    ...lossNote,
    'model.compile(',
    `    optimizer=tf.keras.optimizers.Adam(learning_rate=${pythonFloat(settings.learningRate)}),`,
    '    loss="binary_crossentropy",',
    '    metrics=["accuracy"],',
    ')',
    `model.fit(x_train, y_train, epochs=${settings.epochs}, batch_size=${settings.batchSize}, verbose=0)`,
    '',
    'train_loss, train_acc = model.evaluate(x_train, y_train, verbose=0)',
    'test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
    'print(f"训练集：损失 {train_loss:.4f}，准确率 {train_acc:.4f}")',
    'print(f"留出集：损失 {test_loss:.4f}，准确率 {test_acc:.4f}")',
    '',
  ].join('\n');
}
