/**
 * Career stages from first job to staff level, in order, with their Chinese labels. Pure, so the
 * islands can use them without the schemas (which bring Zod); src/schemas/career.ts re-exports them.
 */
export const stageIds = ['entry', 'mid', 'senior', 'staff'] as const;
export type StageId = (typeof stageIds)[number];
export const stageLabels: Record<StageId, string> = {
  entry: '入门',
  mid: '中级',
  senior: '高级',
  staff: '资深 / 专家',
};
