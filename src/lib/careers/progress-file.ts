/**
 * The export file of a career's learning progress and its validator. Pure: no DOM, no storage
 * access. Only the career page's tracker (export/import) uses it.
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
import {
  PROGRESS_VERSION,
  isPlainObject,
  isStoredStatus,
  sanitizeStoredProgress,
  storedStatuses,
  type ProgressStatuses,
} from './progress.ts';

/** `format` field of an export file. */
export const PROGRESS_FORMAT = 'dc-careers-progress';

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
