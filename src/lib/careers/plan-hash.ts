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
 * Parsing trusts nothing: it never throws; a malformed, too long, wrong-version hash or an
 * unknown target is refused with a Chinese message, and unknown starting points, concepts,
 * skills or statuses (a link made by an older version of the site) are dropped with a note.
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

const STATUS_CODES = { mastered: 'm', learning: 'l', skipped: 's' } as const;
type StoredStatus = keyof typeof STATUS_CODES;
const CODE_STATUS: Record<string, StoredStatus> = { m: 'mastered', l: 'learning', s: 'skipped' };
const ID = /^[a-z][a-z0-9_-]*$/i;

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

const quote = (items: string[], max = 3) =>
  items
    .slice(0, max)
    .map((s) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`)
    .join('、') + (items.length > max ? ` 等 ${items.length} 项` : '');

/**
 * Reads a location hash (with or without `#`). An empty hash (no plan in the URL) is `empty`.
 */
export function parsePlanHash(hash: string, known: PlanKnown): PlanHashResult {
  const refuse = (error: string): PlanHashResult => ({ status: 'refused', error });
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { status: 'empty' };
  if (raw.length > MAX_PLAN_HASH_LENGTH) {
    return refuse(
      `这个计划链接太长（${raw.length} 个字符，最多 ${MAX_PLAN_HASH_LENGTH}），没有读取。链接可能被改动过或不完整。`,
    );
  }
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return refuse('这个计划链接的格式不对（含有无法解码的字符），没有读取。');
  }
  const [version = '', ...pairs] = text.split('&');
  if (version !== PLAN_HASH_VERSION) {
    return /^v\d+$/.test(version)
      ? refuse(`这个计划链接的版本（${version}）本站不支持：本页只能读取 ${PLAN_HASH_VERSION} 版本的链接。`)
      : refuse('网址中的“#”后面不是本站的计划链接，没有读取。');
  }
  const notes: string[] = [];
  const values = new Map<string, string>();
  const ignored: string[] = [];
  for (const pair of pairs) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    const repeated =
      values.has(key) || (key === 'lack' && values.has('have')) || (key === 'have' && values.has('lack'));
    if (!['from', 'to', 'have', 'lack', 'p'].includes(key) || repeated) ignored.push(pair);
    else values.set(key, value);
  }
  if (ignored.length > 0) notes.push(`忽略了链接中无法识别或重复的部分：${quote(ignored)}。`);

  const to = values.get('to');
  if (to === undefined || to === '') return refuse('这个计划链接没有写目标职业（to），无法显示计划。');
  const skills = known.careers.get(to);
  if (!skills) {
    return refuse(
      `链接中的目标职业“${to.slice(0, 40)}”在本站不存在，可能来自旧版本的网站。请重新选择目标职业。`,
    );
  }

  const plan: PlanState = { to, progress: {} };
  const from = values.get('from');
  if (from !== undefined && from !== '') {
    if (known.starts.has(from) && from !== to) plan.from = from;
    else notes.push(`链接中的当前角色“${from.slice(0, 40)}”无法识别，已忽略。`);
  }

  // `have` lists the ticked concepts, `lack` (its short form for many ticks) the others.
  const listed = values.get('have') ?? values.get('lack');
  if (listed !== undefined) {
    const concepts = new Set(known.concepts);
    const ids = listed === '' ? [] : listed.split(',');
    const unknown = ids.filter((id) => !concepts.has(id));
    const kept = new Set(ids.filter((id) => concepts.has(id)));
    if (unknown.length > 0) notes.push(`忽略了链接中无法识别的技能：${quote(unknown)}。`);
    const lack = !values.has('have');
    plan.have = known.concepts.filter((c) => kept.has(c) !== lack);
  }

  const progress = values.get('p');
  if (progress !== undefined && progress !== '') {
    const skillIds = new Set(skills);
    const bad: string[] = [];
    for (const item of progress.split(',')) {
      const colon = item.lastIndexOf(':');
      const id = colon < 0 ? item : item.slice(0, colon);
      const status = colon < 0 ? undefined : CODE_STATUS[item.slice(colon + 1)];
      if (!ID.test(id) || !skillIds.has(id) || status === undefined || Object.hasOwn(plan.progress, id)) {
        bad.push(item);
      } else plan.progress[id] = status;
    }
    if (bad.length > 0) notes.push(`忽略了链接中无法识别的进度：${quote(bad)}。`);
  }
  return { status: 'ok', plan, notes };
}

/** The ids a plan hash is checked against, from the paths data. */
export function planKnown(data: PathsData): PlanKnown {
  return {
    careers: new Map(data.careers.map((c) => [c.id, c.skills.map((s) => s.id)])),
    starts: new Set(data.starts.map((s) => s.id)),
    concepts: data.concepts.map((c) => c.id),
  };
}
