import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION } from '../../../src/lib/careers/progress.ts';
import {
  PROGRESS_FORMAT,
  createProgressFile,
  parseProgressFile,
  type ProgressFileExpectation,
} from '../../../src/lib/careers/progress-file.ts';

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
