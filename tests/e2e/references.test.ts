/**
 * The reference list (`/references/`, `dc-reference-filter`): a text filter (author, title,
 * year) and a status filter that hide the other entries and empty type groups, keep the group
 * headings' counts and the type jump links in step, and announce the count; numbers that run
 * down the list; back links and downloads folded per entry. At 1280 and 375 px, light and
 * dark, axe clean, no horizontal overflow; without JavaScript, the plain grouped list.
 */
import type { Page } from 'playwright-core';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { APP_READY_MS, expect, test, PHONE, WIDE } from '../support/fixtures.ts';

async function openList(page: Page, url: string) {
  await page.goto(`${url}/references/`);
  await page.locator('form[data-filter]').waitFor({ state: 'visible', timeout: APP_READY_MS });
}

/** Per type group: whether it is hidden, entries shown, entries in all, its heading's count text. */
function groupsOf(page: Page) {
  return page.locator('section[data-group]').evaluateAll((sections) =>
    sections.map((s) => ({
      type: s.getAttribute('data-group') ?? '',
      hidden: s.hasAttribute('hidden'),
      shown: s.querySelectorAll('li[data-status]:not([hidden])').length,
      total: s.querySelectorAll('li[data-status]').length,
      count: s.querySelector('[data-count]')?.textContent?.trim() ?? '',
    })),
  );
}

/** Types whose jump link is shown. */
function jumpsOf(page: Page) {
  return page
    .locator('.jump li[data-jump]')
    .evaluateAll((items) =>
      items.filter((li) => !li.hasAttribute('hidden')).map((li) => li.getAttribute('data-jump')),
    );
}

async function expectClean(page: Page) {
  expect(await axeViolations(page, { tags: WCAG_TAGS })).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

test.for([
  { viewport: WIDE, colorScheme: 'light' },
  { viewport: PHONE, colorScheme: 'dark' },
] as const)(
  'filters by status from the keyboard at $viewport.width px ($colorScheme)',
  async ({ viewport, colorScheme }, { open, site }) => {
    const { page } = await open({ viewport, colorScheme });
    await openList(page, site.url);
    const entries = page.locator('.reference-list li[data-status]');
    const total = await entries.count();
    const unsupportable = await page.locator('.reference-list li[data-status="unsupportable"]').count();
    expect(unsupportable).toBeGreaterThan(0);

    // Radios in order: 全部, 已核实, 已更正, 未核实, 无法核实; arrows move and check.
    await page.getByRole('radio', { name: /^全部/ }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: /^无法核实/ }).isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toBe(`显示 ${unsupportable} / ${total} 条（无法核实）`);
    const shown = await page
      .locator('.reference-list li[data-status]:not([hidden])')
      .evaluateAll((els) => els.map((el) => el.querySelector('.status')?.textContent));
    expect(shown).toEqual(Array.from({ length: unsupportable }, () => '无法核实'));
    // Empty groups are hidden with their jump links; the others count what they show.
    const groups = await groupsOf(page);
    expect(groups.some((g) => g.hidden)).toBe(true);
    for (const g of groups) {
      expect(g.hidden, g.type).toBe(g.shown === 0);
      if (!g.hidden) expect(g.count, g.type).toBe(`${g.shown} / ${g.total} 条`);
    }
    expect(await jumpsOf(page)).toEqual(groups.filter((g) => !g.hidden).map((g) => g.type));
    await expectClean(page);

    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toBe(`显示全部 ${total} 条`);
    expect(await page.locator('.reference-list li[data-status]:not([hidden])').count()).toBe(total);
    for (const g of await groupsOf(page)) expect(g.count, g.type).toBe(`${g.total} 条`);
  },
);

test.for([
  { viewport: WIDE, colorScheme: 'dark' },
  { viewport: PHONE, colorScheme: 'light' },
] as const)(
  'finds entries by author, year or title and says how many at $viewport.width px ($colorScheme)',
  async ({ viewport, colorScheme }, { open, site }) => {
    const { page } = await open({ viewport, colorScheme });
    await openList(page, site.url);
    const total = await page.locator('.reference-list li[data-status]').count();
    const query = page.getByRole('searchbox', { name: '按作者、题名或年份查找' });

    /** Entries whose written form contains `word` (any case), counted in the page itself. */
    const expected = (word: string) =>
      page
        .locator('.reference-list li[data-status]')
        .evaluateAll(
          (els, w) =>
            els.filter((el) => el.querySelector('.entry')?.textContent?.toLowerCase().includes(w)).length,
          word.toLowerCase(),
        );
    const visibleTexts = () =>
      page
        .locator('.reference-list li[data-status]:not([hidden]) .entry')
        .evaluateAll((els) => els.map((el) => el.textContent?.toLowerCase() ?? ''));

    // An author: the entries that name them, in their groups, counted in the headings.
    await query.fill('bengio');
    const byAuthor = await expected('bengio');
    expect(byAuthor).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toBe(`显示 ${byAuthor} / ${total} 条（含“bengio”）`);
    expect((await visibleTexts()).every((t) => t.includes('bengio'))).toBe(true);
    const groups = await groupsOf(page);
    for (const g of groups) if (!g.hidden) expect(g.count, g.type).toBe(`${g.shown} / ${g.total} 条`);
    const jumps = await jumpsOf(page);
    expect(jumps).toEqual(groups.filter((g) => !g.hidden).map((g) => g.type));

    // A jump link of a group still shown takes the reader to it (in view, below the header).
    const last = jumps.at(-1) ?? '';
    await page.locator(`.jump li[data-jump="${last}"] a`).click();
    await expect
      .poll(() => page.evaluate(() => location.hash), { timeout: APP_READY_MS })
      .toBe(`#type-${last}`);
    const top = await page.locator(`#type-${last}`).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(viewport.height);

    // A year and a status together.
    await query.fill('2016');
    await page.getByRole('radio', { name: /^已核实/ }).check();
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toMatch(/^显示 \d+ \/ \d+ 条（已核实，含“2016”）$/);
    const byYear = await page
      .locator('.reference-list li[data-status]:not([hidden])')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-status'), el.textContent]));
    expect(byYear.length).toBeGreaterThan(0);
    for (const [status, text] of byYear) {
      expect(status).toBe('verified');
      expect(text).toContain('2016');
    }

    // Nothing found: said in the page, and one button clears both filters.
    await query.fill('zzqx-no-such-entry');
    await expect
      .poll(() => page.locator('[data-filter-empty]').isVisible(), { timeout: APP_READY_MS })
      .toBe(true);
    expect(await page.locator('section[data-group]:not([hidden])').count()).toBe(0);
    await expectClean(page);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect
      .poll(() => page.locator('[data-filter-status]').textContent(), { timeout: APP_READY_MS })
      .toBe(`显示全部 ${total} 条`);
    expect(await query.inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: /^全部/ }).isChecked()).toBe(true);

    // A Chinese gloss finds its entry too; opening an entry's back links keeps the page clean.
    await query.fill('深度学习');
    await expect
      .poll(() => page.locator('.reference-list li[data-status]:not([hidden])').count(), {
        timeout: APP_READY_MS,
      })
      .toBe(await expected('深度学习'));
    await page.locator('.reference-list li[data-status]:not([hidden]) summary').first().click();
    expect(await page.locator('.reference-list details[open] .cited a').first().isVisible()).toBe(true);
    await expectClean(page);
  },
);

test('numbers run down the list; a link to an entry clears a filter that hides it and unfolds its back links', async ({
  open,
  site,
}) => {
  const { page } = await open({ viewport: PHONE });
  await openList(page, site.url);
  const numbers = await page
    .locator('.reference-list li[data-status]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('value'), el.querySelector('.num')?.textContent?.trim()]),
    );
  expect(numbers.map(([value]) => Number(value))).toEqual(numbers.map((_, i) => i + 1));
  expect(numbers.every(([value, shown]) => shown === `[${value}]`)).toBe(true);

  await page.getByRole('searchbox', { name: '按作者、题名或年份查找' }).fill('bengio');
  await expect.poll(() => page.locator('#ref-slurm-gres').isHidden(), { timeout: APP_READY_MS }).toBe(true);
  await page.evaluate(() => (location.hash = '#ref-slurm-gres'));
  await expect.poll(() => page.locator('#ref-slurm-gres').isVisible(), { timeout: APP_READY_MS }).toBe(true);
  // Arriving at an entry unfolds its back links and downloads.
  expect(await page.locator('#ref-slurm-gres details').getAttribute('open')).not.toBeNull();
  expect(await page.getByRole('searchbox', { name: '按作者、题名或年份查找' }).inputValue()).toBe('');
});

test('without JavaScript shows the whole grouped list and no filter', async ({ open, site }) => {
  const { page } = await open({ javaScriptEnabled: false });
  await page.goto(`${site.url}/references/`);
  expect(await page.locator('form[data-filter]').isVisible()).toBe(false);
  const entries = page.locator('.reference-list li[data-status]');
  expect(await entries.count()).toBeGreaterThan(50);
  expect(await page.locator('.reference-list li[data-status]:visible').count()).toBe(await entries.count());
  expect(await page.locator('section[data-group] h2').count()).toBeGreaterThanOrEqual(5);
});
