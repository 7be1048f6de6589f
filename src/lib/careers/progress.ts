/**
 * Learning progress on a career's skill roadmap: statuses, the localStorage key and the progress
 * arithmetic. Pure: no DOM, no storage access. The export file format and its validator are in
 * `progress-file.ts`, so the pages that only read saved progress (the careers index's map, the
 * plan) do not ship them.
 *
 * Storage: `localStorage[progressStorageKey(careerId)]` holds a JSON object
 * `{ "<skillId>": "learning" | "mastered" | "skipped" }`; a skill that is absent is 未开始.
 */

/** Every status a skill can have, with its Chinese label, in the order the select lists them and the status button cycles through them. */
export const skillStatuses = {
  'not-started': '未开始',
  learning: '学习中',
  mastered: '已掌握',
  skipped: '跳过',
} as const;
export type SkillStatus = keyof typeof skillStatuses;

/** Statuses that are stored; `not-started` is stored as an absent key. */
export type StoredStatus = Exclude<SkillStatus, 'not-started'>;
export const storedStatuses: readonly StoredStatus[] = ['learning', 'mastered', 'skipped'];

/** Saved progress of one career: skill id to status, only for skills that have been started. */
export type ProgressStatuses = Record<string, StoredStatus>;

/** Version of the stored shape and of the export file; bump it when the shape changes. */
export const PROGRESS_VERSION = 1;

/**
 * Event fired on `window` after a page saved a career's progress (`detail.career`: its id), so
 * every part of the page that shows progress follows; other tabs get the browser's `storage`.
 */
export const PROGRESS_EVENT = 'dc-careers:progress';

/** localStorage key for one career's progress; versioned so a new shape never reads an old one. */
export function progressStorageKey(careerId: string): string {
  return `dc-careers:progress:v${PROGRESS_VERSION}:${careerId}`;
}

/** True for the statuses that may be stored or imported. */
export function isStoredStatus(value: unknown): value is StoredStatus {
  return typeof value === 'string' && (storedStatuses as readonly string[]).includes(value);
}

/** True for any status, including `not-started` (the value of an untouched control). */
export function isSkillStatus(value: unknown): value is SkillStatus {
  return typeof value === 'string' && Object.hasOwn(skillStatuses, value);
}

/** True for a JSON object (not null, not an array). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads what localStorage held (already `JSON.parse`d, or undefined/null when absent) and keeps
 * only entries for known skills with known statuses. Storage is not trusted: an old build may
 * have written a skill id the content has since dropped, or the reader may have edited it.
 */
export function sanitizeStoredProgress(value: unknown, skillIds: Iterable<string>): ProgressStatuses {
  const known = new Set(skillIds);
  const out: ProgressStatuses = {};
  if (!isPlainObject(value)) return out;
  for (const [id, status] of Object.entries(value)) {
    if (known.has(id) && isStoredStatus(status)) out[id] = status;
  }
  return out;
}

/** A skill's status in `statuses`: `not-started` when it has none. */
export function statusOf(statuses: ProgressStatuses, skillId: string): SkillStatus {
  return Object.hasOwn(statuses, skillId) ? statuses[skillId] : 'not-started';
}

/** Returns a copy of `statuses` with one skill set; `not-started` removes the key. */
export function withStatus(
  statuses: ProgressStatuses,
  skillId: string,
  status: SkillStatus,
): ProgressStatuses {
  const next: ProgressStatuses = { ...statuses };
  if (status === 'not-started') delete next[skillId];
  else next[skillId] = status;
  return next;
}

/** The status a click (or Space/Enter) on a skill's status button moves to: 未开始 → 学习中 → 已掌握 → 跳过 → 未开始. */
export function nextStatus(status: SkillStatus): SkillStatus {
  const order = Object.keys(skillStatuses) as SkillStatus[];
  return order[(order.indexOf(status) + 1) % order.length];
}

/** Counts behind the progress bar. */
export interface ProgressSummary {
  /** Skills on the roadmap. */
  total: number;
  mastered: number;
  learning: number;
  skipped: number;
  notStarted: number;
  /** Skills the bar counts: all of them except the skipped ones (`total − skipped`). */
  counted: number;
  /** `mastered / counted` as a whole percentage, rounded down (0 when nothing is counted). */
  percent: number;
}

/**
 * Progress = 已掌握 / (全部 − 跳过): a skipped skill leaves the denominator, so skipping what
 * does not apply to the reader never lowers their progress. Rounded down so 100% means done.
 */
export function summarizeProgress(skillIds: readonly string[], statuses: ProgressStatuses): ProgressSummary {
  let mastered = 0;
  let learning = 0;
  let skipped = 0;
  for (const id of skillIds) {
    const status = Object.hasOwn(statuses, id) ? statuses[id] : undefined;
    if (status === 'mastered') mastered++;
    else if (status === 'learning') learning++;
    else if (status === 'skipped') skipped++;
  }
  const total = skillIds.length;
  const counted = total - skipped;
  return {
    total,
    mastered,
    learning,
    skipped,
    notStarted: total - mastered - learning - skipped,
    counted,
    percent: counted === 0 ? 0 : Math.floor((mastered / counted) * 100),
  };
}

/** What the transitions map shows on a career's node: its share of skills 已掌握. */
export interface SavedProgressBadge {
  mastered: number;
  /** Skills counted (all but the skipped ones), as on the career page's progress bar. */
  counted: number;
  /** `mastered / counted` in whole percent, rounded down. */
  percent: number;
  /** Accessible text, e.g. "已掌握 3/14". */
  text: string;
}

/**
 * Reads what localStorage held for one career (already `JSON.parse`d) and summarises it for the
 * map, with the same arithmetic as the career page's bar. Null when nothing valid is saved, so
 * a career the reader never touched shows nothing.
 */
export function savedProgressBadge(stored: unknown, skillIds: readonly string[]): SavedProgressBadge | null {
  const statuses = sanitizeStoredProgress(stored, skillIds);
  if (Object.keys(statuses).length === 0) return null;
  const { mastered, counted, percent } = summarizeProgress(skillIds, statuses);
  return { mastered, counted, percent, text: `已掌握 ${mastered}/${counted}` };
}

/**
 * The sentence under the progress bar and at the end of every announcement, e.g.
 * "已掌握 3 / 14 项（21%）；学习中 2 项。" — the career page and the plan say it the same way.
 */
export function progressSummaryText(s: ProgressSummary): string {
  if (s.counted === 0) return `全部 ${s.total} 项都已跳过，没有要计算的技能。`;
  const extra = [s.learning > 0 && `学习中 ${s.learning} 项`, s.skipped > 0 && `跳过 ${s.skipped} 项`]
    .filter(Boolean)
    .join('，');
  return `已掌握 ${s.mastered} / ${s.counted} 项（${s.percent}%）${extra ? `；${extra}` : ''}。`;
}

/** What the live region says when a skill's status changes: "“Kubernetes …”：学习中。已掌握 …". */
export function statusChangeText(skillName: string, status: SkillStatus, summary: ProgressSummary): string {
  return `“${skillName}”：${skillStatuses[status]}。${progressSummaryText(summary)}`;
}

/** Accessible name of a skill's status button: the skill and its status ("Git 与 CI/CD：学习中"). */
export function statusButtonLabel(skillName: string, status: SkillStatus): string {
  return `${skillName}：${skillStatuses[status]}`;
}
