/**
 * The demo islands in real Chromium against the built site: outputs agree with
 * onnxruntime-web in Node; the boundary plot has axes, its y = 0.5 contour and a colour bar
 * centred on 0.5; the 2-3-1 diagram shows live values; the no-JavaScript notes go once a demo
 * runs; the backends table fits 375px; Save-Data defers every download to a button; backends
 * are chosen as documented; failures show an error and a retry that recovers; the demos' CSS
 * is not render-blocking on the article; and nothing of ORT loads on pages without demos.
 * Every wait is bounded by APP_READY_MS (a slow, shared machine), never by speed.
 */
import { readFile } from 'node:fs/promises';
import { rgb } from 'd3-color';
import * as ort from 'onnxruntime-web';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { test, expect, APP_READY_MS } from '../support/fixtures.ts';
import { startSite } from '../support/e2e.ts';
import { runSeparator, type SeparatorOutputs } from '../../src/lib/model/ort-run.ts';
import { fromPlot } from '../../src/lib/plot/boundary-frame.ts';

ort.env.wasm.numThreads = 1;

let session: Promise<ort.InferenceSession> | undefined;
/** y and hidden values of the shipped model, from onnxruntime-web in Node. */
async function expected(x1: number, x2: number): Promise<SeparatorOutputs> {
  session ??= readFile(new URL('../../models/separator.onnx', import.meta.url)).then((bytes) =>
    ort.InferenceSession.create(bytes),
  );
  return runSeparator(ort, await session, new Float32Array([x1, x2]));
}
const expectedY = async (x1: number, x2: number) => (await expected(x1, x2)).probability[0] ?? Number.NaN;

/** An ORT bundle or WASM (a file name starting `ort.` or `ort-`, not e.g. `OfflineSupport.…`) or a model. */
const ORT_FILE = /\/ort[.-][^/]*\.(js|mjs|wasm)$|\.onnx$/;

async function setInput(page: Page, axis: 0 | 1, value: string) {
  const field = page.locator(`#demo-forward input[data-axis-number="${axis}"]`);
  await field.fill(value);
  await field.press('Enter');
}

const shownY = async (page: Page) => Number(await page.locator('#demo-forward').getAttribute('data-y'));
const stateOf = (page: Page, id: string) => page.locator(`#${id}`).getAttribute('data-state');

async function openDemos(page: Page, base: string, query = '') {
  await page.goto(`${base}/demos/${query}`);
  await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('done');
}

async function openBoundary(page: Page, base: string) {
  await page.goto(`${base}/demos/`);
  await page.locator('#demo-boundary').scrollIntoViewIfNeeded();
  await expect.poll(() => stateOf(page, 'demo-boundary'), { timeout: APP_READY_MS }).toBe('done');
}

describe('forward-pass demo', () => {
  test('shows the y that onnxruntime-web computes in Node, to 1e-5, for three inputs', async ({
    page,
    site,
  }) => {
    await openDemos(page, site.url);
    for (const [x1, x2] of [
      [0.8, 0.3],
      [0.12, 0.87],
      [0.5, 0.49],
    ] as const) {
      await setInput(page, 0, String(x1));
      await setInput(page, 1, String(x2));
      const y = await expectedY(x1, x2);
      await expect
        .poll(async () => Math.abs((await shownY(page)) - y), { timeout: APP_READY_MS })
        .toBeLessThan(1e-5);
    }
    expect(await page.locator('#demo-forward [data-status]').textContent()).toContain('WASM');
  });

  test('draws the 2-3-1 network and writes the live x, h and y into its nodes', async ({ page, site }) => {
    await openDemos(page, site.url);
    const diagram = page.locator('#demo-forward [data-network]');
    expect(await diagram.locator('.edge').count()).toBe(2 * 3 + 3 * 1);
    expect(await diagram.locator('.edge-negative').count()).toBeGreaterThan(0);
    expect(await diagram.locator('.edge-positive').count()).toBeGreaterThan(0);
    const widths = await diagram
      .locator('.edge')
      .evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('stroke-width'))));
    expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
    await setInput(page, 0, '0.2');
    await setInput(page, 1, '0.7');
    const want = await expected(0.2, 0.7);
    const node = (id: string) => diagram.locator(`[data-node="${id}"] [data-node-value]`).textContent();
    await expect.poll(() => node('2-0'), { timeout: APP_READY_MS }).toBe(want.probability[0]?.toFixed(2));
    expect(await node('0-0')).toBe('0.20');
    expect(await node('0-1')).toBe('0.70');
    for (let j = 0; j < 3; j++) expect(await node(`1-${j}`)).toBe(want.hidden[j]?.toFixed(2));
    // The table shows the same hidden values to four decimals.
    expect(await page.locator('#demo-forward [data-h="0"]').textContent()).toBe(want.hidden[0]?.toFixed(4));
  });

  test('hides its no-JavaScript note once it has run', async ({ page, site }) => {
    await page.goto(`${site.url}/demos/`);
    await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('done');
    expect(await page.locator('#demo-forward [data-nojs]').isHidden()).toBe(true);
    expect(await page.locator('#demo-forward .static-note').isHidden()).toBe(true);
  });

  test('clamps out-of-range input and refuses text, never showing NaN', async ({ page, site }) => {
    await openDemos(page, site.url);
    const message = () => page.locator('#demo-forward [data-input-message]').textContent();
    await setInput(page, 0, '7');
    await expect.poll(message, { timeout: APP_READY_MS }).toContain('已按 1 计算');
    expect(await page.locator('#demo-forward input[data-axis="0"]').inputValue()).toBe('1');
    await setInput(page, 1, 'abc');
    await expect.poll(message, { timeout: APP_READY_MS }).toContain('不是数字');
    await setInput(page, 1, '');
    await expect.poll(message, { timeout: APP_READY_MS }).toContain('请输入');
    expect(await page.locator('#demo-forward').textContent()).not.toContain('NaN');
  });

  test('moves the point with arrow keys on the unit square', async ({ page, site }) => {
    await openDemos(page, site.url);
    await page.locator('#demo-forward [data-square]').focus();
    const before = await shownY(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect
      .poll(() => page.locator('#demo-forward [data-square]').getAttribute('aria-valuenow'), {
        timeout: APP_READY_MS,
      })
      .toBe('0.3');
    await expect.poll(() => shownY(page), { timeout: APP_READY_MS }).not.toBe(before);
    const y = await expectedY(0.3, 0.3);
    await expect
      .poll(async () => Math.abs((await shownY(page)) - y), { timeout: APP_READY_MS })
      .toBeLessThan(1e-5);
  });
});

describe('decision-boundary demo', () => {
  test('paints class 1 at (0.9, 0.1) and class 0 at (0.1, 0.9)', async ({ page, site }) => {
    await openBoundary(page, site.url);
    const pixel = (x1: number, x2: number) =>
      page.evaluate(
        ([a, b]) => {
          const canvas = document.querySelector<HTMLCanvasElement>('#demo-boundary canvas')!;
          const data = canvas
            .getContext('2d')!
            .getImageData(Math.floor(a * canvas.width), Math.floor((1 - b) * canvas.height), 1, 1).data;
          return [data[0], data[1], data[2]];
        },
        [x1, x2] as const,
      );
    const [r1, , b1] = await pixel(0.9, 0.1);
    const [r0, , b0] = await pixel(0.1, 0.9);
    expect(r1).toBeGreaterThan(b1 + 50);
    expect(b0).toBeGreaterThan(r0 + 50);
    const grid = await page.evaluate(() => {
      const el = document.querySelector('#demo-boundary') as HTMLElement & {
        probabilityAt(a: number, b: number): number;
      };
      return [el.probabilityAt(0.9, 0.1), el.probabilityAt(0.1, 0.9)];
    });
    expect(grid[0]).toBeGreaterThan(0.5);
    expect(grid[1]).toBeLessThan(0.5);
    expect(await page.locator('#demo-boundary [data-status]').textContent()).toContain('128×128');
  });

  test('has axes x₁ and x₂ with ticks 0.0 to 1.0, and the canvas fills the plot area', async ({
    page,
    site,
  }) => {
    await openBoundary(page, site.url);
    const ticks = ['0.0', '0.2', '0.4', '0.6', '0.8', '1.0'];
    expect(await page.locator('#demo-boundary [data-axis="x1"] .tick text').allTextContents()).toEqual(ticks);
    expect(await page.locator('#demo-boundary [data-axis="x2"] .tick text').allTextContents()).toEqual(ticks);
    expect(await page.locator('#demo-boundary [data-axis="x1"] .axis-label').textContent()).toBe('x₁');
    expect(await page.locator('#demo-boundary [data-axis="x2"] .axis-label').textContent()).toBe('x₂');
    // The canvas lies exactly on the frame drawn by the SVG (within a pixel).
    const canvas = await page.locator('#demo-boundary canvas').boundingBox();
    const frame = await page.locator('#demo-boundary .frame').boundingBox();
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(canvas![key] - frame![key])).toBeLessThan(1.5);
  });

  test('draws the y = 0.5 contour it computed, along x₁ = x₂', async ({ page, site }) => {
    await openBoundary(page, site.url);
    const contour = page.locator('#demo-boundary [data-contour]');
    expect(Number(await contour.getAttribute('data-segments'))).toBeGreaterThan(100);
    const d = (await contour.getAttribute('d')) ?? '';
    const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(numbers.length).toBeGreaterThan(400);
    // Back to the unit square: every point of the line lies near the diagonal, end to end.
    const points: [number, number][] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      points.push(fromPlot(numbers[i], numbers[i + 1]));
    }
    expect(Math.max(...points.map(([a, b]) => Math.abs(a - b)))).toBeLessThan(0.1);
    expect(Math.min(...points.map(([a]) => a))).toBeLessThan(0.05);
    expect(Math.max(...points.map(([a]) => a))).toBeGreaterThan(0.95);
    expect(await contour.isVisible()).toBe(true);
  });

  test('centres the colour bar’s 0.5 label on the bar', async ({ page, site }) => {
    await openBoundary(page, site.url);
    const bar = await page.locator('#demo-boundary [data-bar]').boundingBox();
    const mid = await page.locator('#demo-boundary [data-bar-tick="0.5"]').boundingBox();
    expect(Math.abs(mid!.x + mid!.width / 2 - (bar!.x + bar!.width / 2))).toBeLessThan(1.5);
    // The gradient's neutral colour (the stylesheet's --class-mid) sits under it, at 50%.
    const paint = await page.locator('#demo-boundary [data-bar]').evaluate((el) => ({
      gradient: getComputedStyle(el).backgroundImage,
      neutral: getComputedStyle(el).getPropertyValue('--class-mid'),
    }));
    expect(paint.gradient).toContain(`${rgb(paint.neutral).formatRgb()} 50%`);
  });
});

describe('backends demo', () => {
  test('without WebGPU uses WASM, says so, explains the numbers, and never fetches a WebGPU build', async ({
    tracked,
    site,
  }) => {
    const { page } = tracked;
    await page.goto(`${site.url}/demos/`);
    await page.getByRole('button', { name: '开始测量' }).click();
    await expect.poll(() => stateOf(page, 'demo-backends'), { timeout: APP_READY_MS }).toBe('done');
    expect(await page.locator('#demo-backends [data-gpu-note]').textContent()).toMatch(/使用 WASM/);
    const rows = await page.locator('#demo-backends tbody th').allTextContents();
    expect(rows).toEqual(['WASM（SIMD，单线程）', 'TypeScript（基线）']);
    const cells = await page.locator('#demo-backends tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 4).every((c) => /\d.* ms/.test(c))).toBe(true);
    expect(await page.locator('#demo-backends [data-meaning]').textContent()).toMatch(/固定开销.*吞吐量/);
    expect(await page.locator('#demo-backends [data-meaning]').isVisible()).toBe(true);
    expect(tracked.requests.some((u) => /webgpu|jspi|asyncify|jsep/.test(u))).toBe(false);
  });

  test('is readable at 375px: no horizontal overflow, each value labelled on one line', async ({
    open,
    site,
  }) => {
    const { page } = await open({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}/demos/`);
    await page.getByRole('button', { name: '开始测量' }).click();
    await expect.poll(() => stateOf(page, 'demo-backends'), { timeout: APP_READY_MS }).toBe('done');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const results = await page.locator('#demo-backends [data-results]').boundingBox();
    expect(results!.x).toBeGreaterThanOrEqual(0);
    expect(results!.x + results!.width).toBeLessThanOrEqual(375);
    const cells = await page.locator('#demo-backends tbody td').evaluateAll((tds) =>
      tds.map((td) => ({
        label: td.getAttribute('data-label') ?? '',
        right: td.getBoundingClientRect().right,
        // Lines of text: a cell squeezed to one character a line is many lines tall.
        lines: Math.round(td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight)),
      })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.label).not.toBe('');
      expect(cell.right).toBeLessThanOrEqual(375);
      expect(cell.lines).toBeLessThanOrEqual(2);
    }
  });

  test('on a fallback WebGPU adapter (tests only) runs ORT’s JSPI build with the same outputs as WASM', async () => {
    const gpuSite = await startSite({ chromeArgs: ['--enable-unsafe-webgpu'] });
    try {
      const tracked = await gpuSite.open();
      const { page } = tracked;
      expect(await page.evaluate(() => 'Suspending' in WebAssembly)).toBe(true);
      await page.goto(`${gpuSite.url}/demos/?webgpu=fallback-ok`);
      await page.getByRole('button', { name: '开始测量' }).click();
      await expect.poll(() => stateOf(page, 'demo-backends'), { timeout: APP_READY_MS }).toBe('done');
      const results = await page.evaluate(
        () =>
          (
            document.querySelector('#demo-backends') as HTMLElement & {
              results: { name: string; check: number }[];
            }
          ).results,
      );
      expect(results.map((r) => r.name)).toEqual(['WASM（SIMD，单线程）', 'WebGPU', 'TypeScript（基线）']);
      const [wasm, webgpu] = results;
      expect(Math.abs(wasm.check - webgpu.check)).toBeLessThan(1e-5);
      expect(Math.abs(wasm.check - (await expectedY(0.9, 0.1)))).toBeLessThan(1e-6);
      expect(tracked.requests.some((u) => /ort-wasm-simd-threaded\.jspi\.[\w-]+\.wasm$/.test(u))).toBe(true);
      expect(tracked.requests.some((u) => /asyncify/.test(u))).toBe(false);
      expect(tracked.unexpectedErrors()).toEqual([]);
    } finally {
      await gpuSite.close();
    }
  });
});

describe('Save-Data', () => {
  test('downloads nothing of ORT until the reader presses 加载演示', async ({ open, site }) => {
    const tracked = await open();
    const { page } = tracked;
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
    await page.goto(`${site.url}/demos/`);
    const load = page.locator('#demo-forward').getByRole('button', { name: '加载演示' });
    await load.waitFor({ state: 'visible', timeout: APP_READY_MS });
    await page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
    // Scrolling the other demo into view starts nothing either.
    await page.locator('#demo-boundary').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
    expect(tracked.requests.filter((u) => ORT_FILE.test(u))).toEqual([]);
    expect(await stateOf(page, 'demo-forward')).toBe('ready');
    expect(await page.locator('#demo-forward [data-status]').textContent()).toContain('省流量');
    expect(await page.locator('#demo-forward input[data-axis="0"]').isDisabled()).toBe(true);
    await load.click();
    await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('done');
    expect(await load.isHidden()).toBe(true);
    expect(await page.locator('#demo-forward input[data-axis="0"]').isEnabled()).toBe(true);
    expect(tracked.requests.some((u) => ORT_FILE.test(u))).toBe(true);
  });
});

describe('links', () => {
  test('the demos page links each demo to its sections of the article, and those anchors exist', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/demos/`);
    const hrefs = await page
      .locator('.section-links a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) expect(href).toMatch(/^\/article\/#/);
    await page.goto(`${site.url}/article/`);
    for (const href of hrefs) {
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
    }
  });

  test('the article links to /demos/ and /playground/ from its editor’s box and from section 5', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/article/`);
    for (const href of ['/demos/', '/playground/']) {
      expect(await page.locator(`#errata a[href="${href}"]`).count(), href).toBe(1);
      const inSectionFive = await page.evaluate((target) => {
        const start = document.querySelector('h2[id^="5-"]');
        const end = document.querySelector('h2[id^="6-"]');
        return [...document.querySelectorAll(`a[href="${target}"]`)].some(
          (a) =>
            start !== null &&
            end !== null &&
            (start.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
            (end.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
        );
      }, href);
      expect(inSectionFive, href).toBe(true);
    }
  });

  test('the demos page links to the playground', async ({ page, site }) => {
    await page.goto(`${site.url}/demos/`);
    expect(await page.locator('main a[href="/playground/"]').count()).toBeGreaterThanOrEqual(1);
  });
});

describe('failures', () => {
  for (const [label, fulfil] of [
    ['a missing model (404)', { status: 404, body: 'not found' }],
    ['a corrupted model', { status: 200, body: Buffer.from('not an onnx file at all') }],
  ] as const) {
    test(`shows an error for ${label}, keeps the page working, and recovers on retry`, async ({
      tracked,
      site,
    }) => {
      const { page } = tracked;
      tracked.allowErrors(/404|Failed to load resource/);
      await page.route('**/*.onnx', (route) => route.fulfill(fulfil));
      await page.goto(`${site.url}/demos/`);
      await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('error');
      const status = await page.locator('#demo-forward [data-status]').textContent();
      expect(status).toMatch(label.includes('404') ? /HTTP 404/ : /SHA-256/);
      // The rest of the page still works: search opens.
      await page.keyboard.press('/');
      await page.locator('dc-search dialog[open] input[type="search"]').waitFor({ timeout: APP_READY_MS });
      await page.keyboard.press('Escape');
      await page.unroute('**/*.onnx');
      await page.locator('#demo-forward').getByRole('button', { name: '重试' }).click();
      await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('done');
    });
  }

  test('shows an error when the WASM file fails to load, and recovers on retry', async ({
    tracked,
    site,
  }) => {
    const { page } = tracked;
    // ORT logs its failed streaming compile and fallback before it gives up.
    tracked.allowErrors(
      /404|Failed to load resource|wasm|WebAssembly|onnxruntime|backend|falling back to ArrayBuffer/i,
    );
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${site.url}/demos/`);
    await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('error');
    expect(await page.locator('#demo-forward [data-status]').textContent()).toContain('WASM');
    // onnxruntime-web keeps a failed start-up for the page's life: the retry reloads the page.
    await page.unroute('**/*.wasm');
    await Promise.all([
      page.waitForEvent('load', { timeout: APP_READY_MS }),
      page.locator('#demo-forward').getByRole('button', { name: '重新加载页面' }).click(),
    ]);
    await expect.poll(() => stateOf(page, 'demo-forward'), { timeout: APP_READY_MS }).toBe('done');
  });
});

describe('loading', () => {
  test('loads no onnxruntime-web file on pages without demos', async ({ tracked, site }) => {
    for (const path of ['/', '/faq/dc-energy-reduction/', '/careers/mlops-engineer/', '/references/']) {
      await tracked.page.goto(`${site.url}${path}`);
      await tracked.page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
    }
    expect(tracked.requests.filter((u) => ORT_FILE.test(u))).toEqual([]);
  });

  test('on the article, loads ORT only when a demo comes near the viewport', async ({ tracked, site }) => {
    const { page } = tracked;
    await page.goto(`${site.url}/article/`);
    await page.waitForLoadState('networkidle', { timeout: APP_READY_MS });
    expect(tracked.requests.filter((u) => ORT_FILE.test(u))).toEqual([]);
    expect(await page.locator('dc-forward-pass').getAttribute('data-state')).toBe('ready');
    await page.locator('dc-forward-pass').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('dc-forward-pass').getAttribute('data-state'), { timeout: APP_READY_MS })
      .toBe('done');
    const ortFiles = tracked.requests.filter((u) => ORT_FILE.test(u)).map((u) => u.split('/').pop());
    expect(ortFiles.some((f) => f?.startsWith('ort-wasm-simd-threaded.') && f.endsWith('.wasm'))).toBe(true);
    expect(
      ortFiles.some((f) => f?.includes('jspi') || f?.includes('asyncify') || f?.includes('webgpu')),
    ).toBe(false);
  });

  test('keeps the demos’ CSS out of the article’s render-blocking styles; the first demo links it', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}/article/`);
    const { head, body } = await page.evaluate(() => ({
      head: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
      body: [...document.body.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
    }));
    const texts = await Promise.all(head.map(async (href) => (await fetch(href)).text()));
    expect(texts.filter((css) => css.includes('.demo'))).toEqual([]);
    expect(body.length).toBeGreaterThan(0);
    const demoCss = await (await fetch(body[0])).text();
    expect(demoCss).toContain('.demo');
    // The link comes before the first demo, so the demo never renders unstyled.
    expect(
      await page.evaluate(() => {
        const link = document.body.querySelector('link[rel="stylesheet"]');
        const demo = document.querySelector('.demo');
        return (
          link !== null &&
          demo !== null &&
          (link.compareDocumentPosition(demo) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        );
      }),
    ).toBe(true);
  });
});
