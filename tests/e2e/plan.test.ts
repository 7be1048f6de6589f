/**
 * The "我现在是…" picker and the personal plan in real Chromium: reachable careers and gaps for a
 * starting point, a career and ticked skills; the plan's share link opened in a fresh profile
 * (same plan, saved progress untouched until an explicit, confirmed import); refused and trimmed
 * hashes; the print view (no header or buttons, at most two pages); axe in both themes at 375px.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { APP_READY_MS, expect, test } from '../support/fixtures.ts';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';

const results = (page: Page) => page.locator('dc-role-picker .picker-results > li');
const progressKey = (career: string) => `dc-careers:progress:v1:${career}`;

/** Waits until the picker lists careers and returns the first one's element. */
async function firstResult(page: Page, career: string) {
  const first = results(page).first();
  await expect.poll(() => first.getAttribute('data-career'), { timeout: APP_READY_MS }).toBe(career);
  return first;
}

describe('role picker', () => {
  test('shows reachable careers with shared skills, gaps, the move and its FAQ', async ({ page, site }) => {
    await page.goto(`${site.url}/`);
    const picker = page.getByRole('region', { name: '我现在是…' });
    await picker.getByLabel('当前角色').selectOption({ label: '网络运维' });
    const network = await firstResult(page, 'dc-network-engineer');
    await expect
      .poll(() => results(page).filter({ visible: true }).count(), { timeout: APP_READY_MS })
      .toBe(4);
    const text = await network.textContent();
    expect(text).toContain('已有：TCP/IP 与以太网原理、交换与路由配置');
    // Essential gaps, entry stage first: the entry stage is covered, so the list starts at 中级.
    expect(text).toMatch(/还缺的必备技能：中级 叶脊 Clos 架构与 BGP\/EVPN、/);
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

  test('is axe clean and fits 375px in the dark theme; without JavaScript it links to the careers', async ({
    open,
    site,
  }) => {
    const { page } = await open({ colorScheme: 'dark', viewport: { width: 375, height: 812 } });
    await page.goto(`${site.url}/careers/`);
    await page.getByLabel('当前角色').selectOption({ label: '数据分析' });
    await firstResult(page, 'data-engineer');
    await page.getByText('或勾选你已有的技能').click();
    // The checkboxes are made when the panel opens; 数据分析 ticks SQL.
    const sql = page.getByRole('checkbox', { name: 'SQL 与关系型数据库' });
    await sql.waitFor({ timeout: APP_READY_MS });
    expect(await sql.isChecked()).toBe(true);
    expect(
      await axeViolations(page, { selector: 'dc-role-picker', tags: [...WCAG_TAGS, 'best-practice'] }),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const { page: noJs } = await open({ javaScriptEnabled: false });
    await noJs.goto(`${site.url}/`);
    const fallback = noJs.locator('dc-role-picker .picker-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.getByRole('link', { name: '职业路径' }).getAttribute('href')).toBe('/careers/');
    expect(await noJs.locator('dc-role-picker form').isVisible()).toBe(false);
  });
});

describe('personal plan', () => {
  test('round-trips through its share link without touching the other reader’s progress until import', async ({
    open,
    site,
  }) => {
    const { page } = await open();
    await page.goto(`${site.url}/`);
    const mine = {
      'python-engineering': 'mastered',
      'k8s-workloads': 'learning',
      'platform-adoption': 'skipped',
    };
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k, v),
      [progressKey('mlops-engineer'), JSON.stringify(mine)],
    );
    await page.getByLabel('当前角色').selectOption({ label: '后端开发' });
    await firstResult(page, 'mlops-engineer');
    await page.getByRole('link', { name: '生成转向“MLOps 工程师”的学习计划' }).click();
    await page.waitForURL(/\/plan\/#v1&from=backend-developer&to=mlops-engineer$/, { timeout: APP_READY_MS });
    const body = page.locator('.plan-body');
    await expect
      .poll(() => body.locator('h2').textContent(), { timeout: APP_READY_MS })
      .toBe('从“后端开发”到“MLOps 工程师”');
    expect(await body.locator('[data-skill="k8s-workloads"]').textContent()).toContain('学习中');
    expect(await page.locator('.plan-shared').isVisible()).toBe(false);
    await page.getByRole('button', { name: '复制分享链接' }).click();
    const link = await page.getByLabel('分享链接').inputValue();
    expect(link).toBe(
      `${site.url}/plan/#v1&from=backend-developer&to=mlops-engineer&p=python-engineering:m,k8s-workloads:l,platform-adoption:s`,
    );
    const plan = await body.innerText();

    // Someone else opens the link: same plan, their own (different) progress untouched.
    const { page: other } = await open();
    await other.goto(`${site.url}/`);
    const theirs = JSON.stringify({ 'git-cicd': 'mastered' });
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [progressKey('mlops-engineer'), theirs]);
    await other.goto(link);
    const otherBody = other.locator('.plan-body');
    await expect.poll(() => otherBody.innerText(), { timeout: APP_READY_MS }).toBe(plan);
    expect(await other.locator('.plan-shared').textContent()).toContain(
      '你在“MLOps 工程师”上保存的进度没有改变',
    );
    expect(await axeViolations(other, { tags: [...WCAG_TAGS, 'best-practice'] })).toEqual([]);
    const stored = () => other.evaluate((k) => localStorage.getItem(k), progressKey('mlops-engineer'));
    expect(await stored()).toBe(theirs);

    const messages: string[] = [];
    other.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await other.getByRole('button', { name: '导入到我的进度' }).click();
    expect(messages[0]).toContain('替换你在“MLOps 工程师”上保存的全部进度（你目前保存的进度：已掌握 1 项）');
    expect(await stored()).toBe(theirs);

    other.once('dialog', (dialog) => void dialog.accept());
    await other.getByRole('button', { name: '导入到我的进度' }).click();
    await expect
      .poll(async () => JSON.parse((await stored()) ?? '{}') as unknown, { timeout: APP_READY_MS })
      .toEqual(mine);
    expect(await other.locator('.plan-shared').isVisible()).toBe(false);
  });

  test('refuses an unknown target and trims unknown skills, with messages; fits 375px', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: { width: 375, height: 812 } });
    await page.goto(`${site.url}/plan/#v1&to=astronaut`);
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: APP_READY_MS })
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
    ]) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.plan-print-url').textContent()).toContain(
      '#v1&from=graduate&to=ai-infrastructure-engineer',
    );
    expect(await page.locator('.plan-body a').first().getAttribute('href')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/careers\//,
    );
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});
