import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kerasProgram } from '../../../src/lib/playground/keras-code.ts';
import { DEFAULT_SETTINGS } from '../../../src/lib/playground/settings.ts';
import { anySettings, settingsErrors } from './settings-arbitrary.ts';

describe('kerasProgram', () => {
  it('writes the article’s program, corrected, for the default settings', () => {
    expect(kerasProgram(DEFAULT_SETTINGS)).toMatchInlineSnapshot(`
      "# 由本站训练演练场（/playground/）按当前设置生成的 Keras 程序。
      # Keras 用它自己的随机数，所以结果与页面上的训练相近，但权重不会逐位相同。
      import numpy as np
      import tensorflow as tf

      SEED = 0
      rng = np.random.default_rng(SEED)
      tf.keras.utils.set_random_seed(SEED)


      def label(x):
          # 数据集“article”：x0 > x1 为正类 1，否则为 0。
          return (x[:, 0] > x[:, 1]).astype("float32")


      # 标签是 0/1：binary_crossentropy 要求 0/1 标签（文章原文的 1/−1 是勘误）。
      x_train = rng.random((100, 2))
      y_train = label(x_train)
      # 留出集：训练时没见过的新点，用来评估模型（文章原文在训练数据上评估）。
      x_test = rng.random((10000, 2))
      y_test = label(x_test)

      model = tf.keras.Sequential([
          tf.keras.Input(shape=(2,)),
          tf.keras.layers.Dense(3, activation="sigmoid"),
          tf.keras.layers.Dense(1, activation="sigmoid"),
      ])
      model.compile(
          optimizer=tf.keras.optimizers.Adam(learning_rate=0.001),
          loss="binary_crossentropy",
          metrics=["accuracy"],
      )
      model.fit(x_train, y_train, epochs=1000, batch_size=10, verbose=0)

      train_loss, train_acc = model.evaluate(x_train, y_train, verbose=0)
      test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
      print(f"训练集：损失 {train_loss:.4f}，准确率 {train_acc:.4f}")
      print(f"留出集：损失 {test_loss:.4f}，准确率 {test_acc:.4f}")
      "
    `);
  });

  it('says when the page computes the loss from the clipped probability, which Keras + TF does not', () => {
    expect(kerasProgram(DEFAULT_SETTINGS)).not.toContain('裁剪');
    const program = kerasProgram({ ...DEFAULT_SETTINGS, lossForm: 'clipped-probability' });
    expect(program).toContain('# 注意：页面上选择了“裁剪概率”的损失计算方式。');
    expect(program).toContain('loss="binary_crossentropy"');
  });

  it('uses 0/1 labels and evaluates on held-out points for every setting', () => {
    fc.assert(
      fc.property(anySettings, (settings) => {
        expect(settingsErrors(settings)).toEqual([]);
        const program = kerasProgram(settings);
        expect(program).toContain('.astype("float32")');
        expect(program).not.toMatch(/else\s*\[?-1|\[-1\]|-1 for/);
        expect(program).toContain(`x_test = rng.random((${settings.testSize}, 2))`);
        expect(program).toContain('model.evaluate(x_test, y_test');
        expect(program).toContain(`epochs=${settings.epochs}, batch_size=${settings.batchSize}`);
        const dense = program.match(/Dense\((\d+), activation="(\w+)"\)/g) ?? [];
        expect(dense).toHaveLength(settings.hiddenLayers + 1);
        expect(dense.at(-1)).toBe('Dense(1, activation="sigmoid")');
        dense
          .slice(0, -1)
          .forEach((d) => expect(d).toBe(`Dense(${settings.units}, activation="${settings.activation}")`));
        const lr = /learning_rate=([^)]+)\)/.exec(program)?.[1];
        expect(Number(lr)).toBe(settings.learningRate);
      }),
      { numRuns: 200 },
    );
  });

  it('says why when the settings ask for the article’s 1/−1 labels', () => {
    const program = kerasProgram({ ...DEFAULT_SETTINGS, labels: 'plus-minus-one' });
    expect(program).toContain('按更正后的 0/1 标签生成');
  });
});
