/**
 * The page shell and ways through the site, at 375×812 and 1280×900: the one-row header and its
 * menu disclosure, the table of contents (collapsed on phones, a sticky list marking the current
 * section on wide screens), anchors that land below the sticky header, previous/next links, and
 * the 404 page's search form.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { APP_READY_MS, expect, test, PHONE, WIDE } from '../support/fixtures.ts';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { SAMPLE } from '../../tools/sample-pages.ts';
import { SEARCH_PARAM, url } from '../../src/lib/site.ts';

const wait = { timeout: APP_READY_MS };

/** The header's bottom edge in viewport pixels (it is sticky: the same at any scroll). */
function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
}

describe('header, menu and table of contents', () => {
  test.for([
    { screen: 'narrow', viewport: PHONE, colorScheme: 'light' as const },
    { screen: 'narrow', viewport: PHONE, colorScheme: 'dark' as const },
    { screen: 'wide', viewport: WIDE, colorScheme: 'light' as const },
    { screen: 'wide', viewport: WIDE, colorScheme: 'dark' as const },
  ])('the article on a $screen screen ($colorScheme)', async ({ viewport, colorScheme }, { open, site }) => {
    const { page } = await open({ viewport, colorScheme });
    await page.goto(`${site.url}${url.article()}`);
    const menuButton = page.getByRole('button', { name: '导航菜单' });
    // The menu's script has run (it enables the button, shown or not).
    await expect.poll(() => page.locator('dc-site-menu .menu-button').isEnabled(), wait).toBe(true);
    const header = await page.locator('.site-header').boundingBox();
    const nav = page.getByRole('navigation', { name: '主导航' });
    const toc = page.locator('dc-toc details');
    const tocLinks = page.locator('dc-toc a');
    const title = await page.locator('h1').boundingBox();

    if (viewport === PHONE) {
      // One row, at most 56px: brand, search and theme icons, menu button.
      expect(header!.height).toBeLessThanOrEqual(56);
      for (const control of [
        page.locator('.site-header .brand'),
        page.getByRole('button', { name: '搜索', exact: true }),
        page.getByRole('button', { name: /^切换到/ }),
        menuButton,
      ]) {
        const box = await control.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(header!.y);
        expect(box!.y + box!.height).toBeLessThanOrEqual(header!.y + header!.height);
      }
      expect(await page.locator('dc-search .hint').isVisible()).toBe(false);
      // The contents are a closed 本页内容 control (which names the section being read); the
      // title is within the first screen.
      expect(await toc.getAttribute('open')).toBeNull();
      expect(await page.locator('dc-toc summary').textContent()).toMatch(/^本页内容/);
      expect(await tocLinks.first().isVisible()).toBe(false);
      expect(title!.y + title!.height).toBeLessThanOrEqual(viewport.height);

      // The menu by keyboard: Enter opens it, its links follow in the tab order, Esc closes it
      // and gives focus back to the button.
      expect(await nav.isVisible()).toBe(false);
      await menuButton.focus();
      await page.keyboard.press('Enter');
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      expect(await nav.isVisible()).toBe(true);
      expect(await menuButton.getAttribute('aria-controls')).toBe(await nav.getAttribute('id'));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('文章');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('page');
      expect(await axeViolations(page, { selector: '.site-header', tags: WCAG_TAGS }), 'menu open').toEqual(
        [],
      );
      await page.keyboard.press('Escape');
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
      // Space opens it too; a click outside closes it.
      await page.keyboard.press('Space');
      expect(await nav.isVisible()).toBe(true);
      await page.mouse.click(viewport.width / 2, viewport.height - 8); // below the open menu
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    } else {
      // The navigation is inline; no menu button; the contents are open, whole and sticky.
      expect(header!.height).toBeLessThanOrEqual(56);
      expect(await menuButton.isVisible()).toBe(false);
      expect(await nav.isVisible()).toBe(true);
      expect(await page.locator('dc-search .hint').isVisible()).toBe(true);
      await expect.poll(() => toc.getAttribute('open'), wait).toBe('');
      // A sticky box no taller than the screen below the header; a longer list scrolls inside it (its links are 24px
      // targets, WCAG 2.5.8: the article's 44 do not fit 900px), keeping the mark in view.
      const box = await page.locator('dc-toc').boundingBox();
      expect(box!.height, 'the contents fit the screen below the header').toBeLessThanOrEqual(
        viewport.height - header!.height,
      );

      // It marks the section being read: at the top the first entry, after a jump the target's.
      await expect
        .poll(() => page.locator('dc-toc a[aria-current="true"]').getAttribute('href'), wait)
        .toBe(await tocLinks.first().getAttribute('href'));
      const seventh = tocLinks.filter({ hasText: /^7\. / });
      await seventh.click();
      await expect
        .poll(() => page.locator('dc-toc a[aria-current="true"]').textContent(), wait)
        .toMatch(/^\s*7\. /);
      expect(await page.locator('dc-toc a[aria-current]').count()).toBe(1);
      // At the end of the page, the last section (its heading cannot reach the top).
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect
        .poll(() => page.locator('dc-toc a[aria-current="true"]').getAttribute('href'), wait)
        .toBe(await tocLinks.last().getAttribute('href'));
      await expect
        .poll(async () => {
          const mark = await page.locator('dc-toc a[aria-current="true"]').boundingBox();
          return mark === null ? Infinity : mark.y + mark.height;
        }, wait)
        .toBeLessThanOrEqual(viewport.height);
    }

    // The article leads on to the first career (and has nothing before it).
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toMatch(/^\/careers\/[^/]+\/$/);
    // The whole page at this width: at 375px wide formulas scroll sideways and must be focusable
    // (audit.test.ts audits every page, but at one width).
    expect(await axeViolations(page, { tags: WCAG_TAGS })).toEqual([]);
  });
});

test('without JavaScript, the narrow header shows the sections as a row and no menu button', async ({
  open,
  site,
}) => {
  const { page } = await open({ viewport: PHONE, javaScriptEnabled: false });
  await page.goto(`${site.url}${url.article()}`);
  expect(await page.locator('.menu-button').isVisible()).toBe(false);
  const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  expect(await links.first().isVisible()).toBe(true);
  const header = (await page.locator('.site-header').boundingBox())!;
  const first = (await links.first().boundingBox())!;
  expect(first.y + first.height).toBeLessThanOrEqual(header.y + header.height);
});

describe('anchors land below the header', () => {
  const pages = [url.article(), url.career(SAMPLE.career), url.faqs(), url.references()];
  test.for(
    pages.flatMap((path) => [
      { path, screen: 'narrow', viewport: PHONE },
      { path, screen: 'wide', viewport: WIDE },
    ]),
  )('every in-page link of $path on a $screen screen', async ({ path, viewport }, { open, site }) => {
    const { page } = await open({ viewport });
    await page.goto(`${site.url}${path}`);
    const bottom = await headerBottom(page);
    // Follows each link in the page itself (a DOM click, as a reader's) and measures where its
    // target lands; one page load serves every link.
    const misplaced = await page.evaluate(async (headerBottom) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].filter(
        (a) => a.hash.length > 1,
      );
      const wrong: string[] = [];
      for (const link of links) {
        window.scrollTo(0, 0);
        link.click();
        await frame();
        const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        const top = target?.getBoundingClientRect().top;
        if (top === undefined || top < headerBottom - 1 || top >= window.innerHeight) {
          wrong.push(`${link.hash}: top ${top === undefined ? 'no target' : Math.round(top)}`);
        }
      }
      return { count: links.length, wrong };
    }, bottom);
    expect(misplaced.count, 'in-page links').toBeGreaterThan(0);
    expect(misplaced.wrong).toEqual([]);
  });
});

describe('ways through', () => {
  test('a career links back and forth with rel, and the chain reaches the FAQ', async ({ page, site }) => {
    await page.goto(`${site.url}${url.article()}`);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/careers\/[^/]+\/$/, wait);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(url.article());
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toMatch(/^\/careers\/[^/]+\/$/);
    await page.goto(`${site.url}${url.faq(SAMPLE.faq)}`);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toMatch(/^\/(faq|careers)\/[^/]+\/$/);
  });

  test('the 404 page searches the site with the typed query', async ({ tracked, site }) => {
    const { page } = tracked;
    tracked.allowErrors(/status of 404/); // the missing page's own response
    await page.goto(`${site.url}/no/such/page/`);
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('GPU 集群');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/`, wait);
    const input = page.locator('dc-search dialog[open] input[type="search"]');
    await input.waitFor(wait);
    expect(await input.inputValue()).toBe('GPU 集群');
    await expect.poll(() => page.getAttribute('dc-search', 'data-state'), wait).toBe('done');
    expect(await page.locator('dc-search [data-search-results] li').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.has(SEARCH_PARAM)).toBe(false);
  });

  test('breadcrumbs stay on one line at 375px, the current page cut with an ellipsis', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: PHONE });
    await page.goto(`${site.url}${url.faq(SAMPLE.faq)}`);
    const crumbs = page.getByRole('navigation', { name: '面包屑' });
    const items = await crumbs.locator('li').evaluateAll((lis) =>
      lis.map((li) => {
        const box = li.getBoundingClientRect();
        return { top: Math.round(box.top), right: box.right, cut: li.scrollWidth > li.clientWidth };
      }),
    );
    expect(new Set(items.map((i) => i.top)).size, 'one line').toBe(1);
    expect(items.at(-1)!.right).toBeLessThanOrEqual(PHONE.width);
    expect(items.at(-1)!.cut, 'the long question is cut').toBe(true);
  });
});
