/**
 * The "我现在是…" picker and the reader's plan in real Chromium: reachable careers, short results
 * with details and learning resources on demand, newcomers ranked by how careers are entered;
 * the whole flow picker → plan (picker skills recorded as 已掌握, undo) → mark on the plan → the
 * career page shows the same status → share → a fresh profile (same plan, saved progress
 * untouched until an explicit, confirmed import; a link's skills only offered); the header's
 * count and the progress overview; refused and trimmed hashes; the print view; axe, overflow and
 * covered text at 375px and 1280px, light and dark.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { afterPaint, APP_READY_MS, expect, test, PHONE, WIDE } from '../support/fixtures.ts';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { overflowingElements, textCoveredBy } from './layout-checks.ts';
import { installPerfObservers, type PerfRecord } from '../../tools/perf-observers.ts';
import { realPathsData } from '../support/paths-data.ts';

/** How many skills the MLOps career counts (the plan's progress is out of these). */
const MLOPS_SKILLS = realPathsData().careers.find((c) => c.id === 'mlops-engineer')?.skills.length ?? 0;
const results = (page: Page) => page.locator('dc-role-picker .picker-results > li');
const progressKey = (career: string) => `dc-careers:progress:v1:${career}`;
const stored = async (page: Page, career: string) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), progressKey(career))) ?? '{}') as Record<
    string,
    string
  >;
const statusSelect = (page: Page, skillName: string) =>
  page.getByRole('combobox', { name: `学习状态：${skillName}`, exact: true });

/** Waits until the picker lists careers and returns the first one's element. */
async function firstResult(page: Page, career: string) {
  const first = results(page).first();
  await expect.poll(() => first.getAttribute('data-career'), { timeout: APP_READY_MS }).toBe(career);
  return first;
}

/** Waits until the plan shows a plan titled `title`. */
async function planShown(page: Page, title: string) {
  await expect.poll(() => page.locator('.plan-body h2').textContent(), { timeout: APP_READY_MS }).toBe(title);
}

describe('role picker', () => {
  test('shows reachable careers short, with shared skills, gaps, resources, the move and its FAQ on demand', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/`);
    const picker = page.getByRole('region', { name: '我现在是…' });
    await picker.getByLabel('当前角色').selectOption({ label: '网络运维' });
    const network = await firstResult(page, 'dc-network-engineer');
    await expect
      .poll(() => results(page).filter({ visible: true }).count(), { timeout: APP_READY_MS })
      .toBe(3);
    // Short first: the gaps counted by stage; the names in a closed disclosure.
    expect(await network.locator('.reach-summary').textContent()).toMatch(
      /^还缺的必备技能：\d+ 项（中级 \d+/,
    );
    const details = network.locator('details.reach-details');
    expect(await details.locator('.reach-shared').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('.reach-shared').textContent()).toContain(
      '已有：TCP/IP 与以太网原理、交换与路由配置',
    );
    expect(await details.locator('.reach-missing').textContent()).toMatch(
      /还缺的必备技能：中级 叶脊 Clos 架构与 BGP\/EVPN、/,
    );
    // The first steps each get a learning resource, fetched when the details open.
    const steps = details.locator('.reach-steps li');
    await expect.poll(() => steps.locator('a').count(), { timeout: APP_READY_MS }).toBeGreaterThan(0);
    for (const href of await steps.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^https:\/\//);
    expect(
      await network.getByRole('link', { name: '网络工程师如何转向 AI 集群网络？' }).getAttribute('href'),
    ).toBe('/faq/from-networking/');
    await page.getByRole('button', { name: /^显示全部 \d+ 条$/ }).click();
    expect(await results(page).filter({ visible: true }).count()).toBe(11);

    // A career as starting point: itself left out, the content's move text shown.
    await page.goto(`${site.url}/careers/`);
    await page.getByLabel('当前角色').selectOption('dc-operations-technician');
    // The technician's GPU and 昇腾 NPU health checks put AI infrastructure just ahead of the manager.
    await firstResult(page, 'ai-infrastructure-engineer');
    expect(await page.locator('[data-career="dc-facilities-engineer"] .reach-learn').textContent()).toMatch(
      /^怎么转：/,
    );

    // Ticked skills alone: clearing the role's ticks and ticking facilities skills.
    await page.getByLabel('当前角色').selectOption('');
    await page.getByText('或勾选你已有的技能').click();
    await page.getByLabel('筛选技能').fill('配电');
    await page.getByLabel('低压配电与电气安全').check();
    await page.getByLabel('筛选技能').fill('');
    await page.getByLabel('暖通与制冷原理').check();
    await firstResult(page, 'dc-facilities-engineer');
    expect(await page.getByRole('status').filter({ hasText: '已勾选的 2 项技能' }).count()).toBe(1);
  });

  test('ranks careers for 应届生 and 零基础 by how they are entered, not by 1/14 for all', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/`);
    for (const label of ['应届生（计算机或相近专业）', '零基础（非相关专业、没有相关工作经验）']) {
      await page.getByLabel('当前角色').selectOption({ label });
      await expect
        .poll(() => page.locator('dc-role-picker .picker-status').textContent(), { timeout: APP_READY_MS })
        .toContain('按入门门槛排序');
      const first = results(page).first();
      await first.waitFor({ timeout: APP_READY_MS });
      // The first careers are entered directly; each says its entry job and its entry bar.
      expect(await first.locator('.reach-summary').textContent()).toMatch(/^入门岗位：.+，可以直接应聘。$/);
      const overlaps = await results(page)
        .locator('.overlap')
        .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(overlaps.every((t) => /^入门必备已具备 \d+\/\d+ 项$/.test(t))).toBe(true);
      expect(new Set(overlaps).size).toBeGreaterThan(1);
      const later = await results(page)
        .locator('.reach-summary')
        .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(later.some((t) => t.includes('转型路线图里常见的前一站：'))).toBe(true);
    }
  });

  test('is in the first screen of home at both widths; picking a role keeps home short', async ({
    open,
    site,
  }) => {
    for (const viewport of [PHONE, WIDE]) {
      const { page } = await open({ viewport });
      await page.goto(`${site.url}/`);
      const select = page.getByRole('region', { name: '我现在是…' }).getByLabel('当前角色');
      const box = await select.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      const before = await page.evaluate(() => document.documentElement.scrollHeight);
      await select.selectOption({ label: '后端开发' });
      await firstResult(page, 'mlops-engineer');
      const after = await page.evaluate(() => document.documentElement.scrollHeight);
      // Three short results: well under two more screens (it was 2.4 screens at 375px).
      expect(after - before).toBeLessThan(viewport.height * 1.2);
    }
  });

  test('is axe clean and fits 375px in the dark theme; without JavaScript it links to the careers', async ({
    open,
    site,
  }) => {
    const { page } = await open({ colorScheme: 'dark', viewport: PHONE });
    await page.goto(`${site.url}/careers/`);
    await page.getByLabel('当前角色').selectOption({ label: '数据分析' });
    const first = await firstResult(page, 'data-engineer');
    await first.locator('details.reach-details summary').click();
    await page.getByText('或勾选你已有的技能').click();
    // The checkboxes are made when the panel opens; 数据分析 ticks SQL.
    const sql = page.getByRole('checkbox', { name: 'SQL 与关系型数据库' });
    await sql.waitFor({ timeout: APP_READY_MS });
    expect(await sql.isChecked()).toBe(true);
    expect(
      await axeViolations(page, { selector: 'dc-role-picker', tags: [...WCAG_TAGS, 'best-practice'] }),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await overflowingElements(page, 'dc-role-picker')).toEqual([]);

    const { page: noJs } = await open({ javaScriptEnabled: false });
    await noJs.goto(`${site.url}/`);
    const fallback = noJs.locator('dc-role-picker .picker-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.getByRole('link', { name: '职业路径' }).getAttribute('href')).toBe('/careers/');
    expect(await noJs.locator('dc-role-picker form').isVisible()).toBe(false);
  });
});

describe('the plan', () => {
  test('picker → plan → mark on the plan → the career page shows it → share → a fresh profile', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    // A status set before, on the career page: the plan never overwrites it.
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k, v),
      [progressKey('mlops-engineer'), JSON.stringify({ 'git-cicd': 'learning' })],
    );
    await page.getByLabel('当前角色').selectOption({ label: '后端开发' });
    await firstResult(page, 'mlops-engineer');
    await page.getByRole('link', { name: '生成转向“MLOps 工程师”的学习计划' }).click();
    await page.waitForURL(/\/plan\/#v1&from=backend-developer&to=mlops-engineer$/, { timeout: APP_READY_MS });
    await planShown(page, '从“后端开发”到“MLOps 工程师”');

    // The skills 后端开发 has are recorded as 已掌握, except one the reader had set otherwise.
    const have = page.locator('.plan-have-text');
    await expect.poll(() => have.textContent(), { timeout: APP_READY_MS }).toContain('记为“已掌握”');
    expect(await have.textContent()).toContain('Python 工程化');
    expect(await stored(page, 'mlops-engineer')).toEqual({
      'python-engineering': 'mastered',
      'git-cicd': 'learning',
      'containerize-models': 'mastered',
    });
    const summary = () => page.locator('.plan-progress').textContent();
    expect(await summary()).toContain(`已掌握 2 / ${MLOPS_SKILLS} 项`);
    expect(await page.locator('.plan-summary').textContent()).toContain('你已具备 3 项');

    // Undo puts them back, says so where the button was, and they are not recorded again.
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => have.textContent(), { timeout: APP_READY_MS }).toContain('已撤销');
    expect(await stored(page, 'mlops-engineer')).toEqual({ 'git-cicd': 'learning' });
    await page.reload();
    await planShown(page, '从“后端开发”到“MLOps 工程师”');
    expect(await stored(page, 'mlops-engineer')).toEqual({ 'git-cicd': 'learning' });

    // Marking on the plan: the same square and select as the career page, the same announcement.
    await page.getByRole('button', { name: 'Kubernetes 工作负载、GPU 资源申请与自动扩缩容：未开始' }).click();
    expect(await statusSelect(page, 'Kubernetes 工作负载、GPU 资源申请与自动扩缩容').inputValue()).toBe(
      'learning',
    );
    await expect
      .poll(() => page.locator('.plan-status').textContent(), { timeout: APP_READY_MS })
      .toBe(
        `“Kubernetes 工作负载、GPU 资源申请与自动扩缩容”：学习中。已掌握 0 / ${MLOPS_SKILLS} 项（0%）；学习中 2 项。`,
      );
    await statusSelect(page, 'Python 工程化（打包、测试、类型检查）').selectOption('mastered');
    expect(await summary()).toContain(`已掌握 1 / ${MLOPS_SKILLS} 项`);
    // The header counts what is left: every skill but the 1 mastered.
    expect(await page.locator('dc-plan-count').textContent()).toContain(`还要学 ${MLOPS_SKILLS - 1} 项`);

    // The career page shows the same statuses (one store), and links back to the plan.
    await page.goto(`${site.url}/careers/mlops-engineer/`);
    expect(await statusSelect(page, 'Kubernetes 工作负载、GPU 资源申请与自动扩缩容').inputValue()).toBe(
      'learning',
    );
    expect(await statusSelect(page, 'Python 工程化（打包、测试、类型检查）').inputValue()).toBe('mastered');
    const planLink = page.locator('dc-career-progress a[data-plan-link]');
    await expect
      .poll(() => planLink.getAttribute('href'), { timeout: APP_READY_MS })
      .toBe('/plan/#v1&from=backend-developer&to=mlops-engineer');
    await planLink.click();
    await planShown(page, '从“后端开发”到“MLOps 工程师”');

    // Share: the message appears next to the button that made it.
    await page.getByRole('button', { name: '复制分享链接' }).click();
    const message = page.locator('.plan-action-status');
    await expect.poll(() => message.textContent(), { timeout: APP_READY_MS }).toBe('分享链接已复制。');
    const link = await page.getByLabel('分享链接').inputValue();
    expect(link).toBe(
      `${site.url}/plan/#v1&from=backend-developer&to=mlops-engineer&p=python-engineering:m,git-cicd:l,k8s-workloads:l`,
    );
    /** The plan's title and every skill with its status, as shown. */
    const planOf = (p: Page) =>
      p.evaluate(() => ({
        title: document.querySelector('.plan-body h2')?.textContent,
        skills: [...document.querySelectorAll<HTMLElement>('.plan-body [data-skill]')].map(
          (li) => `${li.dataset['skill']}:${li.dataset['status']}`,
        ),
      }));
    const plan = await planOf(page);

    // Someone else opens the link: the same plan, their own (different) progress untouched.
    const { page: other } = await open();
    await other.goto(`${site.url}/`);
    const theirs = JSON.stringify({ 'git-cicd': 'mastered' });
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [progressKey('mlops-engineer'), theirs]);
    await other.goto(link);
    await expect.poll(() => planOf(other), { timeout: APP_READY_MS }).toEqual(plan);
    expect(await other.locator('.plan-shared').textContent()).toContain(
      '你在“MLOps 工程师”上保存的进度没有改变',
    );
    // Read-only there: no status controls on someone else's progress.
    expect(await other.locator('.plan-body select').count()).toBe(0);
    expect(await axeViolations(other, { tags: [...WCAG_TAGS, 'best-practice'] })).toEqual([]);
    expect(JSON.stringify(await stored(other, 'mlops-engineer'))).toBe(theirs);

    const messages: string[] = [];
    other.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await other.getByRole('button', { name: '导入到我的进度' }).click();
    expect(messages[0]).toContain('替换你在“MLOps 工程师”上保存的全部进度（你目前保存的进度：已掌握 1 项）');
    expect(JSON.stringify(await stored(other, 'mlops-engineer'))).toBe(theirs);

    other.once('dialog', (dialog) => void dialog.accept());
    await other.getByRole('button', { name: '导入到我的进度' }).click();
    await expect
      .poll(() => stored(other, 'mlops-engineer'), { timeout: APP_READY_MS })
      .toEqual({ 'python-engineering': 'mastered', 'git-cicd': 'learning', 'k8s-workloads': 'learning' });
    expect(await other.locator('.plan-shared').isVisible()).toBe(false);
    expect(await other.locator('.plan-shared-status').textContent()).toContain('已把链接中的进度导入');
  });

  test('a link with someone else’s starting point offers its skills and changes nothing until accepted', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/`);
    const mine = { 'git-cicd': 'skipped' };
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k, v),
      [progressKey('mlops-engineer'), JSON.stringify(mine)],
    );
    await page.goto(`${site.url}/plan/#v1&from=backend-developer&to=mlops-engineer`);
    await planShown(page, '从“后端开发”到“MLOps 工程师”');
    const have = page.locator('.plan-have-text');
    await expect
      .poll(() => have.textContent(), { timeout: APP_READY_MS })
      .toContain('这个链接说你已具备 2 项技能');
    expect(await stored(page, 'mlops-engineer')).toEqual(mine);
    await page.reload();
    await planShown(page, '从“后端开发”到“MLOps 工程师”');
    expect(await stored(page, 'mlops-engineer')).toEqual(mine);
    // Accepting records the two it offered; the skill marked otherwise keeps its status.
    await page.getByRole('button', { name: '记为“已掌握”' }).click();
    expect(await stored(page, 'mlops-engineer')).toEqual({
      'git-cicd': 'skipped',
      'python-engineering': 'mastered',
      'containerize-models': 'mastered',
    });
    expect(
      await page.getByRole('button', { name: '撤销' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
  });

  test('lists the progress on every career, each linked to its plan', async ({ page, site }) => {
    await page.goto(`${site.url}/plan/`);
    await expect
      .poll(() => page.locator('.plan-overview-empty').isVisible(), { timeout: APP_READY_MS })
      .toBe(true);
    await page.evaluate(
      ([a, b]) => {
        localStorage.setItem(a, JSON.stringify({ 'python-engineering': 'mastered' }));
        localStorage.setItem(b, JSON.stringify({ 'rack-and-stack': 'learning' }));
        localStorage.setItem('dc-careers:picker:v1', JSON.stringify({ to: 'mlops-engineer' }));
      },
      [progressKey('mlops-engineer'), progressKey('dc-operations-technician')],
    );
    await page.reload();
    const rows = page.locator('.plan-overview-list > li');
    await expect.poll(() => rows.count(), { timeout: APP_READY_MS }).toBe(2);
    expect(
      await page.locator('.plan-overview-list > li[aria-current="true"]').getAttribute('data-career'),
    ).toBe('mlops-engineer');
    const technician = page.locator('.plan-overview-list > li[data-career="dc-operations-technician"]');
    expect(await technician.locator('.overview-text').textContent()).toContain('学习中 1 项');
    await technician.getByRole('link', { name: '看这条路径的计划' }).click();
    await planShown(page, '目标：数据中心运维技术员');
  });

  test('fits 375px and 1280px in both themes: no overflow in its panels, no text under a control, axe clean', async ({
    open,
    site,
  }) => {
    for (const viewport of [PHONE, WIDE]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await open({ viewport, colorScheme });
        await page.goto(`${site.url}/`);
        await page.evaluate(() =>
          localStorage.setItem(
            'dc-careers:picker:v1',
            JSON.stringify({ from: 'graduate', to: 'ai-infrastructure-engineer' }),
          ),
        );
        await page.goto(`${site.url}/plan/`);
        await expect
          .poll(() => page.locator('.plan-body h2').textContent(), { timeout: APP_READY_MS })
          .toMatch(/^从“应届生（计算机或相近专业）”到“AI 基础设施/);
        await page.getByRole('button', { name: '复制分享链接' }).click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        expect(await overflowingElements(page, 'dc-plan-view')).toEqual([]);
        expect(
          await textCoveredBy(page, '.plan-body .status-button, .plan-body select', '.plan-body'),
        ).toEqual([]);
        expect(await textCoveredBy(page, '.nav-count', '.site-nav a')).toEqual([]);
        // The share message is in view beside its button.
        const button = (await page.getByRole('button', { name: '复制分享链接' }).boundingBox())!;
        const message = (await page.locator('.plan-action-status').boundingBox())!;
        expect(Math.abs(message.y - (button.y + button.height))).toBeLessThan(60);
        expect(await axeViolations(page, { tags: [...WCAG_TAGS, 'best-practice'] })).toEqual([]);
        await page.screenshot({
          path: `.tmp/screenshots/plan-${viewport.width}-${colorScheme}.png`,
          fullPage: true,
        });
      }
    }
  });

  test('renders a saved plan without moving anything (no layout shift), at both widths', async ({
    open,
    site,
  }) => {
    for (const viewport of [PHONE, WIDE]) {
      const { page } = await open({ viewport });
      await page.goto(`${site.url}/`);
      await page.evaluate(
        ([k, v]) => {
          localStorage.setItem(
            'dc-careers:picker:v1',
            JSON.stringify({ from: 'sysadmin', to: 'ai-platform-sre' }),
          );
          localStorage.setItem(k, v);
        },
        [progressKey('hpc-administrator'), JSON.stringify({ 'slurm-usage': 'learning' })],
      );
      await page.addInitScript(installPerfObservers);
      await page.goto(`${site.url}/plan/`);
      await expect
        .poll(() => page.locator('.plan-overview-list > li').count(), { timeout: APP_READY_MS })
        .toBeGreaterThan(0);
      await afterPaint(page);
      const record = await page.evaluate(() => (window as Window & { __perf?: PerfRecord }).__perf);
      expect(record?.shifts.filter((s) => !s.hadRecentInput)).toEqual([]);
    }
  });

  test('refuses an unknown target and trims unknown skills, with messages; fits 375px', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(`${site.url}/plan/#v1&to=astronaut`);
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: APP_READY_MS })
      .toContain('链接中的目标职业“astronaut”在本站不存在');
    await page.goto(`${site.url}/plan/#v1&to=ml-engineer&p=pytorch:m,ghost:m`);
    await page.reload();
    await expect
      .poll(() => page.locator('.plan-notes').textContent(), { timeout: APP_READY_MS })
      .toContain('“ghost:m”');
    expect(await page.locator('[data-skill="pytorch"]').textContent()).toContain('已掌握');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('prints without header, navigation or buttons, on at most two pages', async ({ page, site }) => {
    await page.goto(`${site.url}/plan/#v1&from=graduate&to=ai-infrastructure-engineer&p=linux-admin:m`);
    await expect
      .poll(() => page.locator('.plan-body h2').textContent(), { timeout: APP_READY_MS })
      .toContain('应届生');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'header.site-header',
      'footer.site-footer',
      '.plan-controls',
      '.plan-actions',
      '.plan-shared',
      '.plan-overview',
    ]) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.plan-print-url').textContent()).toContain(
      '#v1&from=graduate&to=ai-infrastructure-engineer',
    );
    expect(await page.locator('.plan-body a').first().getAttribute('href')).toMatch(/^https:\/\//);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});
