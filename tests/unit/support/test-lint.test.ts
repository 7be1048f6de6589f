import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTestSource } from '../../support/test-lint.ts';
import { ROOT } from '../../../tools/site-build.ts';

const rules = (source: string) => lintTestSource('x.test.ts', source).map((f) => `${f.line} ${f.rule}`);

describe('lintTestSource', () => {
  it('flags waits on the app that rely on a default timeout', () => {
    expect(
      rules(`
await expect.poll(() => state()).toBe('done');
await expect
  .poll(() => state(), { interval: 50 })
  .toBe('done');
await page.locator('dialog').waitFor();
await page.waitForURL('/x/');
await page.waitForSelector('body', { state: 'attached' });
await page.waitForFunction(() => ready, undefined);
const [d] = await Promise.all([page.waitForEvent('download'), click()]);
await page.waitForLoadState('networkidle');
`),
    ).toEqual([
      '2 wait-without-timeout',
      '3 wait-without-timeout',
      '6 wait-without-timeout',
      '7 wait-without-timeout',
      '8 wait-without-timeout',
      '9 wait-without-timeout',
      '10 wait-without-timeout',
      '11 wait-without-timeout',
    ]);
  });

  it('accepts waits that state a timeout, and plain sleeps', () => {
    expect(
      rules(`
const wait = { timeout: APP_READY_MS };
await expect.poll(() => state(), wait).toBe('done');
await page.locator('dialog').waitFor({ state: 'visible', ...wait });
await expect.poll(() => state(), { timeout: APP_READY_MS }).toBe('done');
await expect.poll(() => state(), { interval: 50, timeout }).toBe('done');
await page.locator('dialog').waitFor({ state: 'visible', timeout: APP_READY_MS });
await page.waitForURL('/x/', { timeout: APP_READY_MS });
await page.waitForFunction(() => ready, undefined, { timeout: APP_READY_MS });
await page.waitForTimeout(100);
poll(() => 1);
`),
    ).toEqual([]);
  });

  it('does not take any options object for a timeout', () => {
    expect(
      rules(`
const visible = { state: 'visible' };
let wait = { timeout: 1 };
await page.locator('dialog').waitFor(visible);
await page.locator('dialog').waitFor({ ...visible });
await expect.poll(() => state(), wait).toBe('done');
`),
    ).toEqual(['4 wait-without-timeout', '5 wait-without-timeout', '6 wait-without-timeout']);
  });

  it('flags assertions on elapsed time', () => {
    expect(
      rules(`
const t0 = performance.now();
await run();
expect(performance.now() - t0).toBeLessThan(500);
expect(Date.now() - start, 'took too long').toBeLessThan(1000);
expect(result).toBe(42);
`),
    ).toEqual(['4 timed-assertion', '5 timed-assertion']);
  });
});

describe('the test suite', () => {
  it('has no wait without a timeout in browser code and no timed assertion anywhere', () => {
    const files = ['tests/e2e', 'tests/support', 'tests/build', 'tests/unit', 'tools', 'bench'].flatMap(
      (dir) =>
        readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.ts'))
          .map((f) => join(ROOT, dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    const findings = files
      .flatMap((file) => lintTestSource(relative(ROOT, file), readFileSync(file, 'utf8')))
      // The waits rule is about code that drives the browser; the clock rule holds everywhere.
      .filter((f) => f.rule === 'timed-assertion' || /^(tests\/(e2e|support)|tools|bench)\//.test(f.file))
      // This file's own examples are strings, not calls, so they are not found here.
      .map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`);
    expect(findings).toEqual([]);
  });
});
