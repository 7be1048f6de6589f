import { describe, expect, it } from 'vitest';
import {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  createProgressFile,
  nextStatus,
  parseProgressFile,
  progressStorageKey,
  sanitizeStoredProgress,
  savedProgressBadge,
  skillStatuses,
  summarizeProgress,
  withStatus,
  type ProgressFileExpectation,
} from '../../../src/lib/careers/progress.ts';

const skillIds = ['python', 'docker', 'k8s', 'serving'];
const expected: ProgressFileExpectation = {
  careerId: 'mlops-engineer',
  careerName: 'MLOps 工程师',
  skillIds,
};

const good = {
  format: PROGRESS_FORMAT,
  version: PROGRESS_VERSION,
  career: 'mlops-engineer',
  exportedAt: '2026-11-28T00:00:00.000Z',
  statuses: { python: 'mastered', docker: 'learning', serving: 'skipped' },
};
const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });

/** The error of a refused file (fails the test if the file was accepted). */
function errorOf(text: string): string {
  const result = parseProgressFile(text, expected);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('progressStorageKey', () => {
  it('is stable and versioned per career', () => {
    expect(progressStorageKey('mlops-engineer')).toBe('dc-careers:progress:v1:mlops-engineer');
  });
});

describe('parseProgressFile', () => {
  it('accepts a file written by createProgressFile and returns its statuses', () => {
    const file = createProgressFile(
      'mlops-engineer',
      { python: 'mastered', docker: 'learning' },
      new Date(0),
    );
    expect(file).toMatchInlineSnapshot(`
      {
        "career": "mlops-engineer",
        "exportedAt": "1970-01-01T00:00:00.000Z",
        "format": "dc-careers-progress",
        "statuses": {
          "docker": "learning",
          "python": "mastered",
        },
        "version": 1,
      }
    `);
    expect(parseProgressFile(JSON.stringify(file), expected)).toEqual({
      ok: true,
      statuses: { python: 'mastered', docker: 'learning' },
    });
  });

  it('accepts an empty statuses object (everything 未开始) and ignores unknown top-level fields', () => {
    expect(parseProgressFile(withField({ statuses: {}, note: 'x' }), expected)).toEqual({
      ok: true,
      statuses: {},
    });
  });

  it('refuses text that is not JSON', () => {
    expect(errorOf('not json {')).toMatch(/不是有效的 JSON/);
    expect(errorOf('')).toMatch(/不是有效的 JSON/);
  });

  it('refuses JSON that is not an object', () => {
    expect(errorOf('[1,2]')).toMatch(/最外层应是一个 JSON 对象，实际是数组/);
    expect(errorOf('null')).toMatch(/实际是null/);
  });

  it('refuses a wrong or missing format', () => {
    expect(errorOf(withField({ format: 'something-else' }))).toMatch(
      /不是本站导出的学习进度文件.*something-else/,
    );
    expect(errorOf(withField({ format: undefined }))).toMatch(/format 字段.*缺失/);
  });

  it('refuses a version that is not a number, or one it does not support', () => {
    expect(errorOf(withField({ version: '1' }))).toMatch(/version 字段应是数字/);
    expect(errorOf(withField({ version: 2 }))).toMatch(/不支持的文件版本 2.*版本 1/);
  });

  it('refuses another career’s file, naming both careers', () => {
    const error = errorOf(withField({ career: 'data-engineer' }));
    expect(error).toMatch(/另一条职业路径（data-engineer）/);
    expect(error).toContain('MLOps 工程师');
    expect(errorOf(withField({ career: 7 }))).toMatch(/career 字段应是职业 id 字符串，实际是数字 7/);
  });

  it('refuses statuses that are not an object', () => {
    expect(errorOf(withField({ statuses: ['python'] }))).toMatch(/statuses 字段.*实际是数组/);
    expect(errorOf(withField({ statuses: undefined }))).toMatch(/statuses 字段.*缺失/);
  });

  it('refuses unknown skill ids, naming them', () => {
    expect(errorOf(withField({ statuses: { python: 'mastered', rust: 'learning' } }))).toMatch(
      /本页没有的技能 id：“rust”/,
    );
    // A key that would be special on a plain object is just another unknown id.
    expect(
      errorOf(
        '{"format":"dc-careers-progress","version":1,"career":"mlops-engineer","statuses":{"__proto__":"mastered"}}',
      ),
    ).toMatch(/“__proto__”/);
  });

  it('refuses unknown statuses and non-string statuses', () => {
    expect(errorOf(withField({ statuses: { python: 'done' } }))).toMatch(/技能“python”的状态“done”无效/);
    // "not-started" is the absence of a key, never a stored value.
    expect(errorOf(withField({ statuses: { python: 'not-started' } }))).toMatch(/无效/);
    expect(errorOf(withField({ statuses: { python: true } }))).toMatch(/状态应是字符串.*实际是布尔值/);
    expect(errorOf(withField({ statuses: { python: null } }))).toMatch(/实际是null/);
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
