/**
 * The model card: how an exported ONNX file was made and how well it does. `models/separator.json`
 * is the shipped model's card (read by the demos and the README); the playground writes one for
 * each model it exports. Validated with {@link modelCardSchema}; the types come from here.
 *
 * Error messages name the field's path and say what it must be, e.g.
 * "model card: results.testAccuracy must be a number in [0, 1], got 1.2".
 */
import { z } from 'astro/zod';
import { DATASETS } from '../lib/model/dataset.ts';
import { LOSS_FORMS } from '../lib/model/loss.ts';
import { ACTIVATIONS } from '../lib/model/network.ts';
import { array, finite, fraction, integer, object, text } from './json-fields.ts';

/** An input or output of the ONNX graph. */
const tensorSpecSchema = object({
  /** Tensor name in the graph. */
  name: text,
  /** e.g. ["N", 2]: N is the free batch dimension. */
  shape: array(z.union([z.string(), integer(1)], { error: 'must be a dimension name or an integer >= 1' })),
});

/** Metrics of one training run. */
export const runMetricsSchema = object({
  /** How labels were encoded, e.g. "1 if x0 > x1 else 0". */
  labels: text,
  /** Loss of the last epoch as Keras's `fit` logs it. */
  finalEpochLoss: finite,
  /** Loss of the final float32 weights on the training set (the article's `model.evaluate(x, y)`). */
  trainLoss: finite,
  /** Binary accuracy on the training set. */
  trainAccuracy: fraction,
  /** Loss on the held-out set. */
  testLoss: finite,
  /** Binary accuracy on the held-out set. */
  testAccuracy: fraction,
  /** Share of training labels equal to 1 (the ceiling of the accuracy with labels 1 / −1). */
  positiveShare: fraction,
});

/** One dense layer's parameters: kernel [inputs][units], bias [units]. */
const denseLayerSchema = object({
  /** Shape [inputs, units]. */
  kernel: array(array(finite)),
  /** Shape [units]. */
  bias: array(finite),
});

/** A layer of the architecture. */
const layerSchema = object({
  /** "dense1", "dense2", …: the key of its weights and the prefix of its ONNX tensors. */
  name: z.string({ error: 'must be a string' }).regex(/^dense[1-9]$/, { error: 'must be dense1, dense2, …' }),
  /** Number of units. */
  units: integer(1),
  /** Activation: sigmoid, tanh or relu (the output layer is always sigmoid). */
  activation: z.enum(ACTIVATIONS, { error: `must be one of ${ACTIVATIONS.join(', ')}` }),
});

const erratumShape = runMetricsSchema.extend({
  /** Why the article's labels fail. */
  note: text,
});

const baseShape = {
  /** Version of this format. */
  schemaVersion: z.literal(1, { error: 'must be 1' }),
  /** Short name; also the file names' stem. */
  name: text,
  /** One paragraph on what the model is. */
  description: text,
  onnx: object({
    /** File name of the model. */
    file: text,
    /** Size of the file in bytes. */
    bytes: integer(1),
    /** Lower-case hex SHA-256 of the file. */
    sha256: z
      .string({ error: 'must be a string' })
      .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' }),
    irVersion: integer(1),
    opset: integer(1),
    producerName: text,
    producerVersion: text,
    /** The graph's input. */
    input: tensorSpecSchema,
    /** The graph's outputs: hidden activations, then the probability. */
    outputs: array(tensorSpecSchema),
  }),
  architecture: object({
    /** Inputs per point (2). */
    inputSize: integer(1),
    /** Dense layers from first hidden to output. */
    layers: array(layerSchema).min(2, { error: 'must list at least one hidden layer and the output layer' }),
    /** Number of weights and biases. */
    parameterCount: integer(1),
  }),
  training: object({
    /** Epochs trained. */
    epochs: integer(1),
    batchSize: integer(1),
    shuffle: text,
    /**
     * How the loss was computed: "logits" (from the output logit, as Keras 3 with TensorFlow
     * does for a sigmoid output) or "clipped-probability" (Keras's path when no logit is
     * available). Required: the numbers in `results` and `erratum` depend on it.
     */
    lossForm: z.enum(LOSS_FORMS, { error: `must be one of ${LOSS_FORMS.join(', ')}` }),
    /** The loss in words. */
    loss: text,
    /** For "clipped-probability" only: p is clipped to [lossClip, 1 − lossClip] inside the loss. */
    lossClip: finite.optional(),
    optimizer: object({
      name: text,
      learningRate: finite,
      beta1: finite,
      beta2: finite,
      epsilon: finite,
    }),
    initializer: text,
    arithmetic: text,
  }),
  data: object({
    seed: integer(0),
    /** Which rule labels the points: the article's x0 > x1, a circle, or XOR. */
    dataset: z.enum(DATASETS, { error: `must be one of ${DATASETS.join(', ')}` }),
    generator: text,
    /** Stream numbers passed to `createRng(seed, stream)` for each use. */
    streams: z.record(z.string(), integer(0), { error: 'must be an object' }),
    distribution: text,
    trainSize: integer(1),
    testSize: integer(1),
  }),
  /** The run whose weights are exported. */
  results: runMetricsSchema,
  /** The article's run with labels 1 / −1 (same data, initial weights and shuffles), if made. */
  erratum: erratumShape.optional(),
  /** Loss logged every `every` epochs (epochs every, 2·every, …), for plotting. */
  lossHistory: object({
    every: integer(1),
    results: array(finite),
    erratum: array(finite).optional(),
  }),
  /** The exported float32 weights by layer name (dense1, dense2, …); kernels are [inputs][units]. */
  weights: object({
    dense1: denseLayerSchema,
    dense2: denseLayerSchema,
    dense3: denseLayerSchema.optional(),
  }),
  /** The training points as [x0, x1, class]: class 1 is the positive class, 0 the other. */
  trainingPoints: array(
    z
      .tuple([finite, finite, finite], { error: 'must be an array of 3' })
      .refine(([, , label]) => label === 0 || label === 1, { error: 'must have class 0 or 1', path: [2] }),
  ),
};

type CardShape = z.infer<z.ZodObject<typeof baseShape>>;

/** Shapes must agree: weights with the layers, the parameter count with both. */
function checkConsistency(card: CardShape, ctx: z.core.$RefinementCtx<CardShape>): void {
  const { lossForm, lossClip } = card.training;
  if ((lossForm === 'clipped-probability') !== (lossClip !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['training', 'lossClip'],
      message:
        lossForm === 'clipped-probability'
          ? 'must be given when lossForm is clipped-probability'
          : `must be absent when lossForm is ${lossForm} (nothing is clipped)`,
      input: lossClip,
    });
  }
  const { layers, inputSize, parameterCount } = card.architecture;
  const weights = card.weights as Record<string, z.infer<typeof denseLayerSchema> | undefined>;
  let fanIn = inputSize;
  let count = 0;
  layers.forEach((layer, l) => {
    const name = `dense${l + 1}`;
    if (layer.name !== name) {
      ctx.addIssue({
        code: 'custom',
        path: ['architecture', 'layers', l, 'name'],
        message: `must be ${name}`,
        input: layer.name,
      });
    }
    const w = weights[name];
    if (!w) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights', name],
        message: 'must be given for every layer',
        input: undefined,
      });
      return;
    }
    if (w.kernel.length !== fanIn) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights', name, 'kernel'],
        message: `must have ${fanIn} rows`,
        input: w.kernel,
      });
    }
    w.kernel.forEach((row, i) => {
      if (row.length !== layer.units) {
        ctx.addIssue({
          code: 'custom',
          path: ['weights', name, 'kernel', i],
          message: `must be an array of ${layer.units}`,
          input: row,
        });
      }
    });
    if (w.bias.length !== layer.units) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights', name, 'bias'],
        message: `must be an array of ${layer.units}`,
        input: w.bias,
      });
    }
    count += fanIn * layer.units + layer.units;
    fanIn = layer.units;
  });
  const extra = Object.keys(weights).filter(
    (k) => weights[k] !== undefined && Number(k.slice(5)) > layers.length,
  );
  for (const name of extra) {
    ctx.addIssue({
      code: 'custom',
      path: ['weights', name],
      message: `is not a layer of architecture.layers`,
      input: weights[name],
    });
  }
  const last = layers[layers.length - 1];
  if (last.units !== 1 || last.activation !== 'sigmoid') {
    ctx.addIssue({
      code: 'custom',
      path: ['architecture', 'layers', layers.length - 1],
      message: 'must be the output layer: 1 sigmoid unit',
      input: last,
    });
  }
  if (count !== parameterCount) {
    ctx.addIssue({
      code: 'custom',
      path: ['architecture', 'parameterCount'],
      message: `must be ${count} (the layers' weights and biases)`,
      input: parameterCount,
    });
  }
}

/** Any model card: the shipped one or one the playground exported. */
export const modelCardSchema = z
  .object(baseShape, { error: 'must be an object' })
  .superRefine(checkConsistency);

/** The shipped card (`models/separator.json`), which always carries the erratum run. */
export const shippedModelCardSchema = z
  .object(
    {
      ...baseShape,
      erratum: erratumShape,
      lossHistory: object({ every: integer(1), results: array(finite), erratum: array(finite) }),
    },
    { error: 'must be an object' },
  )
  .superRefine(checkConsistency);

/** A model card. */
export type ModelCard = z.infer<typeof modelCardSchema>;
/** The shipped model card. */
export type ShippedModelCard = z.infer<typeof shippedModelCardSchema>;
/** Metrics of one run. */
export type RunMetrics = z.infer<typeof runMetricsSchema>;
