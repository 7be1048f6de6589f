/**
 * Learning progress on a career's skill roadmap: statuses, the localStorage key, the progress
 * arithmetic, and the export file format with its validator. Pure: no DOM, no storage access.
 *
 * Storage: `localStorage[progressStorageKey(careerId)]` holds a JSON object
 * `{ "<skillId>": "learning" | "mastered" | "skipped" }`; a skill that is absent is 未开始.
 *
 * Export file (one career per file):
 * ```json
 * {
 *   "format": "dc-careers-progress",
 *   "version": 1,
 *   "career": "mlops-engineer",
 *   "exportedAt": "2026-11-28T09:30:00.000Z",
 *   "statuses": { "python-engineering": "mastered", "git-cicd": "learning" }
 * }
 * ```
 * Importing a file replaces the page's whole progress with the file's statuses.
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
type StoredStatus = Exclude<SkillStatus, 'not-started'>;
const storedStatuses: readonly StoredStatus[] = ['learning', 'mastered', 'skipped'];

/** Saved progress of one career: skill id to status, only for skills that have been started. */
export type ProgressStatuses = Record<string, StoredStatus>;

/** `format` field of an export file. */
export const PROGRESS_FORMAT = 'dc-careers-progress';
/** `version` field of an export file; bump it (and the storage key) when the shape changes. */
export const PROGRESS_VERSION = 1;

/** The export file: one career's progress. */
export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** Career id (the content file name, e.g. `mlops-engineer`). */
  career: string;
  /** When the file was written (ISO 8601); informational, not checked on import. */
  exportedAt: string;
  statuses: ProgressStatuses;
}

/** localStorage key for one career's progress; versioned so a new shape never reads an old one. */
export function progressStorageKey(careerId: string): string {
  return `dc-careers:progress:v${PROGRESS_VERSION}:${careerId}`;
}

/** True for the statuses that may be stored or imported. */
function isStoredStatus(value: unknown): value is StoredStatus {
  return typeof value === 'string' && (storedStatuses as readonly string[]).includes(value);
}

/** True for any status, including `not-started` (the value of an untouched control). */
export function isSkillStatus(value: unknown): value is SkillStatus {
  return typeof value === 'string' && Object.hasOwn(skillStatuses, value);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
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

/** Builds the export file for one career; keys are sorted so two exports of the same state match. */
export function createProgressFile(careerId: string, statuses: ProgressStatuses, now: Date): ProgressFile {
  const sorted: ProgressStatuses = {};
  for (const id of Object.keys(statuses).sort()) sorted[id] = statuses[id]!;
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    career: careerId,
    exportedAt: now.toISOString(),
    statuses: sorted,
  };
}

/** What the page knows when it checks a file: its career and that career's skill ids. */
export interface ProgressFileExpectation {
  careerId: string;
  /** Role name shown in messages, e.g. "MLOps 工程师". */
  careerName: string;
  skillIds: Iterable<string>;
}

/** Result of checking an import: the statuses to apply, or a message saying what is wrong. */
export type ProgressFileResult = { ok: true; statuses: ProgressStatuses } | { ok: false; error: string };

const quoteList = (items: string[], max = 5) =>
  items
    .slice(0, max)
    .map((s) => `“${s}”`)
    .join('、') + (items.length > max ? ` 等 ${items.length} 个` : '');

const typeName = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '数组';
  switch (typeof value) {
    case 'string':
      return '字符串';
    case 'number':
      return '数字';
    case 'boolean':
      return '布尔值';
    case 'object':
      return '对象';
    default:
      return typeof value;
  }
};

/**
 * Checks the text of an import file against the page's career. Accepts only a whole, valid
 * file: any problem refuses it with a Chinese message naming the problem, so the caller can
 * leave the saved progress untouched. Unknown extra top-level fields are ignored.
 */
export function parseProgressFile(text: string, expected: ProgressFileExpectation): ProgressFileResult {
  const fail = (error: string): ProgressFileResult => ({ ok: false, error });
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return fail('无法读取文件：它不是有效的 JSON。请选择从本站“导出进度”得到的 .json 文件。');
  }
  if (!isPlainObject(data)) {
    return fail(`文件格式不对：最外层应是一个 JSON 对象，实际是${typeName(data)}。`);
  }
  if (data['format'] !== PROGRESS_FORMAT) {
    return fail(
      `这不是本站导出的学习进度文件：format 字段应为“${PROGRESS_FORMAT}”，实际是${describeValue(data['format'])}。`,
    );
  }
  if (typeof data['version'] !== 'number') {
    return fail(`文件格式不对：version 字段应是数字，实际是${describeValue(data['version'])}。`);
  }
  if (data['version'] !== PROGRESS_VERSION) {
    return fail(`不支持的文件版本 ${data['version']}：本页只能导入版本 ${PROGRESS_VERSION} 的进度文件。`);
  }
  if (typeof data['career'] !== 'string') {
    return fail(`文件格式不对：career 字段应是职业 id 字符串，实际是${describeValue(data['career'])}。`);
  }
  if (data['career'] !== expected.careerId) {
    return fail(
      `这个文件记录的是另一条职业路径（${data['career']}）的进度，不能导入到“${expected.careerName}”（${expected.careerId}）。请在对应的职业页面导入。`,
    );
  }
  const statuses = data['statuses'];
  if (!isPlainObject(statuses)) {
    return fail(`文件格式不对：statuses 字段应是“技能 id → 状态”的对象，实际是${describeValue(statuses)}。`);
  }
  const known = new Set(expected.skillIds);
  const unknownIds = Object.keys(statuses).filter((id) => !known.has(id));
  if (unknownIds.length > 0) {
    return fail(`文件里有本页没有的技能 id：${quoteList(unknownIds)}。文件可能来自旧版本页面或被修改过。`);
  }
  const allowed = storedStatuses.map((s) => `“${s}”`).join('、');
  for (const [id, status] of Object.entries(statuses)) {
    if (typeof status !== 'string') {
      return fail(`技能“${id}”的状态应是字符串（${allowed}），实际是${typeName(status)}。`);
    }
    if (!isStoredStatus(status)) {
      return fail(`技能“${id}”的状态“${status}”无效：只能是 ${allowed}（未开始的技能不写入文件）。`);
    }
  }
  return { ok: true, statuses: sanitizeStoredProgress(statuses, known) };
}

function describeValue(value: unknown): string {
  if (value === undefined) return '缺失';
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeName(value)} ${String(value)}`;
  return typeName(value);
}
