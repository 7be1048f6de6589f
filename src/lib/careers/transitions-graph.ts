/**
 * The transitions map: a directed graph of career paths built from each career's `transitions`,
 * laid out with dagre at build time. The page draws the result as inline SVG, so no graph code
 * reaches the browser. Pure: no DOM, no `astro:` imports.
 */
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';

/** What the map needs from one career. */
export interface TransitionsCareer {
  id: string;
  /** Role name in Chinese, used as the node label. */
  role: string;
  /** Area id (e.g. `ml`), used to colour the node. */
  area: string;
  transitions: readonly { career: string; direction: 'to' | 'from' }[];
}

/** One move between two careers: someone in `from` can move into `to`. */
export interface TransitionEdge {
  from: string;
  to: string;
}

/** A point in the map's coordinate system (SVG user units, origin top-left). */
export interface MapPoint {
  x: number;
  y: number;
}

/** A career laid out on the map; `x`/`y` is the box centre. */
interface MapNode extends MapPoint {
  id: string;
  /** The full role name (accessible name of the node's link). */
  label: string;
  /** The label broken into at most two lines for the box. */
  lines: string[];
  area: string;
  width: number;
  height: number;
}

/** A drawn edge; `bidirectional` when both moves exist (one line with an arrowhead at each end). */
interface MapEdge {
  from: string;
  to: string;
  bidirectional: boolean;
  /** Polyline from the border of `from` to the border of `to`. */
  points: MapPoint[];
}

/** The laid-out map: size of the drawing (the SVG viewBox is `0 0 width height`). */
export interface TransitionsMap {
  width: number;
  height: number;
  nodes: MapNode[];
  /** Lines to draw: a pair of opposite moves shares one line. */
  edges: MapEdge[];
  /** Every directed move, deduplicated, sorted by `from` then `to` (for the text alternative). */
  transitions: TransitionEdge[];
}

/** Sizes used to turn labels into boxes; defaults suit a 14px label font. */
export interface MapOptions {
  /** Label font size in user units. */
  fontSize?: number;
  /** Line height of a label in user units. */
  lineHeight?: number;
  /** Longest label line, in em (a CJK character is 1em). */
  maxLineEm?: number;
  /** Padding inside a node box. */
  paddingX?: number;
  paddingY?: number;
  /** `TB` (top to bottom) suits a narrow screen better than `LR`. */
  rankdir?: 'TB' | 'LR';
}

const defaults: Required<MapOptions> = {
  fontSize: 14,
  lineHeight: 20,
  maxLineEm: 10,
  paddingX: 12,
  paddingY: 9,
  rankdir: 'TB',
};

/**
 * Merges every career's `to` and `from` transitions into directed edges. A `to` on A naming B
 * and a `from` on B naming A describe the same move and give one edge. Throws on a transition
 * to an unknown career or to itself (the content schema should have refused both).
 */
export function buildTransitionEdges(careers: readonly TransitionsCareer[]): TransitionEdge[] {
  const ids = new Set(careers.map((c) => c.id));
  const seen = new Set<string>();
  const edges: TransitionEdge[] = [];
  for (const career of careers) {
    for (const t of career.transitions) {
      if (!ids.has(t.career)) {
        throw new Error(`career "${career.id}": transition to unknown career "${t.career}"`);
      }
      if (t.career === career.id) throw new Error(`career "${career.id}": transition to itself`);
      const edge =
        t.direction === 'to' ? { from: career.id, to: t.career } : { from: t.career, to: career.id };
      // Ids cannot contain a space, so this key is unambiguous.
      const key = `${edge.from} ${edge.to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push(edge);
    }
  }
  return edges.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Approximate width of `text` in em: CJK and full-width characters are 1em, others narrower. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\u3000-\u303F]/.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return em;
}

/**
 * Breaks a role name into at most two lines no wider than `maxEm` where possible. Prefers a
 * break before a full-width bracket or after a space (never starting line two with "/"), picking
 * the break that makes the longer line shortest; a name with no such place breaks between
 * CJK characters near the middle.
 */
export function splitLabel(text: string, maxEm: number): string[] {
  if (textWidthEm(text) <= maxEm) return [text];
  const candidates: [string, string][] = [];
  for (let i = 1; i < text.length; i++) {
    const before = text.slice(0, i);
    const after = text.slice(i);
    if (after.startsWith('（') || after.startsWith('(')) candidates.push([before.trimEnd(), after]);
    else if (before.endsWith(' ') && !after.startsWith('/') && after.trim() !== '') {
      candidates.push([before.trimEnd(), after]);
    }
  }
  if (candidates.length === 0) {
    const chars = [...text];
    const mid = Math.ceil(chars.length / 2);
    return [chars.slice(0, mid).join(''), chars.slice(mid).join('')];
  }
  const cost = ([a, b]: [string, string]) => Math.max(textWidthEm(a), textWidthEm(b));
  // A bracketed qualifier reads best on its own line, so that break wins whenever it fits.
  const bracket = candidates.find((pair) => /^[（(]/.test(pair[1]) && cost(pair) <= maxEm);
  if (bracket) return bracket;
  candidates.sort((p, q) => cost(p) - cost(q));
  return candidates[0];
}

/**
 * Lays out the careers and their transitions: one node per career (even one with no moves),
 * one line per connected pair, coordinates within `0 0 width height`.
 */
export function layoutTransitionsMap(
  careers: readonly TransitionsCareer[],
  options: MapOptions = {},
): TransitionsMap {
  const o = { ...defaults, ...options };
  const transitions = buildTransitionEdges(careers);
  const directed = new Set(transitions.map((e) => `${e.from} ${e.to}`));

  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  // longest-path ranking puts every career as low as its moves allow; on this graph it gives a
  // narrower drawing with fewer crossings than the default network-simplex ranker.
  g.setGraph({ rankdir: o.rankdir, ranker: 'longest-path', nodesep: 24, ranksep: 56, edgesep: 14 });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map<string, { lines: string[]; width: number; height: number }>();
  for (const c of careers) {
    const lines = splitLabel(c.role, o.maxLineEm);
    const widest = Math.max(...lines.map(textWidthEm));
    const box = {
      lines,
      width: Math.ceil(widest * o.fontSize + 2 * o.paddingX),
      height: lines.length * o.lineHeight + 2 * o.paddingY,
    };
    boxes.set(c.id, box);
    g.setNode(c.id, { width: box.width, height: box.height });
  }

  // A pair of opposite moves becomes one dagre edge (drawn with two arrowheads), which also
  // keeps dagre from routing two parallel lines between the same boxes.
  const drawn: { from: string; to: string; bidirectional: boolean }[] = [];
  for (const e of transitions) {
    const reverse = directed.has(`${e.to} ${e.from}`);
    if (reverse && e.from > e.to) continue;
    drawn.push({ ...e, bidirectional: reverse });
    g.setEdge(e.from, e.to);
  }

  layout(g);

  const nodes: MapNode[] = careers.map((c) => {
    const n = g.node(c.id);
    const box = boxes.get(c.id)!;
    return {
      id: c.id,
      label: c.role,
      lines: box.lines,
      area: c.area,
      x: n.x ?? 0,
      y: n.y ?? 0,
      width: box.width,
      height: box.height,
    };
  });
  const edges: MapEdge[] = drawn.map((e) => ({
    ...e,
    points: (g.edge(e.from, e.to).points ?? []).map((p) => ({ x: p.x, y: p.y })),
  }));

  // dagre's graph size covers the boxes but not always the bends of long edges, which can stick
  // out past the left or top edge; measure everything and shift it into a margin.
  const margin = 8;
  const xs = [...nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2])];
  const ys = [...nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2])];
  for (const p of edges.flatMap((e) => e.points)) {
    xs.push(p.x);
    ys.push(p.y);
  }
  const dx = margin - Math.min(...xs);
  const dy = margin - Math.min(...ys);
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const p of edges.flatMap((e) => e.points)) {
    p.x += dx;
    p.y += dy;
  }
  return {
    width: Math.ceil(Math.max(...xs) + dx + margin),
    height: Math.ceil(Math.max(...ys) + dy + margin),
    nodes,
    edges,
    transitions,
  };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * SVG path data for a smooth curve through a polyline (a uniform B-spline, the same curve as
 * d3's `curveBasis`): it starts and ends exactly on the first and last points, so arrowheads sit
 * on the node borders dagre computed, and bends smoothly at the points in between.
 */
export function edgePath(points: readonly MapPoint[]): string {
  if (points.length === 0) return '';
  const [first] = points;
  let d = `M${fmt(first.x)},${fmt(first.y)}`;
  if (points.length === 1) return d;
  if (points.length === 2) return `${d}L${fmt(points[1].x)},${fmt(points[1].y)}`;
  const p = [...points, points[points.length - 1]];
  let [x0, y0, x1, y1] = [p[0].x, p[0].y, p[1].x, p[1].y];
  d += `L${fmt((5 * x0 + x1) / 6)},${fmt((5 * y0 + y1) / 6)}`;
  for (let i = 2; i < p.length; i++) {
    const { x, y } = p[i];
    d +=
      `C${fmt((2 * x0 + x1) / 3)},${fmt((2 * y0 + y1) / 3)} ` +
      `${fmt((x0 + 2 * x1) / 3)},${fmt((y0 + 2 * y1) / 3)} ` +
      `${fmt((x0 + 4 * x1 + x) / 6)},${fmt((y0 + 4 * y1 + y) / 6)}`;
    [x0, y0, x1, y1] = [x1, y1, x, y];
  }
  return `${d}L${fmt(x1)},${fmt(y1)}`;
}
