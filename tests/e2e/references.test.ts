/**
 * The reference list's status filter (`dc-reference-filter`): keyboard-operable radios that hide
 * the other entries and empty type groups and announce the count; without JavaScript, the
 * plain grouped list. At 1280 (light) and 375 (dark), axe clean.
 */
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';

const VIEWS = [
  { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { viewport: { width: 375, height: 812 }, colorScheme: 'dark' },
] as const;

test.for(VIEWS)(
  'filters by status from the keyboard at $viewport.width px ($colorScheme)',
  async ({ viewport, colorScheme }, { open, site }) => {
    const { page } = await open({ viewport, colorScheme });
    await page.goto(`${site.url}/references/`);
    await page.locator('fieldset[data-filter]').waitFor({ state: 'visible', timeout: APP_READY_MS });
    const entries = page.locator('.reference-list li[id]');
    const total = await entries.count();
    const unsupportable = await page.locator('.reference-list li[id]:has(.status-unsupportable)').count();
    expect(unsupportable).toBeGreaterThan(0);

    // Radios in order: 全部, 已核实, 已更正, 未核实, 无法核实; arrows move and check.
    await page.getByRole('radio', { name: /^全部/ }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: /^无法核实/ }).isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toBe(`显示 ${unsupportable} 条（无法核实）`);
    const shown = await page
      .locator('.reference-list li[id]:not([hidden])')
      .evaluateAll((els) => els.map((el) => el.querySelector('.status')?.textContent));
    expect(shown).toEqual(Array.from({ length: unsupportable }, () => '无法核实'));
    // A type group left empty is hidden with its heading.
    const groups = await page
      .locator('[data-group]')
      .evaluateAll((els) =>
        els.map((el) => [el.hasAttribute('hidden'), el.querySelector('li:not([hidden])') !== null]),
      );
    expect(groups.every(([hidden, hasEntry]) => hidden !== hasEntry)).toBe(true);
    expect(groups.some(([hidden]) => hidden)).toBe(true);

    expect(await axeViolations(page, { tags: WCAG_TAGS })).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toBe(`显示 ${total} 条`);
    expect(await page.locator('.reference-list li[id]:not([hidden])').count()).toBe(total);
  },
);

test('without JavaScript shows the whole grouped list and no filter', async ({ open, site }) => {
  const { page } = await open({ javaScriptEnabled: false });
  await page.goto(`${site.url}/references/`);
  expect(await page.locator('fieldset[data-filter]').isVisible()).toBe(false);
  const entries = page.locator('.reference-list li[id]');
  expect(await entries.count()).toBeGreaterThan(50);
  expect(await page.locator('.reference-list li[id]:visible').count()).toBe(await entries.count());
  expect(await page.locator('section[data-group] h2').count()).toBeGreaterThanOrEqual(5);
});
