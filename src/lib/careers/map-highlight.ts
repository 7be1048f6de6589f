/**
 * What the transitions map highlights when the reader points at or focuses a career: the moves
 * out of it, the moves into it, and the careers at their other ends. Kept apart from
 * `transitions-graph.ts` (which lays the map out with dagre at build time) so the map's island
 * ships only this. Pure: no DOM, no `astro:` imports.
 */

/** One drawn line of the map: a move `from` → `to`, or both ways when `bidirectional`. */
export interface MapLine {
  from: string;
  to: string;
  bidirectional: boolean;
}

/** How a line relates to the highlighted career: moves out of it, into it, or both ways. */
export type LineRole = 'out' | 'in' | 'both';

/** The highlight of one career. */
export interface MapHighlight {
  /** Per line, in the order given: its role, or null when it does not touch the career. */
  lines: (LineRole | null)[];
  /** Careers one move away (in either direction), without the career itself. */
  linked: Set<string>;
}

/** The lines touching `career` with their roles, and the careers they connect it to. */
export function highlightFor(lines: readonly MapLine[], career: string): MapHighlight {
  const linked = new Set<string>();
  const roles = lines.map((line): LineRole | null => {
    if (line.from !== career && line.to !== career) return null;
    linked.add(line.from === career ? line.to : line.from);
    if (line.bidirectional) return 'both';
    return line.from === career ? 'out' : 'in';
  });
  linked.delete(career);
  return { lines: roles, linked };
}
