/**
 * Paints the decision-boundary demo's result: the probabilities of the n×n grid in the class
 * colours (read from the stylesheet) on the canvas, and their y = 0.5 line into the SVG. Loaded
 * by `<dc-decision-boundary>` with a dynamic import when its demo starts, with onnxruntime-web,
 * so the article that embeds the demo ships none of d3's code up front.
 */
import { gridLines } from '../../lib/demos/boundary-lines.ts';
import { toPlot } from '../../lib/plot/boundary-frame.ts';
import { probabilityPainter, readClassPalette } from '../../lib/plot/class-colours.ts';
import { polylinesToPath, segmentCount } from '../../lib/plot/polyline.ts';

/**
 * Paints `probabilities` (makeGrid(n)'s order) on `canvas` and draws their line into `line`
 * (an SVG path on the boundary plot's frame). Throws when the class colours are missing.
 */
export function paintBoundary(
  root: HTMLElement,
  canvas: HTMLCanvasElement,
  line: Element | null,
  probabilities: Float32Array,
  n: number,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('无法在画布上绘图。');
  const image = new ImageData(n, n);
  const palette = readClassPalette((property) => getComputedStyle(root).getPropertyValue(property));
  probabilityPainter(palette)(probabilities, image.data);
  // Paint the grid at its own resolution, then scale it up to the canvas.
  const tile = new OffscreenCanvas(n, n);
  tile.getContext('2d')?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tile, 0, 0, canvas.width, canvas.height);
  // The line of what ORT computed replaces the build-time one (same model, same line).
  const lines = gridLines(probabilities, n);
  line?.setAttribute('d', polylinesToPath(lines, toPlot));
  line?.setAttribute('data-segments', String(segmentCount(lines)));
}
