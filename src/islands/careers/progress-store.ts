/**
 * The reader's saved progress in localStorage, shared by the career page's tracker, the plan and
 * the header's plan count, so every place reads, writes and announces it the same way. A write
 * fires `PROGRESS_EVENT` on `window` (same tab); other tabs get the browser's `storage` event.
 * Storage is not trusted (sanitised on read) and may be refused (private mode, full): reads then
 * give no progress and writes report failure instead of throwing.
 */
import {
  PROGRESS_EVENT,
  progressStorageKey,
  sanitizeStoredProgress,
  type ProgressStatuses,
} from '../../lib/careers/progress.ts';

export { PROGRESS_EVENT };

/** What every place that saves progress says when storage refuses a write, before what it means there. */
export const STORAGE_REFUSED = '浏览器不允许本站保存数据（可能是隐私模式或存储已满）';

/** A career's saved progress, keeping only known skills and statuses; empty when unreadable. */
export function loadProgress(careerId: string, skillIds: Iterable<string>): ProgressStatuses {
  try {
    const raw = localStorage.getItem(progressStorageKey(careerId));
    return raw === null ? {} : sanitizeStoredProgress(JSON.parse(raw), skillIds);
  } catch {
    return {};
  }
}

/** Saves a career's progress (removing the key when empty); false when storage refused it. */
export function saveProgress(careerId: string, statuses: ProgressStatuses): boolean {
  try {
    const key = progressStorageKey(careerId);
    if (Object.keys(statuses).length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(statuses));
  } catch {
    return false;
  }
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { career: careerId } }));
  return true;
}

/** localStorage key of the skills the plan recorded as 已掌握 from the reader's picker choice. */
const APPLIED_KEY = 'dc-careers:plan-applied:v1';

/**
 * Skill ids of `careerId` the plan has already recorded as 已掌握 from the reader's starting point
 * or ticks (whether or not the reader undid it since): the plan records each one once, so an
 * undone or re-marked skill is never overwritten again.
 */
export function appliedSkills(careerId: string): Set<string> {
  try {
    const all = JSON.parse(localStorage.getItem(APPLIED_KEY) ?? '{}') as unknown;
    const ids = typeof all === 'object' && all !== null ? (all as Record<string, unknown>)[careerId] : [];
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Adds `skillIds` to the skills recorded for `careerId` (storage errors are ignored). */
export function rememberApplied(careerId: string, skillIds: Iterable<string>): void {
  try {
    const parsed = JSON.parse(localStorage.getItem(APPLIED_KEY) ?? '{}') as unknown;
    const all =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    all[careerId] = [...new Set([...appliedSkills(careerId), ...skillIds])];
    localStorage.setItem(APPLIED_KEY, JSON.stringify(all));
  } catch {
    // Without storage nothing was saved either, so nothing can be overwritten later.
  }
}
