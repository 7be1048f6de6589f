/**
 * Career pages in real Chromium: the progress tracker (marking by select and by the status
 * button, persistence, export/import, refusing bad files, no-JS and print views), the index
 * filters, the transitions map (links, highlight on focus and hover, saved progress on its
 * nodes), search by a tool named on one career page only, and layout at 375px.
 */
import { describe } from 'vitest';
import { APP_READY_MS, expect, test, PHONE } from '../support/fixtures.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { ROOT } from '../../tools/site-build.ts';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { overflowingElements } from './layout-checks.ts';

interface ContentCareer {
  id: string;
  role: string;
  area: string;
  skills: { id: string; name: string }[];
  transitions?: { career: string; direction: 'to' | 'from' }[];
}

/** The careers as the content files describe them (frontmatter only). */
const careers: ContentCareer[] = readdirSync(join(ROOT, 'content/careers'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const frontmatter = readFileSync(join(ROOT, 'content/careers', f), 'utf8').split(/^---$/m)[1];
    return { id: f.slice(0, -3), ...(parseYaml(frontmatter) as Omit<ContentCareer, 'id'>) };
  });

const CAREER = careers.find((c) => c.id === 'mlops-engineer')!;
const STORAGE_KEY = `dc-careers:progress:v1:${CAREER.id}`;
const CAREER_PATH = `/careers/${CAREER.id}/`;
const statusSelect = (page: Page, skillName: string) =>
  page.getByRole('combobox', { name: `学习状态：${skillName}`, exact: true });
/** The square button before a skill, found by its name and the status it shows. */
const statusButton = (page: Page, skillName: string, status: string) =>
  page.getByRole('button', { name: `${skillName}：${status}`, exact: true });
const stored = async (page: Page) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? '{}') as Record<
    string,
    string
  >;

/** Value and max of the progress bar, and the text beside it. */
async function progressOf(page: Page) {
  const bar = page.getByRole('progressbar', { name: '学习进度' });
  const [value, max] = await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max]);
  return { value, max, text: await page.locator('.progress-text').textContent() };
}

/** Status of every skill, read from the controls. */
async function statusesOnPage(page: Page): Promise<Record<string, string>> {
  const pairs = await page.$$eval('li[data-skill-id]', (items) =>
    items.map((li): [string, string] => [
      (li as HTMLElement).dataset['skillId'] ?? '',
      li.querySelector('select')?.value ?? '',
    ]),
  );
  return Object.fromEntries(pairs);
}

describe('progress tracker', () => {
  test('updates the progress bar as items are marked, announces it, and keeps the state after a reload', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(site.url + CAREER_PATH);
    const total = CAREER.skills.length;
    const [a, b, c] = CAREER.skills as [ContentCareer['skills'][number], ...ContentCareer['skills']];
    expect(await progressOf(page)).toMatchObject({ value: 0, max: total });

    await statusSelect(page, a.name).selectOption('mastered');
    expect(await progressOf(page)).toMatchObject({ value: 1, max: total });
    await statusSelect(page, b.name).selectOption('skipped');
    // A skipped skill leaves the count: 1 of (total − 1).
    expect(await progressOf(page)).toMatchObject({ value: 1, max: total - 1 });
    await statusSelect(page, c.name).selectOption('learning');
    const before = await progressOf(page);
    expect(before).toMatchObject({ value: 1, max: total - 1 });
    expect(before.text).toContain(`已掌握 1 / ${total - 1} 项`);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: c.name }).textContent(), {
        timeout: APP_READY_MS,
      })
      .toContain('学习中');

    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!)).toEqual({
      [a.id]: 'mastered',
      [b.id]: 'skipped',
      [c.id]: 'learning',
    });
    await page.reload();
    expect(await progressOf(page)).toEqual(before);
    expect(await statusSelect(page, a.name).inputValue()).toBe('mastered');
    expect(await statusSelect(page, b.name).inputValue()).toBe('skipped');
    expect(await statusSelect(page, c.name).inputValue()).toBe('learning');
    // Back to 未开始 removes the entry.
    await statusSelect(page, c.name).selectOption('not-started');
    expect(
      JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!) as Record<
        string,
        string
      >,
    ).not.toHaveProperty(c.id);
    // 清除进度 asks first; accepting empties the list and the storage.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清除进度' }).click();
    await expect
      .poll(() => progressOf(page), { timeout: APP_READY_MS })
      .toMatchObject({ value: 0, max: total });
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  });

  test('the square before a skill cycles its status by click and by Space/Enter, in step with the select, and persists', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(site.url + CAREER_PATH);
    const [a, b] = CAREER.skills as [ContentCareer['skills'][number], ContentCareer['skills'][number]];
    const total = CAREER.skills.length;

    // Click: 未开始 → 学习中 → 已掌握; the select, the bar and the live region follow.
    await statusButton(page, a.name, '未开始').click();
    expect(await statusSelect(page, a.name).inputValue()).toBe('learning');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: a.name }).textContent(), {
        timeout: APP_READY_MS,
      })
      .toContain(`“${a.name}”：学习中`);
    await statusButton(page, a.name, '学习中').click();
    expect(await statusSelect(page, a.name).inputValue()).toBe('mastered');
    expect(await progressOf(page)).toMatchObject({ value: 1, max: total });

    // Keyboard: Space twice, then Enter: 未开始 → 学习中 → 已掌握 → 跳过.
    await statusButton(page, b.name, '未开始').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    expect(await statusSelect(page, b.name).inputValue()).toBe('mastered');
    await page.keyboard.press('Enter');
    expect(await statusSelect(page, b.name).inputValue()).toBe('skipped');
    // Focus stays on the same control, now named for its new status.
    expect(await statusButton(page, b.name, '跳过').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: b.name }).textContent(), {
        timeout: APP_READY_MS,
      })
      .toContain(`“${b.name}”：跳过`);
    expect(await progressOf(page)).toMatchObject({ value: 1, max: total - 1 });
    expect(await stored(page)).toEqual({ [a.id]: 'mastered', [b.id]: 'skipped' });

    // The select sets the button too; a press from 跳过 goes back to 未开始.
    await statusSelect(page, a.name).selectOption('learning');
    expect(await statusButton(page, a.name, '学习中').count()).toBe(1);
    await page.reload();
    expect(await statusSelect(page, a.name).inputValue()).toBe('learning');
    expect(await statusSelect(page, b.name).inputValue()).toBe('skipped');
    await statusButton(page, b.name, '跳过').click();
    expect(await statusSelect(page, b.name).inputValue()).toBe('not-started');
    expect(await stored(page)).toEqual({ [a.id]: 'learning' });
  });

  test('exports a JSON file that restores the same state in a fresh browser profile', async ({
    open,
    site,
  }) => {
    const first = await open();
    await first.page.goto(site.url + CAREER_PATH);
    const picks: [string, string][] = [
      [CAREER.skills[0].name, 'mastered'],
      [CAREER.skills[3].name, 'learning'],
      [CAREER.skills[5].name, 'skipped'],
      [CAREER.skills[7].name, 'mastered'],
    ];
    for (const [name, status] of picks) await statusSelect(first.page, name).selectOption(status);
    const exported = await statusesOnPage(first.page);
    const progress = await progressOf(first.page);

    const [download] = await Promise.all([
      first.page.waitForEvent('download', { timeout: APP_READY_MS }),
      first.page.getByRole('button', { name: '导出进度（JSON）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${CAREER.id}-progress-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const file = await download.path();
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'dc-careers-progress', version: 1, career: CAREER.id });
    expect(Object.keys(json['statuses'] as object)).toHaveLength(picks.length);

    const second = await open();
    await second.page.goto(site.url + CAREER_PATH);
    expect(await progressOf(second.page)).toMatchObject({ value: 0 });
    const [chooser] = await Promise.all([
      second.page.waitForEvent('filechooser', { timeout: APP_READY_MS }),
      second.page.getByRole('button', { name: '导入进度…' }).click(),
    ]);
    await chooser.setFiles(file);
    await expect.poll(() => statusesOnPage(second.page), { timeout: APP_READY_MS }).toEqual(exported);
    expect(await progressOf(second.page)).toEqual(progress);
    await second.page.reload();
    expect(await statusesOnPage(second.page)).toEqual(exported);
  });

  test.for<[name: string, content: string, message: RegExp]>([
    ['not JSON', '{"format": "dc-careers-progress", ', /不是有效的 JSON/],
    [
      'wrong format',
      JSON.stringify({ format: 'x', version: 1, career: 'mlops-engineer', statuses: {} }),
      /format/,
    ],
    [
      'another career',
      JSON.stringify({ format: 'dc-careers-progress', version: 1, career: 'data-engineer', statuses: {} }),
      /另一条职业路径（data-engineer）/,
    ],
    [
      'unknown skill',
      JSON.stringify({
        format: 'dc-careers-progress',
        version: 1,
        career: 'mlops-engineer',
        statuses: { 'no-such-skill': 'mastered' },
      }),
      /本页没有的技能 id：“no-such-skill”/,
    ],
  ])(
    'refuses a malformed file (%s) with a message and keeps the saved state',
    async ([, content, message], { open, site }) => {
      const { page } = await open();
      await page.goto(site.url + CAREER_PATH);
      await statusSelect(page, CAREER.skills[1].name).selectOption('mastered');
      const before = await statusesOnPage(page);
      const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

      await page.locator('dc-career-progress input[type="file"]').setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      const alert = page.getByRole('alert').filter({ hasText: '无法导入' });
      await alert.waitFor({ timeout: APP_READY_MS });
      expect(await alert.textContent()).toMatch(message);
      expect(await alert.textContent()).toContain('进度没有改变');
      expect(await statusesOnPage(page)).toEqual(before);
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(stored);
      // The message goes away with the next change.
      await statusSelect(page, CAREER.skills[2].name).selectOption('learning');
      await expect.poll(() => alert.count(), { timeout: APP_READY_MS }).toBe(0);
    },
  );

  test('puts learning resources under every skill, closed until asked for, and keeps the page at 375px', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: PHONE, colorScheme: 'dark' });
    await page.goto(site.url + CAREER_PATH);
    const items = page.locator('li[data-skill-id]');
    const resources = page.locator('li[data-skill-id] > details.skill-resources');
    expect(await resources.count()).toBe(await items.count());
    // Closed: the summary shows, the links do not.
    const first = resources.first();
    expect(await first.locator('a').first().isVisible()).toBe(false);
    await first.locator('summary').click();
    const links = first.locator('a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.count()).toBeLessThanOrEqual(2);
    expect(await links.first().isVisible()).toBe(true);
    for (const href of await page
      .locator('details.skill-resources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^https:\/\//);
    expect(await first.textContent()).toMatch(/（(中文|英文)(文档|课程|书|工具|社区|路线图)）/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await overflowingElements(page, 'dc-career-progress')).toEqual([]);
    expect(await axeViolations(page, { selector: 'dc-career-progress', tags: WCAG_TAGS })).toEqual([]);
  });

  test('leaves a plain, readable checklist without JavaScript', async ({ open, site }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(site.url + CAREER_PATH);
    const items = page.locator('li[data-skill-id]');
    expect(await items.count()).toBe(CAREER.skills.length);
    expect(await items.first().locator('.skill-name').isVisible()).toBe(true);
    expect(await page.locator('li[data-skill-id] select:visible').count()).toBe(0);
    // The square is not offered as a control that would do nothing.
    expect(await page.locator('li[data-skill-id] button:visible').count()).toBe(0);
    expect(await page.getByRole('button', { name: `${CAREER.skills[0].name}：未开始` }).count()).toBe(0);
    expect(await page.locator('.tracker').isVisible()).toBe(false);
    expect(await page.getByRole('progressbar').count()).toBe(0);
  });

  test('prints a checklist: a box and the status per skill, no controls', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(site.url + CAREER_PATH);
    await statusSelect(page, CAREER.skills[0].name).selectOption('mastered');
    await page.emulateMedia({ media: 'print' });
    const first = page.locator('li[data-skill-id]').first();
    expect(await first.locator('.box').isVisible()).toBe(true);
    expect(await first.locator('.print-status').textContent()).toBe('已掌握');
    expect(await first.locator('.print-status').isVisible()).toBe(true);
    expect(await page.locator('li[data-skill-id] select:visible').count()).toBe(0);
    // No controls but the boxes themselves (the status buttons), drawn as boxes for a pen.
    expect(await page.locator('dc-career-progress button:visible:not(.status-button)').count()).toBe(0);

    await page.goto(`${site.url}/careers/`);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await page.locator('.transitions-map').isVisible()).toBe(false);
    expect(await page.locator('li.card:visible').count()).toBe(careers.length);
  });
});

describe('careers index', () => {
  const visibleCards = (page: Page) =>
    page.$$eval('li.card', (cards) =>
      cards
        .filter((c) => (c as HTMLElement).offsetParent !== null)
        .map((c) => (c as HTMLElement).dataset['career']),
    );
  const withSkill = (term: string) =>
    careers
      .filter((c) => c.skills.some((s) => s.name.toLowerCase().includes(term.toLowerCase())))
      .map((c) => c.id);

  test('narrows the cards by area and by skill, announces the count, and clearing restores them', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/`);
    expect(await visibleCards(page)).toHaveLength(careers.length);

    const ml = careers.filter((c) => c.area === 'ml').map((c) => c.id);
    await page.getByRole('radio', { name: /机器学习/ }).check();
    expect((await visibleCards(page)).sort()).toEqual(ml.sort());
    const status = page.getByRole('status').filter({ hasText: '显示' });
    await expect
      .poll(() => status.textContent(), { timeout: APP_READY_MS })
      .toContain(`显示 ${ml.length} / ${careers.length} 条`);
    // Areas left empty hide their heading too.
    expect(await page.getByRole('heading', { name: '数据', exact: true }).isVisible()).toBe(false);

    const skill = page.getByRole('combobox', { name: '技能或工具' });
    await page.getByRole('radio', { name: /全部/ }).check();
    await skill.fill('slurm');
    const slurm = withSkill('slurm');
    expect(slurm.length).toBeGreaterThan(0);
    expect(slurm.length).toBeLessThan(careers.length);
    expect((await visibleCards(page)).sort()).toEqual(slurm.sort());
    expect(await page.locator('li.card:visible .matches').first().textContent()).toMatch(
      /匹配的技能：.*Slurm/,
    );

    // Area and skill together; nothing left shows a message.
    await page.getByRole('radio', { name: /数据/ }).check();
    expect(await visibleCards(page)).toEqual([]);
    expect(await page.locator('.no-results').isVisible()).toBe(true);

    await page.locator('.no-results').getByRole('button', { name: '清除筛选' }).click();
    await expect
      .poll(() => visibleCards(page).then((v) => v.length), { timeout: APP_READY_MS })
      .toBe(careers.length);
    expect(await skill.inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: /全部/ }).isChecked()).toBe(true);

    // A quick-pick button fills the box; the form's reset button clears it.
    await page.getByRole('button', { name: '按 Kubernetes 筛选' }).click();
    expect(await skill.inputValue()).toBe('Kubernetes');
    expect((await visibleCards(page)).sort()).toEqual(withSkill('kubernetes').sort());
    await page.locator('form.filters').getByRole('button', { name: '清除筛选' }).click();
    await expect
      .poll(() => visibleCards(page).then((v) => v.length), { timeout: APP_READY_MS })
      .toBe(careers.length);
    await expect
      .poll(() => status.textContent(), { timeout: APP_READY_MS })
      .toContain(`显示全部 ${careers.length} 条`);
  });

  test('works from the keyboard: arrow keys move between areas', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/`);
    await page.getByRole('radio', { name: /全部/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: /基础设施/ }).isChecked()).toBe(true);
    const infra = careers.filter((c) => c.area === 'infrastructure').map((c) => c.id);
    expect((await visibleCards(page)).sort()).toEqual(infra.sort());
  });

  test('shows every card and no filter form without JavaScript', async ({ open, site }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${site.url}/careers/`);
    expect(await page.locator('li.card:visible').count()).toBe(careers.length);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
  });

  test('links each node of the transitions map to its career page', async ({ open, site }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/`);
    const nodes = page.locator('.transitions-map svg a');
    expect(await nodes.count()).toBe(careers.length);
    for (const c of careers) {
      const node = page.locator(`.transitions-map svg a[data-career="${c.id}"]`);
      expect(await node.getAttribute('href')).toBe(`/careers/${c.id}/`);
      expect(await node.getAttribute('aria-label')).toBe(c.role);
    }
    const target = careers.find((c) => c.id === 'hpc-administrator')!;
    await page
      .getByRole('region', { name: /职业转型路线图/ })
      .getByRole('link', { name: target.role })
      .click();
    await page.waitForURL(`${site.url}/careers/${target.id}/`, { timeout: APP_READY_MS });
    expect(await page.locator('h1').textContent()).toBe(target.role);
    // The text alternative lists the same moves.
    await page.goBack();
    const textList = page.locator('.transitions-map details li');
    expect(await textList.count()).toBeGreaterThan(0);
  });
});

describe('transitions map', () => {
  /** Careers one move out of and into `id`, from the content's transitions (either side may declare a move). */
  function movesOf(id: string) {
    const out = new Set<string>();
    const into = new Set<string>();
    for (const c of careers) {
      for (const t of c.transitions ?? []) {
        const [from, to] = t.direction === 'to' ? [c.id, t.career] : [t.career, c.id];
        if (from === id) out.add(to);
        if (to === id) into.add(from);
      }
    }
    return { out, into };
  }

  /** What the map marks: the highlighted career, each line's ends and role, each node's mark. */
  const highlightState = (page: Page) =>
    page.$eval('.transitions-map svg', (svg) => ({
      highlight: (svg as SVGSVGElement).dataset['highlight'] ?? null,
      lines: [...svg.querySelectorAll<SVGElement>('path[data-from]')].map((p) => ({
        from: p.dataset['from'] ?? '',
        to: p.dataset['to'] ?? '',
        both: p.hasAttribute('data-both'),
        hl: p.dataset['hl'] ?? null,
        opacity: Number(getComputedStyle(p).opacity),
      })),
      nodes: Object.fromEntries(
        [...svg.querySelectorAll<SVGElement>('a[data-career]')].map((a): [string, string | null] => [
          a.dataset['career'] ?? '',
          a.dataset['hl'] ?? null,
        ]),
      ),
    }));

  /** Asserts the map highlights exactly `id`'s moves, with their directions, and its neighbours. */
  async function expectHighlight(page: Page, id: string) {
    const state = await highlightState(page);
    const { out, into } = movesOf(id);
    expect(state.highlight).toBe(id);
    for (const line of state.lines) {
      const touches = line.from === id || line.to === id;
      const other = line.from === id ? line.to : line.from;
      const where = `${line.from}→${line.to}`;
      if (!touches) {
        expect(line.hl, where).toBeNull();
        expect(line.opacity, where).toBeLessThan(1);
        continue;
      }
      expect(line.opacity, where).toBe(1);
      const expected = out.has(other) && into.has(other) ? 'both' : out.has(other) ? 'out' : 'in';
      expect(line.hl, where).toBe(expected);
    }
    const linked = Object.entries(state.nodes)
      .filter(([, hl]) => hl === 'linked')
      .map(([c]) => c);
    expect(linked.sort()).toEqual([...new Set([...out, ...into])].sort());
    expect(state.nodes[id]).toBe('self');
    // Every move of the content is drawn and highlighted.
    expect(state.lines.filter((l) => l.hl !== null)).toHaveLength(new Set([...out, ...into]).size);
  }

  test('highlights the moves into and out of a focused or pointed-at career, and only those', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(`${site.url}/careers/`);
    const node = (id: string) => page.locator(`.transitions-map a[data-career="${id}"]`);
    expect((await highlightState(page)).highlight).toBeNull();

    // Keyboard: Tab from the map's region reaches the first node; every node is a link.
    await page.getByRole('region', { name: /职业转型路线图/ }).focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset['career']);
    expect(first).toBeTruthy();
    await expectHighlight(page, first!);

    await node(CAREER.id).focus();
    await expectHighlight(page, CAREER.id);
    // Pointing at another career shows its moves; leaving the drawing goes back to the focused one.
    const other = 'dc-operations-technician';
    await node(other).hover();
    await expectHighlight(page, other);
    await page.locator('h1').hover();
    await expectHighlight(page, CAREER.id);
    // Moving focus out of the map (and the pointer, which the scroll may have put over it) clears it.
    await page.locator('#skill-query').focus();
    await page.mouse.move(1, 1);
    const cleared = await highlightState(page);
    expect(cleared.highlight).toBeNull();
    expect(cleared.lines.filter((l) => l.hl !== null || l.opacity < 1)).toEqual([]);
    expect(Object.values(cleared.nodes).filter((hl) => hl !== null)).toEqual([]);
  });

  test('shows on its node the progress saved on a career page, and nothing on the others', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    const total = CAREER.skills.length;
    const [a, b] = CAREER.skills as [ContentCareer['skills'][number], ContentCareer['skills'][number]];
    const node = page.locator(`.transitions-map a[data-career="${CAREER.id}"]`);
    const share = () =>
      node.evaluate((el) => {
        const width = (selector: string) => Number(el.querySelector(selector)?.getAttribute('width'));
        return width('.progress .fill') / width('.progress .track');
      });

    await page.goto(`${site.url}/careers/`);
    expect(await page.locator('.transitions-map a[data-progress]').count()).toBe(0);
    expect(await node.getAttribute('aria-label')).toBe(CAREER.role);

    await page.goto(site.url + CAREER_PATH);
    await statusButton(page, a.name, '未开始').click();
    await statusButton(page, a.name, '学习中').click();
    await page.goto(`${site.url}/careers/`);
    const link = page.getByRole('link', { name: `${CAREER.role}，已掌握 1/${total}`, exact: true });
    await link.waitFor({ timeout: APP_READY_MS });
    expect(await node.locator('.progress .fill').isVisible()).toBe(true);
    expect(await share()).toBeCloseTo(1 / total, 2);
    expect(await page.locator('.transitions-map a[data-progress]').count()).toBe(1);

    // Back to the career page through the map, one more skill, and back again (from the
    // back/forward cache or a fresh load, the node shows the new count).
    await link.click();
    await page.waitForURL(site.url + CAREER_PATH, { timeout: APP_READY_MS });
    await statusSelect(page, b.name).selectOption('mastered');
    await page.goBack();
    await page
      .getByRole('link', { name: `${CAREER.role}，已掌握 2/${total}`, exact: true })
      .waitFor({ timeout: APP_READY_MS });
    expect(await share()).toBeCloseTo(2 / total, 2);
  });
});

describe('search and layout', () => {
  test('finds a career by a tool named only on its page', async ({ open, site }) => {
    // A Latin-script tool name from a skill that appears in exactly one content file (the
    // learning-resource list and the search vocabulary, which name tools for every page, apart).
    const files = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx?|ya?ml)$/.test(f) && !/^(skill-resources\.yaml|search\/)/.test(f))
      .map((f) => readFileSync(join(ROOT, 'content', f), 'utf8').toLowerCase());
    const candidates = careers.flatMap((c) =>
      c.skills
        .flatMap((s) => s.name.match(/[A-Za-z]{5,}/g) ?? [])
        .filter((term) => files.filter((text) => text.includes(term.toLowerCase())).length === 1)
        .map((term) => ({ term, career: c.id })),
    );
    expect(candidates.length).toBeGreaterThan(0);
    const { page } = await open();
    await page.goto(`${site.url}/`);
    for (const { term, career } of candidates.slice(0, 3)) {
      // A string, not a function: the test runner would rewrite a function's `import()`.
      const url = await page.evaluate<string | null>(`
        import('/pagefind/pagefind.js')
          .then((pf) => pf.search(${JSON.stringify(term)}))
          .then((search) => (search.results[0] ? search.results[0].data() : null))
          .then((data) => (data ? data.url : null))
      `);
      expect(url, term).toBe(`/careers/${career}/`);
    }
  });

  test('fits 375px without horizontal scrolling; the map scrolls inside its own region', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: { width: 375, height: 800 } });
    for (const path of ['/careers/', `/careers/${CAREER.id}/`, '/careers/dc-network-engineer/']) {
      await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${site.url}/careers/`);
    const region = page.getByRole('region', { name: /职业转型路线图/ });
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await region.getAttribute('tabindex')).toBe('0');
    // Labels stay readable: the 14-unit label font is not scaled below 11px.
    const fontPx = await page.locator('.transitions-map svg').evaluate((svg) => {
      const s = svg as SVGSVGElement;
      return (s.getBoundingClientRect().width / s.viewBox.baseVal.width) * 14;
    });
    expect(fontPx).toBeGreaterThanOrEqual(11);
  });

  test.for([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
    ['dark', 375],
  ] as const)(
    'has no axe violations on the index (filtered, map highlighted) and a tracked career page (%s theme, %ipx)',
    async ([colorScheme, width], { open, site }) => {
      const { page } = await open({ colorScheme, viewport: { width, height: 900 } });
      const audit = () => axeViolations(page, { tags: [...WCAG_TAGS, 'best-practice'] });
      await page.goto(site.url + CAREER_PATH);
      await statusSelect(page, CAREER.skills[0].name).selectOption('mastered');
      await statusButton(page, CAREER.skills[1].name, '未开始').click();
      await statusSelect(page, CAREER.skills[2].name).selectOption('skipped');
      expect(await audit()).toEqual([]);
      await page.goto(`${site.url}/careers/`);
      await page.getByRole('combobox', { name: '技能或工具' }).fill('GPU');
      await page.locator(`.transitions-map a[data-career="${CAREER.id}"]`).focus();
      expect(await page.locator('.transitions-map svg[data-highlight]').count()).toBe(1);
      expect(await audit()).toEqual([]);
    },
  );
});
