/**
 * Fuzzing the progress import: files generated with fast-check (random JSON, random text,
 * valid files with one thing broken) are refused with a message, and the saved state in
 * localStorage never changes.
 */
import { describe } from 'vitest';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import fc from 'fast-check';
import { progressStorageKey } from '../../src/lib/careers/progress.ts';
import { parseProgressFile } from '../../src/lib/careers/progress-file.ts';

const CAREER = 'mlops-engineer';
let skillIds: string[] = [];

const valid = (statuses: Record<string, unknown>) => ({
  format: 'dc-careers-progress',
  version: 1,
  career: CAREER,
  exportedAt: '2026-11-28T00:00:00.000Z',
  statuses,
});

function malformedFiles(ids: string[]): string[] {
  const oneBroken = fc.oneof(
    fc
      .constantFrom('format', 'version', 'career', 'statuses')
      .chain((field) =>
        fc.jsonValue().map((value) => JSON.stringify({ ...valid({ [ids[0]]: 'mastered' }), [field]: value })),
      ),
    fc
      .string({ minLength: 1, maxLength: 12 })
      .map((id) => JSON.stringify(valid({ [`zz-${id}`]: 'learning' }))),
    fc.jsonValue().map((status) => JSON.stringify(valid({ [ids[0]]: status }))),
  );
  const anything = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
  );
  const candidates = fc.sample(fc.oneof(oneBroken, anything), { seed: 42, numRuns: 60 });
  // Keep the ones the validator refuses (a random value may happen to be valid).
  return candidates
    .filter(
      (text) => !parseProgressFile(text, { careerId: CAREER, careerName: 'MLOps 工程师', skillIds: ids }).ok,
    )
    .slice(0, 20);
}

describe('progress import (fuzzed)', () => {
  test('refuses every malformed file and never changes the saved state', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/${CAREER}/`);
    skillIds = await page.$$eval('[data-skill-id]', (els) =>
      els.map((e) => e.getAttribute('data-skill-id') ?? ''),
    );
    expect(skillIds.length).toBeGreaterThan(3);
    const key = progressStorageKey(CAREER);
    await page.locator('dc-career-progress select').nth(1).selectOption('mastered');
    await expect
      .poll(() => page.evaluate((k) => localStorage.getItem(k), key), { timeout: APP_READY_MS })
      .toContain('mastered');
    const saved = await page.evaluate((k) => localStorage.getItem(k), key);

    const files = malformedFiles(skillIds);
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const [i, text] of files.entries()) {
      await page.locator('dc-career-progress input[type="file"]').setInputFiles({
        name: `fuzz-${i}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const alert = page.getByRole('alert').filter({ hasText: '无法导入' });
      await alert.waitFor({ timeout: APP_READY_MS });
      expect(await page.evaluate((k) => localStorage.getItem(k), key), text).toBe(saved);
    }
  });

  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseProgressFile(text, { careerId: CAREER, careerName: 'x', skillIds: ['a', 'b'] });
        return typeof result.ok === 'boolean';
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
