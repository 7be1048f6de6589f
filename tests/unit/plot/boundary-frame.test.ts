import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_TICKS,
  FRAME,
  fromPlot,
  plotAreaStyle,
  toPlot,
} from '../../../src/lib/plot/boundary-frame.ts';

describe('toPlot / fromPlot', () => {
  it('put the unit square on the plot area, x₂ up, and invert each other', () => {
    expect(toPlot(0, 0)).toEqual([FRAME.left, FRAME.top + FRAME.side]);
    expect(toPlot(1, 1)).toEqual([FRAME.left + FRAME.side, FRAME.top]);
    const [x1, x2] = fromPlot(...toPlot(0.3, 0.8));
    expect(x1).toBeCloseTo(0.3, 12);
    expect(x2).toBeCloseTo(0.8, 12);
    expect(FRAME.left + FRAME.side).toBeLessThanOrEqual(FRAME.size);
    expect(FRAME.top + FRAME.side).toBeLessThanOrEqual(FRAME.size - FRAME.titleGap);
  });
});

describe('BOUNDARY_TICKS', () => {
  it('are 0 to 1 in steps of 0.2 with one decimal', () => {
    expect(BOUNDARY_TICKS.map((t) => t.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(BOUNDARY_TICKS.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('plotAreaStyle', () => {
  it('places the canvas on the plot area in percent of the SVG box', () => {
    const style = plotAreaStyle();
    expect(style).toContain(`--plot-left:${(FRAME.left / FRAME.size) * 100}%`);
    expect(style).toContain(`--plot-side:${(FRAME.side / FRAME.size) * 100}%`);
  });
});
