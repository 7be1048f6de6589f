/**
 * Every file of the built site fits the per-file limit of Cloudflare Pages (25 MiB), the
 * strictest of the static hosts docs/deploying.md names. onnxruntime-web's default WebGPU build
 * (asyncify, 26.8 MB of WASM) does not; the site ships its JSPI build (16.8 MB) instead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../../tools/budgets.ts';
import { ensureSite } from '../../tools/site-build.ts';

const MAX_FILE_BYTES = BUDGETS.hostFile;

let files: { path: string; bytes: number }[] = [];

beforeAll(async () => {
  const dir = await ensureSite();
  files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path, stats: statSync(join(dir, path)) }))
    .filter((f) => f.stats.isFile())
    .map((f) => ({ path: f.path, bytes: f.stats.size }));
}, 600_000);

describe('dist/ file sizes', () => {
  it(`has no file over ${MAX_FILE_BYTES / 1024 / 1024} MiB`, () => {
    const tooLarge = files.filter((f) => f.bytes > MAX_FILE_BYTES).map((f) => `${f.path} (${f.bytes} bytes)`);
    expect(tooLarge).toEqual([]);
  });

  it('still ships both ORT WASM builds (WASM SIMD, and JSPI for WebGPU), none of the asyncify one', () => {
    const wasm = files.filter((f) => f.path.endsWith('.wasm')).map((f) => f.path);
    expect(wasm.some((p) => /ort-wasm-simd-threaded\.[\w-]+\.wasm$/.test(p) && !p.includes('jspi'))).toBe(
      true,
    );
    expect(wasm.some((p) => p.includes('ort-wasm-simd-threaded.jspi'))).toBe(true);
    expect(wasm.filter((p) => p.includes('asyncify') || p.includes('jsep'))).toEqual([]);
    // The limit is checked against real sizes: the largest file is the 16.8 MB JSPI build.
    const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    expect(largest.bytes).toBeGreaterThan(10 * 1024 * 1024);
  });
});
