/**
 * Layout of a small dense network's diagram, 2–(1..8)–(1..8)?–1 (two inputs, one or two hidden
 * layers of 1–8 units, one output): node positions in columns, edges between neighbouring
 * layers with the weight's size as stroke width and its sign as a class. No DOM: the result
 * is plain numbers a component turns into SVG.
 */

/** Kernel of one dense layer, [inputs][units] (Keras's `get_weights()` layout). */
export type Kernel = readonly (readonly number[])[];

/** One node: layer 0 is the input, the last layer the output. */
interface NetworkNode {
  layer: number;
  /** Position within the layer, from the top. */
  index: number;
  x: number;
  y: number;
}

/** One edge from node `from` of layer `layer` to node `to` of layer `layer + 1`. */
interface NetworkEdge {
  layer: number;
  from: number;
  to: number;
  weight: number;
  /** Stroke width: |weight| scaled linearly into [minWidth, maxWidth] by the largest |weight|. */
  width: number;
  sign: 'positive' | 'negative' | 'zero';
  /** Endpoints (the nodes' centres). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Size of the drawing and of its parts, in the SVG's units. */
export interface NetworkLayoutOptions {
  width?: number;
  height?: number;
  /** Space kept free around the nodes (for labels). */
  padding?: number;
  minWidth?: number;
  maxWidth?: number;
}

export interface NetworkLayout {
  sizes: readonly number[];
  width: number;
  height: number;
  nodes: NetworkNode[][];
  edges: NetworkEdge[];
  /** Radius that keeps the nodes of the fullest layer apart. */
  radius: number;
}

/** Throws unless `sizes` is 2–(1..8)–(1..8)?–1. */
export function checkNetworkSizes(sizes: readonly number[]): void {
  const hidden = sizes.slice(1, -1);
  const ok =
    sizes.length >= 3 &&
    sizes.length <= 4 &&
    sizes[0] === 2 &&
    sizes.at(-1) === 1 &&
    hidden.every((n) => Number.isInteger(n) && n >= 1 && n <= 8);
  if (!ok) throw new RangeError(`network layout: need sizes 2–(1..8)–(1..8)?–1, got ${sizes.join('–')}`);
}

/**
 * Node positions and edges for layers of `sizes` with `kernels[l]` between layer l and l + 1
 * (shape [sizes[l]][sizes[l + 1]]). Layers are evenly spaced columns; nodes in a layer evenly
 * spaced and vertically centred.
 */
export function layoutNetwork(
  sizes: readonly number[],
  kernels: readonly Kernel[],
  options: NetworkLayoutOptions = {},
): NetworkLayout {
  checkNetworkSizes(sizes);
  const { width = 320, height = 200, padding = 24, minWidth = 0.5, maxWidth = 6 } = options;
  if (kernels.length !== sizes.length - 1) {
    throw new RangeError(
      `network layout: ${sizes.length} layers need ${sizes.length - 1} kernels, got ${kernels.length}`,
    );
  }
  kernels.forEach((kernel, l) => {
    if (kernel.length !== sizes[l] || kernel.some((row) => row.length !== sizes[l + 1])) {
      throw new RangeError(`network layout: kernel ${l} must be [${sizes[l]}][${sizes[l + 1]}]`);
    }
  });
  const most = Math.max(...sizes);
  const rowGap = (height - 2 * padding) / Math.max(1, most - 1);
  const columnGap = (width - 2 * padding) / (sizes.length - 1);
  const radius = Math.max(2, Math.min(rowGap * 0.4, columnGap * 0.2, padding * 0.9));
  const nodes = sizes.map((n, layer) =>
    Array.from({ length: n }, (_, index) => ({
      layer,
      index,
      x: padding + layer * columnGap,
      y: height / 2 + (index - (n - 1) / 2) * rowGap,
    })),
  );
  const largest = Math.max(0, ...kernels.flatMap((k) => k.flatMap((row) => row.map(Math.abs))));
  const edges: NetworkEdge[] = [];
  kernels.forEach((kernel, layer) => {
    kernel.forEach((row, from) => {
      row.forEach((weight, to) => {
        const a = nodes[layer][from];
        const b = nodes[layer + 1][to];
        edges.push({
          layer,
          from,
          to,
          weight,
          width: edgeWidth(weight, largest, minWidth, maxWidth),
          sign: weight > 0 ? 'positive' : weight < 0 ? 'negative' : 'zero',
          x1: a.x,
          y1: a.y,
          x2: b.x,
          y2: b.y,
        });
      });
    });
  });
  return { sizes, width, height, nodes, edges, radius };
}

/** Stroke width for `weight` when the largest |weight| is `largest`: linear in |weight|. */
export function edgeWidth(weight: number, largest: number, minWidth = 0.5, maxWidth = 6): number {
  if (!(largest > 0) || !Number.isFinite(weight)) return minWidth;
  return minWidth + (Math.min(Math.abs(weight), largest) / largest) * (maxWidth - minWidth);
}
