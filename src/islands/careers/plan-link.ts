/**
 * What the plan page needs only when it was opened with a plan in its URL (a link from the
 * picker, a career page or another reader): reading the hash, and the words for a plan that is
 * someone else's — its progress shown beside the reader's own, the import question, the offer to
 * record skills the link says the reader has. `<dc-plan-view>` loads it with `import()` when the
 * URL has a hash, so a plan opened from the navigation does not.
 */
import type { PlanState } from '../../lib/careers/plan-hash.ts';
import { skillStatuses, type ProgressStatuses } from '../../lib/careers/progress.ts';
import type { Choice } from './choice.ts';

export { parsePlanHash } from '../../lib/careers/plan-hash-parse.ts';

const sameSet = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x) => b.includes(x)));

/** True when a linked plan's starting point and ticks are the reader's own saved choice. */
export const isOwnChoice = (plan: PlanState, choice: Choice): boolean =>
  (plan.from ?? '') === (choice.from ?? '') && sameSet(plan.have, choice.have);

/** "已掌握 2 项、学习中 1 项" for a set of statuses ("没有记录" when empty). */
export function describeProgress(progress: ProgressStatuses): string {
  const counts = { mastered: 0, learning: 0, skipped: 0 };
  for (const status of Object.values(progress)) counts[status]++;
  const parts = (['mastered', 'learning', 'skipped'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${skillStatuses[s]} ${counts[s]} 项`);
  return parts.length > 0 ? parts.join('、') : '没有记录';
}

/** True when two sets of statuses are the same. */
export const sameProgress = (a: ProgressStatuses, b: ProgressStatuses): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([id, s]) => b[id] === s);

/** The banner over a shared plan, and whether importing would change anything. */
export function sharedBanner(
  role: string,
  linked: ProgressStatuses,
  own: ProgressStatuses,
): { text: string; canImport: boolean } {
  const same = sameProgress(linked, own);
  return {
    canImport: !same,
    text: same
      ? `这是链接中分享的计划，链接里的进度与你在“${role}”上保存的进度相同。`
      : `这是链接中分享的计划：下面显示的是链接里的进度（${describeProgress(linked)}）。你在“${role}”上保存的进度没有改变。`,
  };
}

/** The question asked before a shared plan's progress replaces the reader's own. */
export function importQuestion(role: string, linked: ProgressStatuses, own: ProgressStatuses): string {
  const ownText =
    Object.keys(own).length === 0
      ? '你目前没有保存这条路径的进度'
      : `你目前保存的进度：${describeProgress(own)}`;
  return `导入会用链接中的进度（${describeProgress(linked)}）替换你在“${role}”上保存的全部进度（${ownText}）。替换后无法撤销。确定导入吗？`;
}

/** The offer to record as 已掌握 the skills a link (not the reader's own choice) says they have. */
export function offerText(skillNames: readonly string[]): string {
  return `这个链接说你已具备 ${skillNames.length} 项技能（${skillNames.join('、')}）。要记为“已掌握”吗？你保存的进度在你确认前不会改变。`;
}
