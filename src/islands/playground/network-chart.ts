/**
 * The network diagram: nodes in columns (inputs, hidden layers, output) and one edge per
 * weight, its width the weight's size and its colour the sign (red positive, blue negative).
 * Each node shows its activation for the probe point (the point under the pointer on the
 * decision-boundary chart). Geometry comes from `layoutNetwork` (src/lib/plot); this file only
 * turns it into SVG, creating elements when the architecture changes and updating attributes
 * otherwise.
 */
import { divergingScale, relativeLuminance, type ClassPalette } from '../../lib/plot/class-colours.ts';
import { layoutNetwork, type NetworkLayout } from '../../lib/plot/network.ts';
import type { ScaleLinear } from 'd3-scale';
import {
  layerSizes,
  type Activation,
  type NetworkSpec,
  type NetworkWeights,
} from '../../lib/model/network.ts';
import { fmt, setText, svg } from '../shared/dom.ts';

const WIDTH = 360;
const HEIGHT = 240;

/**
 * Whether a layer's values lie in [0, 1] (inputs, the output and sigmoid units; coloured on
 * [0, 0.5, 1]) rather than around 0 (tanh and ReLU units, on [−1, 0, 1]; ReLU values above 1
 * take the end colour, the number shows the value).
 */
function inUnitRange(layer: number, layers: number, activation: Activation): boolean {
  return layer === 0 || layer === layers - 1 || activation === 'sigmoid';
}

function layerName(layer: number, layers: number): string {
  if (layer === 0) return '输入';
  if (layer === layers - 1) return '输出';
  return layers > 3 ? `隐藏层 ${layer}` : '隐藏层';
}

export class NetworkChart {
  readonly #root: SVGSVGElement;
  readonly #palette: ClassPalette;
  readonly #unitScale: ScaleLinear<string, string, string>;
  readonly #signedScale: ScaleLinear<string, string, string>;
  #shape = '';
  #spec: NetworkSpec | undefined;
  #edges: SVGLineElement[] = [];
  #nodes: { circle: SVGCircleElement; text: SVGTextElement }[][] = [];
  #numbers = true;

  /** Edges and node fills take the class colours of `palette`. */
  constructor(root: SVGSVGElement, palette: ClassPalette) {
    this.#root = root;
    this.#palette = palette;
    this.#unitScale = divergingScale(palette, [0, 0.5, 1]);
    this.#signedScale = divergingScale(palette, [-1, 0, 1]);
  }

  /** Redraws edges for `weights` and node values for one point's activations per layer. */
  update(spec: NetworkSpec, weights: NetworkWeights, activations: readonly (readonly number[])[]): void {
    const layout = layoutNetwork(
      layerSizes(spec),
      weights.map((l) => l.kernel),
      { width: WIDTH, height: HEIGHT - 18, padding: 26, minWidth: 0.5, maxWidth: 6 },
    );
    const shape = layout.sizes.join('-');
    if (shape !== this.#shape) this.#build(layout);
    this.#spec = spec;
    layout.edges.forEach((edge, i) => {
      const line = this.#edges[i];
      if (!line) return;
      line.setAttribute('stroke-width', fmt(edge.width));
      line.setAttribute('stroke', edge.sign === 'negative' ? this.#palette.class0 : this.#palette.class1);
      line.setAttribute('data-weight', edge.weight.toPrecision(4));
    });
    this.#showValues(activations);
  }

  /** Updates only the node values (the probe moved). */
  showActivations(activations: readonly (readonly number[])[]): void {
    this.#showValues(activations);
  }

  #showValues(activations: readonly (readonly number[])[]): void {
    const layers = this.#nodes.length;
    const activation = this.#spec?.activation ?? 'sigmoid';
    this.#nodes.forEach((column, layer) => {
      const scale = inUnitRange(layer, layers, activation) ? this.#unitScale : this.#signedScale;
      column.forEach(({ circle, text }, index) => {
        const value = activations[layer]?.[index];
        if (value === undefined || !Number.isFinite(value)) {
          setText(text, '');
          return;
        }
        const colour = scale(value);
        circle.setAttribute('fill', colour);
        // Dark text on light fills, white on dark ones (contrast ≥ 4.5 either way).
        text.setAttribute(
          'class',
          `pg-node-value ${relativeLuminance(colour) > 0.18 ? 'pg-on-light' : 'pg-on-dark'}`,
        );
        setText(text, !this.#numbers ? '' : Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(2));
      });
    });
  }

  #build(layout: NetworkLayout): void {
    this.#shape = layout.sizes.join('-');
    const edges = svg('g', { 'aria-hidden': 'true' });
    this.#edges = layout.edges.map((e) => {
      const line = svg('line', { class: 'pg-edge', x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 });
      edges.append(line);
      return line;
    });
    const nodes = svg('g', { 'aria-hidden': 'true' });
    const radius = Math.min(13, layout.radius);
    // Numbers fit inside nodes of radius ≥ 11; smaller nodes show colour only (the probe line below lists the values).
    this.#numbers = radius >= 11;
    this.#nodes = layout.nodes.map((column) =>
      column.map((node) => {
        const circle = svg('circle', { class: 'pg-node', cx: node.x, cy: node.y, r: radius, fill: 'none' });
        const text = svg('text', { class: 'pg-node-value', x: node.x, y: node.y }, ' ');
        nodes.append(circle, text);
        return { circle, text };
      }),
    );
    const labels = svg('g', { 'aria-hidden': 'true' });
    layout.nodes.forEach((column, layer) => {
      const x = column[0]?.x ?? 0;
      labels.append(
        svg('text', { class: 'pg-layer-label', x, y: HEIGHT - 4 }, layerName(layer, layout.sizes.length)),
      );
    });
    this.#root.replaceChildren(edges, nodes, labels);
    this.#root.setAttribute('data-shape', this.#shape);
  }
}
