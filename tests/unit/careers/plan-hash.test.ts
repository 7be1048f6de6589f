import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realPathsData } from '../../support/paths-data.ts';
import {
  MAX_PLAN_HASH_LENGTH,
  planKnown,
  serializePlanHash,
  type PlanKnown,
  type PlanState,
} from '../../../src/lib/careers/plan-hash.ts';
import { parsePlanHash } from '../../../src/lib/careers/plan-hash-parse.ts';

const data = realPathsData();
const known: PlanKnown = planKnown(data);
const parse = (hash: string) => parsePlanHash(hash, known);

describe('serializePlanHash', () => {
  it('writes a compact, versioned hash in the known order', () => {
    const plan: PlanState = {
      from: 'backend-developer',
      to: 'mlops-engineer',
      have: ['sql', 'programming'],
      progress: { 'k8s-workloads': 'learning', 'git-cicd': 'mastered', 'platform-adoption': 'skipped' },
    };
    expect(serializePlanHash(plan, known)).toBe(
      '#v1&from=backend-developer&to=mlops-engineer&have=programming,sql&p=git-cicd:m,k8s-workloads:l,platform-adoption:s',
    );
    expect(serializePlanHash({ to: 'ml-engineer', progress: {} }, known)).toBe('#v1&to=ml-engineer');
  });

  it('lists the concepts not ticked (lack) when that is shorter, and reads them back', () => {
    const missing = ['sql', 'programming'];
    const plan: PlanState = {
      to: 'ml-engineer',
      have: known.concepts.filter((c) => !missing.includes(c)),
      progress: {},
    };
    const hash = serializePlanHash(plan, known);
    expect(hash).toBe('#v1&to=ml-engineer&lack=programming,sql');
    expect(parse(hash)).toEqual({ status: 'ok', plan, notes: [] });
    // Every concept ticked: an empty list of the ones lacking.
    expect(serializePlanHash({ to: 'ml-engineer', have: [...known.concepts], progress: {} }, known)).toBe(
      '#v1&to=ml-engineer&lack=',
    );
    // have and lack together: the first one counts, the other is ignored with a note.
    const both = parse('#v1&to=ml-engineer&have=sql&lack=programming');
    expect(both.status === 'ok' && both.plan.have).toEqual(['sql']);
    expect(both.status === 'ok' && both.notes.join()).toMatch(/lack=programming/);
  });

  it('stays under the length limit for the longest plan: any ticks, full progress, any start', () => {
    // The worst case over the real content, whatever the vocabulary grows to: half the
    // concepts ticked (the longer of have and lack is never written) and every skill with a status.
    let longest = '';
    for (const [to, skills] of known.careers) {
      const progress = Object.fromEntries(skills.map((id) => [id, 'mastered' as const]));
      for (const from of [undefined, ...known.starts]) {
        for (const have of [[...known.concepts], known.concepts.filter((_, i) => i % 2 === 0), []]) {
          const hash = serializePlanHash(
            { ...(from && from !== to ? { from } : {}), to, have, progress },
            known,
          );
          if (hash.length > longest.length) longest = hash;
        }
      }
    }
    expect(longest.length).toBeLessThan(MAX_PLAN_HASH_LENGTH);
  });
});

describe('parsePlanHash', () => {
  it('reads back what serializePlanHash wrote', () => {
    const hash = '#v1&from=network-ops&to=dc-network-engineer&p=clos-bgp:l,tcpip:m';
    expect(parse(hash)).toEqual({
      status: 'ok',
      plan: {
        from: 'network-ops',
        to: 'dc-network-engineer',
        progress: { tcpip: 'mastered', 'clos-bgp': 'learning' },
      },
      notes: [],
    });
  });

  it('treats an empty hash as no plan', () => {
    expect(parse('')).toEqual({ status: 'empty' });
    expect(parse('#')).toEqual({ status: 'empty' });
  });

  it.each([
    ['an oversized hash', `#v1&to=ml-engineer&p=${'a'.repeat(MAX_PLAN_HASH_LENGTH)}`, /太长/],
    ['another version', '#v2&to=ml-engineer', /版本（v2）/],
    ['a hash that is not a plan', '#section-3', /不是本站的计划链接/],
    ['bad percent-encoding', '#v1&to=%E0%A4%A', /无法解码/],
    ['no target', '#v1&from=graduate', /没有写目标职业/],
    ['an unknown target', '#v1&to=astronaut', /“astronaut”在本站不存在/],
  ])('refuses %s with a message', (_, hash, message) => {
    const result = parse(hash);
    expect(result.status).toBe('refused');
    if (result.status === 'refused') expect(result.error).toMatch(message);
  });

  it('trims unknown starting points, concepts, skills and statuses with notes', () => {
    const result = parse(
      '#v1&from=wizard&to=ml-engineer&have=sql,telepathy&p=pytorch:m,flying:m,deep-learning:x,pytorch:l&color=red',
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.plan).toEqual({ to: 'ml-engineer', have: ['sql'], progress: { pytorch: 'mastered' } });
    expect(result.notes).toHaveLength(4);
    expect(result.notes.join('\n')).toMatch(/“color=red”/);
    expect(result.notes.join('\n')).toMatch(/当前角色“wizard”/);
    expect(result.notes.join('\n')).toMatch(/“telepathy”/);
    expect(result.notes.join('\n')).toMatch(/“flying:m”、“deep-learning:x”、“pytorch:l”/);
  });

  it('drops a starting point equal to the target', () => {
    const result = parse('#v1&from=ml-engineer&to=ml-engineer');
    expect(result.status === 'ok' && result.plan.from).toBe(undefined);
  });
});

/** Any valid plan over the real content. */
const planArbitrary: fc.Arbitrary<PlanState> = fc
  .record({
    to: fc.constantFrom(...known.careers.keys()),
    from: fc.option(fc.constantFrom(...known.starts), { nil: undefined }),
    have: fc.option(fc.subarray([...known.concepts]), { nil: undefined }),
    statuses: fc.array(fc.constantFrom('mastered', 'learning', 'skipped', undefined), { maxLength: 20 }),
  })
  .map(({ to, from, have, statuses }) => {
    const progress: PlanState['progress'] = {};
    known.careers.get(to)!.forEach((id, i) => {
      const status = statuses[i];
      if (status !== undefined) progress[id] = status;
    });
    return {
      ...(from !== undefined && from !== to ? { from } : {}),
      to,
      ...(have ? { have } : {}),
      progress,
    };
  });

describe('planKnown', () => {
  it('lists every career with its skill ids, the starting points and the vocabulary', () => {
    expect(known.careers.get('mlops-engineer')?.[0]).toBe('python-engineering');
    expect(known.careers.size).toBe(data.careers.length);
    expect(known.starts.has('graduate')).toBe(true);
    expect(known.concepts).toHaveLength(data.concepts.length);
  });
});

describe('plan hash (property-based)', () => {
  it('round-trips every valid plan without notes', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const hash = serializePlanHash(plan, known);
        expect(hash.length).toBeLessThan(MAX_PLAN_HASH_LENGTH);
        expect(parse(hash)).toEqual({ status: 'ok', plan, notes: [] });
      }),
    );
  });

  it('never throws on arbitrary text, and what it accepts serializes to a clean plan', () => {
    const pieces = fc.constantFrom(
      'v1',
      '&',
      '=',
      ',',
      ':',
      'to',
      'from',
      'have',
      'p',
      'm',
      'l',
      'ml-engineer',
      'pytorch',
      'sql',
      '%',
      '%E4%B8%AD',
      '#',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
    );
    fc.assert(
      fc.property(text, (hash) => {
        const result = parse(hash);
        if (result.status !== 'ok') return;
        const again = parse(serializePlanHash(result.plan, known));
        expect(again).toEqual({ status: 'ok', plan: result.plan, notes: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
