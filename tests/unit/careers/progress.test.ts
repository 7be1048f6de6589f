import { describe, expect, it } from 'vitest';
import {
  nextStatus,
  progressStorageKey,
  progressSummaryText,
  sanitizeStoredProgress,
  savedProgressBadge,
  skillStatuses,
  statusButtonLabel,
  statusChangeText,
  statusOf,
  summarizeProgress,
  withStatus,
} from '../../../src/lib/careers/progress.ts';

const skillIds = ['python', 'docker', 'k8s', 'serving'];

describe('progressStorageKey', () => {
  it('is stable and versioned per career', () => {
    expect(progressStorageKey('mlops-engineer')).toBe('dc-careers:progress:v1:mlops-engineer');
  });
});

describe('sanitizeStoredProgress', () => {
  it('keeps known skills with known statuses and drops the rest', () => {
    expect(
      sanitizeStoredProgress({ python: 'mastered', gone: 'learning', k8s: 'weird', docker: 3 }, skillIds),
    ).toEqual({ python: 'mastered' });
    expect(sanitizeStoredProgress('garbage', skillIds)).toEqual({});
    expect(sanitizeStoredProgress(null, skillIds)).toEqual({});
  });
});

describe('withStatus', () => {
  it('sets a status without touching the input, and not-started removes it', () => {
    const before = { python: 'learning' as const };
    const after = withStatus(before, 'python', 'mastered');
    expect(after).toEqual({ python: 'mastered' });
    expect(before).toEqual({ python: 'learning' });
    expect(withStatus(after, 'python', 'not-started')).toEqual({});
  });
});

describe('statusOf', () => {
  it('is the saved status, or not-started for a skill without one (not an inherited key)', () => {
    const statuses = { python: 'learning' as const };
    expect(statusOf(statuses, 'python')).toBe('learning');
    expect(statusOf(statuses, 'docker')).toBe('not-started');
    expect(statusOf(statuses, 'constructor')).toBe('not-started');
  });
});

describe('summarizeProgress', () => {
  it('counts mastered over all skills minus skipped ones', () => {
    // 4 skills, 1 skipped → 3 counted; 1 mastered → 33% (rounded down).
    expect(
      summarizeProgress(skillIds, { python: 'mastered', docker: 'learning', serving: 'skipped' }),
    ).toEqual({
      total: 4,
      mastered: 1,
      learning: 1,
      skipped: 1,
      notStarted: 1,
      counted: 3,
      percent: 33,
    });
  });

  it('is 0% with nothing marked and 100% only when every counted skill is mastered', () => {
    expect(summarizeProgress(skillIds, {}).percent).toBe(0);
    const almost = { python: 'mastered', docker: 'mastered', k8s: 'mastered' } as const;
    expect(summarizeProgress(skillIds, almost).percent).toBe(75);
    expect(summarizeProgress(skillIds, { ...almost, serving: 'skipped' }).percent).toBe(100);
  });

  it('is 0% (not NaN) when every skill is skipped, and ignores ids not on the roadmap', () => {
    const allSkipped = Object.fromEntries(skillIds.map((id) => [id, 'skipped' as const]));
    expect(summarizeProgress(skillIds, allSkipped)).toMatchObject({ counted: 0, percent: 0 });
    expect(summarizeProgress(['a'], { b: 'mastered' })).toMatchObject({ mastered: 0, counted: 1 });
  });
});

describe('nextStatus', () => {
  it('cycles 未开始 → 学习中 → 已掌握 → 跳过 → 未开始', () => {
    expect(nextStatus('not-started')).toBe('learning');
    expect(nextStatus('learning')).toBe('mastered');
    expect(nextStatus('mastered')).toBe('skipped');
    expect(nextStatus('skipped')).toBe('not-started');
  });

  it('visits every status once in four steps, in the order the select lists them', () => {
    const seen = [];
    let status = nextStatus('skipped');
    for (let i = 0; i < 4; i++) {
      seen.push(status);
      status = nextStatus(status);
    }
    expect(seen).toEqual(Object.keys(skillStatuses));
    expect(status).toBe('not-started');
  });
});

describe('savedProgressBadge', () => {
  it('is null when nothing valid is saved', () => {
    expect(savedProgressBadge(undefined, skillIds)).toBeNull();
    expect(savedProgressBadge(null, skillIds)).toBeNull();
    expect(savedProgressBadge({}, skillIds)).toBeNull();
    expect(savedProgressBadge([1, 2], skillIds)).toBeNull();
    expect(savedProgressBadge({ gone: 'mastered', python: 'bogus' }, skillIds)).toBeNull();
  });

  it('counts mastered skills out of those not skipped, as the career page does', () => {
    expect(savedProgressBadge({ python: 'mastered', docker: 'mastered', k8s: 'skipped' }, skillIds)).toEqual({
      mastered: 2,
      counted: 3,
      percent: 66,
      text: '已掌握 2/3',
    });
  });

  it('shows 0 mastered once the reader has started (only 学习中), and ignores unknown entries', () => {
    expect(savedProgressBadge({ docker: 'learning', gone: 'mastered' }, skillIds)).toEqual({
      mastered: 0,
      counted: 4,
      percent: 0,
      text: '已掌握 0/4',
    });
  });

  it('reports 0/0 when every skill is skipped', () => {
    const allSkipped = Object.fromEntries(skillIds.map((id) => [id, 'skipped']));
    expect(savedProgressBadge(allSkipped, skillIds)).toMatchObject({
      counted: 0,
      percent: 0,
      text: '已掌握 0/0',
    });
  });
});

describe('progressSummaryText', () => {
  it('says mastered of counted with the percentage, then what is learning or skipped', () => {
    expect(progressSummaryText(summarizeProgress(skillIds, {}))).toBe('已掌握 0 / 4 项（0%）。');
    expect(
      progressSummaryText(
        summarizeProgress(skillIds, { python: 'mastered', docker: 'learning', k8s: 'skipped' }),
      ),
    ).toBe('已掌握 1 / 3 项（33%）；学习中 1 项，跳过 1 项。');
    const allSkipped = Object.fromEntries(skillIds.map((id) => [id, 'skipped' as const]));
    expect(progressSummaryText(summarizeProgress(skillIds, allSkipped))).toBe(
      '全部 4 项都已跳过，没有要计算的技能。',
    );
  });
});

describe('statusChangeText and statusButtonLabel', () => {
  it('announce a change the same way on every page', () => {
    const summary = summarizeProgress(skillIds, { python: 'learning' });
    expect(statusChangeText('Python', 'learning', summary)).toBe(
      '“Python”：学习中。已掌握 0 / 4 项（0%）；学习中 1 项。',
    );
    expect(statusButtonLabel('Python', 'not-started')).toBe('Python：未开始');
  });
});
