/**
 * /demos/ and /playground/ as a reader sees them, at 375 px and 1280 px, light and dark, loaded,
 * run (the demos in view; the playground trained with the article's 1/−1 labels and exported):
 *
 * - nothing runs past its panel's edge, except inside a scroller (a wide formula);
 * - no text is covered by another element;
 * - nothing moves while the page loads and runs (layout-shift entries without recent input);
 *
 * and what a phone reader hit before (issue 21): wide formulas say that they scroll, the charts
 * come into view when training starts, the 速度 label stays on one line, class-0 points are a
 * hollow ring in the class colour (not white), no developer command in the reader's text.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { afterPaint, APP_READY_MS, expect, test, PHONE, WIDE } from '../support/fixtures.ts';

const SCREENS = [PHONE, WIDE] as const;
const THEMES = ['light', 'dark'] as const;

/** Panels of each page: boxes whose content must stay inside them. */
const PANELS = {
  '/demos/': '.demo .panel',
  '/playground/': '.pg-settings, .pg-run, .pg-bug, .pg-export, .pg-figure',
} as const;

/** Records layout shifts from the first paint (before any script of the page runs). */
function watchShifts(): void {
  const w = window as unknown as { __shifts: string[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const shift = entry as PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      };
      if (shift.hadRecentInput) continue;
      const nodes = (shift.sources ?? []).map((s) => {
        const el = s.node instanceof Element ? s.node : s.node?.parentElement;
        return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
      });
      w.__shifts.push(`${shift.value.toFixed(4)}: ${nodes.join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Elements (tag.class and rectangles) that run past their panel's left or right edge. */
function overflowingPanels(selector: string): string[] {
  const problems: string[] = [];
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
  for (const panel of document.querySelectorAll(selector)) {
    const box = panel.getBoundingClientRect();
    for (const el of panel.querySelectorAll('*')) {
      // What a scroller inside the panel clips is meant to scroll (checked: the scroller itself).
      let scrolled = false;
      for (let up = el.parentElement; up && up !== panel; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') scrolled = true;
      }
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (scrolled || style.visibility === 'hidden' || r.width <= 1 || r.height <= 1) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        problems.push(
          `${name(el)} [${Math.round(r.left)}–${Math.round(r.right)}] outside ${name(panel)} [${Math.round(box.left)}–${Math.round(box.right)}]`,
        );
      }
    }
  }
  return problems;
}

/** Text in the panels that another element covers: the element hit at the text's centre is unrelated. */
function coveredText(selector: string): string[] {
  const problems: string[] = [];
  for (const panel of document.querySelectorAll(selector)) {
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      // SVG text sits on its figure by design, and KaTeX stacks its glyphs' boxes (and hides its
      // MathML copy): neither is text another element could cover by mistake.
      if (el instanceof SVGElement || el.closest('svg, .katex')) continue;
      const own = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"], .visually-hidden'))
        continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const range = document.createRange();
      range.selectNodeContents(own);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width < 2 || rect.height < 2) continue;
      const hit = document.elementFromPoint(
        rect.left + Math.min(rect.width / 2, 8),
        rect.top + rect.height / 2,
      );
      if (hit && (hit === el || el.contains(hit) || hit.contains(el))) continue;
      problems.push(
        `“${own.textContent?.trim().slice(0, 20)}” under ${hit?.tagName.toLowerCase()}.${hit?.className}`,
      );
    }
  }
  return problems;
}

/** Opens the demos page and lets the two demos that start by themselves (near the viewport) run. */
async function runDemos(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/demos/`);
  await page.locator('#demo-forward').scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.locator('#demo-forward').getAttribute('data-state'), { timeout: APP_READY_MS })
    .toBe('done');
  await page.locator('#demo-boundary').scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.locator('#demo-boundary').getAttribute('data-state'), { timeout: APP_READY_MS })
    .toBe('done');
}

/** Opens the playground, trains a short run with the article's labels, and exports it. */
async function runPlayground(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/playground/?labels=plus-minus-one&loss=logits&epochs=300`);
  const play = page.getByRole('button', { name: '开始训练' });
  await expect.poll(() => play.isEnabled(), { timeout: APP_READY_MS }).toBe(true);
  await play.scrollIntoViewIfNeeded();
  await play.click();
  // The first chart comes into view (on a phone the charts are below the buttons).
  const chart = page.locator('[data-chart="loss"]');
  await expect
    .poll(
      () =>
        chart.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      { timeout: APP_READY_MS },
    )
    .toBe(true);
  await expect
    .poll(() => page.locator('#playground').getAttribute('data-state'), { timeout: APP_READY_MS })
    .toBe('done');
  await page.getByRole('button', { name: '导出 ONNX' }).click();
  await expect.poll(() => page.locator('[data-ort]').isVisible(), { timeout: APP_READY_MS }).toBe(true);
}

describe('demos and playground layout', () => {
  for (const path of ['/demos/', '/playground/'] as const) {
    for (const viewport of SCREENS) {
      for (const colorScheme of THEMES) {
        test(`${path} at ${viewport.width}px, ${colorScheme}: inside its panels, nothing covered, nothing moves`, async ({
          open,
          site,
        }) => {
          const { page } = await open({ viewport, colorScheme });
          await page.addInitScript(watchShifts);
          if (path === '/demos/') await runDemos(page, site.url);
          else await runPlayground(page, site.url);
          // The last frames painted, so their shifts reached the observer.
          await afterPaint(page);
          const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
          expect(shifts, 'layout shifts').toEqual([]);
          expect(await page.evaluate(overflowingPanels, PANELS[path]), 'past a panel edge').toEqual([]);
          expect(await page.evaluate(coveredText, PANELS[path]), 'covered text').toEqual([]);
          expect(
            await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            ),
          ).toBeLessThanOrEqual(0);
          expect(await page.locator('main').textContent()).not.toMatch(/npm run|npx /);
        });
      }
    }
  }
});

describe('what a phone reader hit', () => {
  test('wide formulas on /demos/ say that they scroll; on a wide screen they fit and say nothing', async ({
    open,
    site,
  }) => {
    const formulas = (page: Page) =>
      page.locator('#demo-forward .formula-scroll').evaluateAll((els) =>
        els.map((el) => ({
          overflows: el.scrollWidth > el.clientWidth + 1,
          shadow: getComputedStyle(el).backgroundImage,
        })),
      );
    const narrow = (await open({ viewport: PHONE })).page;
    await narrow.goto(`${site.url}/demos/`);
    const small = await formulas(narrow);
    expect(small.some((f) => f.overflows)).toBe(true);
    for (const f of small) expect(f.shadow).toContain('radial-gradient');
    expect(await narrow.locator('#demo-forward [data-scroll-hint]').isVisible()).toBe(true);
    const wide = (await open({ viewport: WIDE })).page;
    await wide.goto(`${site.url}/demos/`);
    expect((await formulas(wide)).some((f) => f.overflows)).toBe(false);
    expect(await wide.locator('#demo-forward [data-scroll-hint]').isVisible()).toBe(false);
  });

  for (const colorScheme of THEMES) {
    test(`/playground/ at 375px, ${colorScheme}: 速度 on one line; class-0 points a hollow ring in the class colour`, async ({
      open,
      site,
    }) => {
      const { page } = await open({ viewport: PHONE, colorScheme });
      await page.goto(`${site.url}/playground/`);
      await expect
        .poll(() => page.getByRole('button', { name: '开始训练' }).isEnabled(), { timeout: APP_READY_MS })
        .toBe(true);
      const speed = await page.locator('.pg-speed').evaluate((label) => {
        const text = document.createRange();
        text.selectNodeContents(label.firstChild ?? label);
        return { lines: text.getClientRects().length, height: text.getBoundingClientRect().height };
      });
      expect(speed.lines).toBe(1);
      const ring = await page
        .locator('.pg-pt0 .pg-pt0-ring')
        .first()
        .evaluate((el) => {
          const style = getComputedStyle(el);
          const probe = document.createElement('i');
          probe.style.color = getComputedStyle(el).getPropertyValue('--class-0');
          document.body.append(probe);
          const class0 = getComputedStyle(probe).color;
          probe.remove();
          return { stroke: style.stroke, fill: style.fill, class0 };
        });
      expect(ring.stroke).toBe(ring.class0);
      expect(ring.fill).toBe('none');
      expect(await page.locator('.pg-pt0 .pg-pt0-halo').count()).toBeGreaterThan(0);
    });
  }
});
