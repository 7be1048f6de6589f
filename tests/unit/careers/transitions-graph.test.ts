import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  buildTransitionEdges,
  edgePath,
  layoutTransitionsMap,
  splitLabel,
  textWidthEm,
  type TransitionsCareer,
  type TransitionsMap,
} from '../../../src/lib/careers/transitions-graph.ts';

const career = (id: string, transitions: TransitionsCareer['transitions'] = []): TransitionsCareer => ({
  id,
  role: `${id} 工程师`,
  area: 'ml',
  transitions,
});

/** The real careers' ids, names, areas and transitions, read from their frontmatter. */
function contentCareers(): TransitionsCareer[] {
  const dir = join(import.meta.dirname, '../../../content/careers');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const frontmatter = readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1];
      const data = parseYaml(frontmatter) as Omit<TransitionsCareer, 'id'>;
      return { id: f.slice(0, -3), role: data.role, area: data.area, transitions: data.transitions ?? [] };
    });
}

/**
 * Asserts that all numbers are finite and every box and edge point lies inside the viewBox with
 * room for half a box border (2 units wide), which would otherwise be clipped at the edge.
 */
function expectInsideViewBox(map: TransitionsMap, room = 1) {
  expect(Number.isFinite(map.width) && map.width > 0).toBe(true);
  expect(Number.isFinite(map.height) && map.height > 0).toBe(true);
  for (const n of map.nodes) {
    for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isFinite(v), n.id).toBe(true);
    expect(n.x - n.width / 2, n.id).toBeGreaterThanOrEqual(room);
    expect(n.y - n.height / 2, n.id).toBeGreaterThanOrEqual(room);
    expect(n.x + n.width / 2, n.id).toBeLessThanOrEqual(map.width - room);
    expect(n.y + n.height / 2, n.id).toBeLessThanOrEqual(map.height - room);
  }
  for (const e of map.edges) {
    expect(e.points.length, `${e.from}→${e.to}`).toBeGreaterThanOrEqual(2);
    for (const p of e.points) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(room);
      expect(p.y).toBeGreaterThanOrEqual(room);
      expect(p.x).toBeLessThanOrEqual(map.width - room);
      expect(p.y).toBeLessThanOrEqual(map.height - room);
    }
  }
}

describe('buildTransitionEdges', () => {
  it('merges a `to` on A and a `from` on B into one edge A→B', () => {
    const edges = buildTransitionEdges([
      career('a', [{ career: 'b', direction: 'to' }]),
      career('b', [{ career: 'a', direction: 'from' }]),
    ]);
    expect(edges).toEqual([{ from: 'a', to: 'b' }]);
  });

  it('keeps opposite moves as two edges and reads `from` as pointing into the career', () => {
    const edges = buildTransitionEdges([
      career('a', [
        { career: 'b', direction: 'to' },
        { career: 'c', direction: 'from' },
      ]),
      career('b', [{ career: 'a', direction: 'to' }]),
      career('c'),
    ]);
    expect(edges).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
      { from: 'c', to: 'a' },
    ]);
  });

  it('throws on a transition to an unknown career or to itself', () => {
    expect(() => buildTransitionEdges([career('a', [{ career: 'zzz', direction: 'to' }])])).toThrow(
      /career "a": transition to unknown career "zzz"/,
    );
    expect(() => buildTransitionEdges([career('a', [{ career: 'a', direction: 'from' }])])).toThrow(/itself/);
  });
});

describe('splitLabel', () => {
  it('keeps a short name on one line', () => {
    expect(splitLabel('数据工程师', 10)).toEqual(['数据工程师']);
  });

  it('puts a bracketed qualifier on line two', () => {
    expect(splitLabel('数据中心设施工程师（供电、制冷）', 10)).toEqual([
      '数据中心设施工程师',
      '（供电、制冷）',
    ]);
  });

  it('breaks after a space, never starting line two with a slash', () => {
    expect(splitLabel('HPC / Slurm 集群管理员', 8)).toEqual(['HPC / Slurm', '集群管理员']);
    expect(splitLabel('AI / 大模型应用工程师', 8)).toEqual(['AI /', '大模型应用工程师']);
  });

  it('breaks a long name with no spaces near the middle', () => {
    expect(splitLabel('一二三四五六七八九十壹贰', 8)).toEqual(['一二三四五六', '七八九十壹贰']);
  });

  it('measures CJK characters as 1em and Latin letters as less', () => {
    expect(textWidthEm('数据')).toBe(2);
    expect(textWidthEm('ab')).toBeLessThan(2);
  });
});

describe('layoutTransitionsMap', () => {
  it('lays out a small graph: a node per career, a bidirectional pair as one edge', () => {
    const map = layoutTransitionsMap([
      career('a', [{ career: 'b', direction: 'to' }]),
      career('b', [{ career: 'a', direction: 'to' }]),
      career('c', [{ career: 'a', direction: 'to' }]),
      career('lonely'),
    ]);
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'lonely']);
    expect(map.edges.map((e) => [e.from, e.to, e.bidirectional])).toEqual([
      ['a', 'b', true],
      ['c', 'a', false],
    ]);
    expect(map.transitions).toHaveLength(3);
    expectInsideViewBox(map);
    // Top to bottom: c, which only leads into a, sits above a.
    const y = Object.fromEntries(map.nodes.map((n) => [n.id, n.y]));
    expect(y['c']).toBeLessThan(y['a']);
  });

  it('maps the real careers: every career a node, every edge between existing nodes, all inside the viewBox', () => {
    const careers = contentCareers();
    expect(careers.length).toBeGreaterThanOrEqual(11);
    const map = layoutTransitionsMap(careers);
    const ids = new Set(map.nodes.map((n) => n.id));
    expect([...ids].sort()).toEqual(careers.map((c) => c.id).sort());
    for (const e of [...map.edges, ...map.transitions]) {
      expect(ids.has(e.from), e.from).toBe(true);
      expect(ids.has(e.to), e.to).toBe(true);
    }
    // Each directed move is drawn: on its own line or as one end of a two-way line.
    for (const t of map.transitions) {
      const drawn = map.edges.some(
        (e) =>
          (e.from === t.from && e.to === t.to) || (e.bidirectional && e.from === t.to && e.to === t.from),
      );
      expect(drawn, `${t.from}→${t.to}`).toBe(true);
    }
    // No duplicates among the directed moves.
    const keys = map.transitions.map((t) => `${t.from} ${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expectInsideViewBox(map);
    for (const n of map.nodes) expect(n.lines.length).toBeLessThanOrEqual(2);
  });
});

describe('edgePath', () => {
  it('draws a straight line between two points and a curve through more, ending on the last point', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 20 },
      ]),
    ).toBe('M0,0L10,20');
    const d = edgePath([
      { x: 0, y: 0 },
      { x: 6, y: 6 },
      { x: 12, y: 0 },
    ]);
    expect(d.startsWith('M0,0L1,1C')).toBe(true);
    expect(d.endsWith('L12,0')).toBe(true);
    expect(d).not.toMatch(/NaN/);
  });
});
