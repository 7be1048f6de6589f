/**
 * The demo islands in real Chromium against the built site: outputs agree with
 * onnxruntime-web in Node, the heatmap shows the right classes, backends are chosen as
 * documented, failures show an error and a retry that recovers, and nothing of ORT loads on
 * pages without demos.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-web';
import type { Page } from 'playwright-core';
import { startSite, type Site, type TrackedPage } from '../support/e2e.ts';
import { runSeparator } from '../../src/lib/model/ort-run.ts';

ort.env.wasm.numThreads = 1;

let site: Site;
let expectedY: (x1: number, x2: number) => Promise<number>;

beforeAll(async () => {
  site = await startSite();
  const bytes = await readFile(new URL('../../models/separator.onnx', import.meta.url));
  const session = await ort.InferenceSession.create(bytes);
  expectedY = async (x1, x2) => (await runSeparator(ort, session, new Float32Array([x1, x2]))).probability[0];
});
afterAll(() => site?.close());

const ORT_FILE = /ort[.-][^/]*\.(js|mjs|wasm)$|\.onnx$/;

async function setInput(page: Page, axis: 0 | 1, value: string) {
  const field = page.locator(`#demo-forward input[data-axis-number="${axis}"]`);
  await field.fill(value);
  await field.press('Enter');
}

async function shownY(page: Page): Promise<number> {
  return Number(await page.locator('#demo-forward').getAttribute('data-y'));
}

async function openDemos(tracked: TrackedPage, query = '') {
  await tracked.page.goto(`${site.url}/demos/${query}`);
  await expect.poll(() => tracked.page.locator('#demo-forward').getAttribute('data-state')).toBe('done');
}

describe('forward-pass demo', () => {
  it('shows the y that onnxruntime-web computes in Node, to 1e-5, for three inputs', async () => {
    const tracked = await site.open();
    await openDemos(tracked);
    for (const [x1, x2] of [
      [0.8, 0.3],
      [0.12, 0.87],
      [0.5, 0.49],
    ] as const) {
      await setInput(tracked.page, 0, String(x1));
      await setInput(tracked.page, 1, String(x2));
      const expected = await expectedY(x1, x2);
      await expect.poll(async () => Math.abs((await shownY(tracked.page)) - expected)).toBeLessThan(1e-5);
    }
    expect(await tracked.page.locator('#demo-forward [data-status]').textContent()).toContain('WASM');
    expect(tracked.errors).toEqual([]);
    expect(tracked.external).toEqual([]);
  });

  it('clamps out-of-range input and refuses text, never showing NaN', async () => {
    const { page } = await site.open();
    await openDemos({ page } as TrackedPage);
    await setInput(page, 0, '7');
    await expect
      .poll(() => page.locator('#demo-forward [data-input-message]').textContent())
      .toContain('已按 1 计算');
    expect(await page.locator('#demo-forward input[data-axis="0"]').inputValue()).toBe('1');
    await setInput(page, 1, 'abc');
    await expect
      .poll(() => page.locator('#demo-forward [data-input-message]').textContent())
      .toContain('不是数字');
    await setInput(page, 1, '');
    await expect
      .poll(() => page.locator('#demo-forward [data-input-message]').textContent())
      .toContain('请输入');
    expect(await page.locator('#demo-forward').textContent()).not.toContain('NaN');
  });

  it('moves the point with arrow keys on the unit square', async () => {
    const { page } = await site.open();
    await openDemos({ page } as TrackedPage);
    await page.locator('#demo-forward [data-square]').focus();
    const before = await shownY(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect
      .poll(() => page.locator('#demo-forward [data-square]').getAttribute('aria-valuenow'))
      .toBe('0.3');
    await expect.poll(() => shownY(page)).not.toBe(before);
    await expect
      .poll(async () => Math.abs((await shownY(page)) - (await expectedY(0.3, 0.3))))
      .toBeLessThan(1e-5);
  });
});

describe('decision-boundary demo', () => {
  it('paints class 1 at (0.9, 0.1) and class 0 at (0.1, 0.9)', async () => {
    const { page } = await site.open();
    await page.goto(`${site.url}/demos/`);
    await page.locator('#demo-boundary').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#demo-boundary').getAttribute('data-state')).toBe('done');
    const pixel = (x0: number, x1: number) =>
      page.evaluate(
        ([a, b]) => {
          const canvas = document.querySelector<HTMLCanvasElement>('#demo-boundary canvas')!;
          const data = canvas
            .getContext('2d')!
            .getImageData(Math.floor(a * canvas.width), Math.floor((1 - b) * canvas.height), 1, 1).data;
          return [data[0], data[1], data[2]];
        },
        [x0, x1] as const,
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
});

describe('backends demo', () => {
  it('without WebGPU uses WASM, says so, and never fetches the WebGPU build', async () => {
    const tracked = await site.open();
    await tracked.page.goto(`${site.url}/demos/`);
    await tracked.page.getByRole('button', { name: '开始测量' }).click();
    await expect
      .poll(() => tracked.page.locator('#demo-backends').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('done');
    expect(await tracked.page.locator('#demo-backends [data-gpu-note]').textContent()).toMatch(
      /WebGPU.*WASM|使用 WASM/,
    );
    const rows = await tracked.page.locator('#demo-backends tbody th').allTextContents();
    expect(rows).toEqual(['WASM（SIMD，单线程）', 'TypeScript（基线）']);
    const cells = await tracked.page
      .locator('#demo-backends tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(cells.slice(0, 4).every((c) => /\d.* ms/.test(c))).toBe(true);
    expect(tracked.requests.some((u) => /webgpu|asyncify/.test(u))).toBe(false);
    expect(tracked.errors).toEqual([]);
  });

  it('on a fallback WebGPU adapter (tests only) gives the same outputs as WASM', async () => {
    const gpuSite = await startSite({ chromeArgs: ['--enable-unsafe-webgpu'] });
    try {
      const { page } = await gpuSite.open();
      await page.goto(`${gpuSite.url}/demos/?webgpu=fallback-ok`);
      await page.getByRole('button', { name: '开始测量' }).click();
      await expect
        .poll(() => page.locator('#demo-backends').getAttribute('data-state'), { timeout: 90_000 })
        .toBe('done');
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
    } finally {
      await gpuSite.close();
    }
  });
});

describe('failures', () => {
  for (const [label, fulfil] of [
    ['a missing model (404)', { status: 404, body: 'not found' }],
    ['a corrupted model', { status: 200, body: Buffer.from('not an onnx file at all') }],
  ] as const) {
    it(`shows an error for ${label}, keeps the page working, and recovers on retry`, async () => {
      const { page, errors } = await site.open();
      await page.route('**/*.onnx', (route) => route.fulfill(fulfil));
      await page.goto(`${site.url}/demos/`);
      await expect.poll(() => page.locator('#demo-forward').getAttribute('data-state')).toBe('error');
      const status = await page.locator('#demo-forward [data-status]').textContent();
      expect(status).toMatch(label.includes('404') ? /HTTP 404/ : /SHA-256/);
      // The rest of the page still works: search opens.
      await page.keyboard.press('/');
      await page.locator('dc-search dialog[open] input[type="search"]').waitFor();
      await page.keyboard.press('Escape');
      await page.unroute('**/*.onnx');
      await page.locator('#demo-forward').getByRole('button', { name: '重试' }).click();
      await expect.poll(() => page.locator('#demo-forward').getAttribute('data-state')).toBe('done');
      // Console errors from the failed request itself are expected; nothing uncaught.
      expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    });
  }

  it('shows an error when the WASM file fails to load, and recovers on retry', async () => {
    const { page, errors } = await site.open();
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${site.url}/demos/`);
    await expect.poll(() => page.locator('#demo-forward').getAttribute('data-state')).toBe('error');
    expect(await page.locator('#demo-forward [data-status]').textContent()).toContain('WASM');
    // onnxruntime-web keeps a failed start-up for the page's life: the retry reloads the page.
    await page.unroute('**/*.wasm');
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('#demo-forward').getByRole('button', { name: '重新加载页面' }).click(),
    ]);
    await expect.poll(() => page.locator('#demo-forward').getAttribute('data-state')).toBe('done');
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });
});

describe('loading', () => {
  it('loads no onnxruntime-web file on pages without demos', async () => {
    const tracked = await site.open();
    for (const path of ['/', '/faq/dc-energy-reduction/', '/careers/mlops-engineer/', '/references/']) {
      await tracked.page.goto(`${site.url}${path}`);
      await tracked.page.waitForLoadState('networkidle');
    }
    expect(tracked.requests.filter((u) => ORT_FILE.test(u))).toEqual([]);
  });

  it('on the article, loads ORT only when a demo comes near the viewport', async () => {
    const tracked = await site.open();
    await tracked.page.goto(`${site.url}/article/`);
    await tracked.page.waitForLoadState('networkidle');
    expect(tracked.requests.filter((u) => ORT_FILE.test(u))).toEqual([]);
    expect(await tracked.page.locator('dc-forward-pass').getAttribute('data-state')).toBe('ready');
    await tracked.page.locator('dc-forward-pass').scrollIntoViewIfNeeded();
    await expect.poll(() => tracked.page.locator('dc-forward-pass').getAttribute('data-state')).toBe('done');
    const ortFiles = tracked.requests.filter((u) => ORT_FILE.test(u)).map((u) => u.split('/').pop());
    expect(ortFiles.some((f) => f?.startsWith('ort-wasm-simd-threaded.') && f.endsWith('.wasm'))).toBe(true);
    expect(ortFiles.some((f) => f?.includes('asyncify') || f?.includes('webgpu'))).toBe(false);
    expect(tracked.errors).toEqual([]);
    expect(tracked.external).toEqual([]);
  });
});
