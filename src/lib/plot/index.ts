/**
 * Plot primitives shared by the demos and the playground, pure (no DOM):
 *
 * - `niceTicks`, `formatTick`, `scaleLinear` — axis ticks at 1/2/5 × 10ⁿ and linear mapping;
 * - `contourSegments`, `segmentsToPath` — marching squares at a level (the 0.5 boundary);
 * - `divergingColour`, `paintScale`, `barTicks`, `barGradient` — a colour scale centred on a
 *   value and its colour bar, labels at their true offsets;
 * - `layoutNetwork`, `edgeWidth` — node and edge geometry of a 2–(1..8)–(1..8)?–1 network.
 */
export * from './ticks.ts';
export * from './contour.ts';
export * from './colour-scale.ts';
export * from './network.ts';
