/**
 * The personal plan as a URL hash, so a plan can be shared without a server or an account:
 *
 *   #v1&from=backend-developer&to=mlops-engineer&have=sql,git-cicd&p=git-cicd:m,k8s-workloads:l
 *
 * - `v1`: the format version (first, required).
 * - `to`: the target career (required). `from`: a starting point id (optional).
 * - `have`: vocabulary ids the reader ticked, when they differ from the starting point's (optional).
 *   When the reader ticked most of the vocabulary, `lack` lists the ids *not* ticked instead
 *   (whichever is shorter), so the hash stays under the length limit however many are ticked; a
 *   concept added to the vocabulary after such a link was made counts as ticked.
 * - `p`: progress on the target's skills, `skillId:status` joined by `,`; status `m` 已掌握,
 *   `l` 学习中, `s` 跳过 (未开始 is left out), in the target's skill order.
 *
 * Parsing (`parsePlanHash`, plan-hash-parse.ts: only a page opened with a link needs it) trusts
 * nothing: it never throws; a malformed, too long, wrong-version hash or an unknown target is
 * refused with a Chinese message, and unknown starting points, concepts, skills or statuses (a
 * link made by an older version of the site) are dropped with a note.
 * Pure and hand-written (no Zod in the browser).
 */
import type { ProgressStatuses } from './progress.ts';
import type { PathsData } from './paths.ts';

/** The version token a hash starts with. */
export const PLAN_HASH_VERSION = 'v1';
/** Longest hash accepted, in characters: with `have`/`lack` a full plan stays well under it. */
export const MAX_PLAN_HASH_LENGTH = 2048;

/** A plan as the page holds it. */
export interface PlanState {
  /** Starting point id (one of our careers or a common role). */
  from?: string | undefined;
  /** Target career id. */
  to: string;
  /** Ticked vocabulary ids, when they differ from the starting point's; undefined otherwise. */
  have?: string[] | undefined;
  /** Progress on the target's skills. */
  progress: ProgressStatuses;
}

/** The ids a hash is checked against (from the paths data). */
export interface PlanKnown {
  /** Career id → its skill ids, in the career's order. */
  careers: ReadonlyMap<string, readonly string[]>;
  /** Starting point ids. */
  starts: ReadonlySet<string>;
  /** Vocabulary ids, in vocabulary order. */
  concepts: readonly string[];
}

export type PlanHashResult =
  | { status: 'empty' }
  | { status: 'ok'; plan: PlanState; notes: string[] }
  | { status: 'refused'; error: string };

/** The letter a stored status is written as in `p=`. */
export const STATUS_CODES = { mastered: 'm', learning: 'l', skipped: 's' } as const;

/** The hash for `plan`, with `#`; ids and skills in the known order so equal plans give equal hashes. */
export function serializePlanHash(plan: PlanState, known: PlanKnown): string {
  const parts = [PLAN_HASH_VERSION];
  if (plan.from !== undefined) parts.push(`from=${plan.from}`);
  parts.push(`to=${plan.to}`);
  if (plan.have !== undefined) {
    const have = new Set(plan.have);
    const ticked = known.concepts.filter((c) => have.has(c)).join(',');
    const lacking = known.concepts.filter((c) => !have.has(c)).join(',');
    parts.push(lacking.length < ticked.length ? `lack=${lacking}` : `have=${ticked}`);
  }
  const skills = known.careers.get(plan.to) ?? [];
  const progress = skills.flatMap((id) => {
    const status = Object.hasOwn(plan.progress, id) ? plan.progress[id] : undefined;
    return status === undefined ? [] : [`${id}:${STATUS_CODES[status]}`];
  });
  if (progress.length > 0) parts.push(`p=${progress.join(',')}`);
  return `#${parts.join('&')}`;
}

/** The ids a plan hash is checked against, from the paths data. */
export function planKnown(data: PathsData): PlanKnown {
  return {
    careers: new Map(data.careers.map((c) => [c.id, c.skills.map((s) => s.id)])),
    starts: new Set(data.starts.map((s) => s.id)),
    concepts: data.concepts.map((c) => c.id),
  };
}
