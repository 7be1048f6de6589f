/**
 * The real site as `tools/static-server.ts` sends it (the server of `npm run preview`, the
 * browser tests and the bench): every kind of file the build writes has a Content-Type of the
 * server's table, which agrees with the ones `_headers` sets; pages go out brotli-compressed to a
 * browser that accepts it; onnxruntime-web's WASM is compressed whole and served in ranges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { CONTENT_TYPES, serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { ensureSite } from '../../tools/site-build.ts';
import { rawRequest } from '../support/raw-http.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/site-checks/headers-file.ts';

/** Chromium's Accept-Encoding. */
const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

let dir = '';
let files: string[] = [];
let server: StaticServer;

beforeAll(async () => {
  dir = await ensureSite();
  files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => `/${f.split('\\').join('/')}`);
  server = await serveStatic(dir);
}, 600_000);
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(`${server.url}${path}`, headers);

describe('the built site as served', () => {
  it('has a Content-Type in the server table for every kind of file it ships', () => {
    const kinds = new Set(files.filter((f) => f !== '/_headers').map((f) => extname(f).toLowerCase()));
    expect(kinds.size).toBeGreaterThan(8);
    expect([...kinds].filter((k) => CONTENT_TYPES[k] === undefined)).toEqual([]);
  });

  it('sends the Content-Type that _headers sets, where it sets one', async () => {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    const typed = files.filter((f) =>
      [...headersFor(rules, f)].some(([name]) => name.toLowerCase() === 'content-type'),
    );
    expect(typed.length).toBeGreaterThan(0);
    const mismatched: string[] = [];
    const seen = new Set<string>();
    for (const path of typed) {
      const kind = extname(path);
      if (seen.has(kind)) continue;
      seen.add(kind);
      const declared = [...headersFor(rules, path)].find(
        ([name]) => name.toLowerCase() === 'content-type',
      )?.[1];
      if (declared !== CONTENT_TYPES[kind])
        mismatched.push(`${path}: _headers ${declared}, table ${CONTENT_TYPES[kind]}`);
      const served = (await get(path, { Range: 'bytes=0-0' })).headers['content-type'];
      if (served !== declared) mismatched.push(`${path}: served ${String(served)}, _headers ${declared}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('sends the article brotli-compressed to a browser, the same HTML once decoded', async () => {
    const raw = readFileSync(join(dir, 'article/index.html'));
    const page = await get('/article/', BROWSER);
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).equals(raw)).toBe(true);
    expect(page.body.length).toBeLessThan(raw.length / 4);
  });

  it("compresses onnxruntime-web's WASM whole and serves ranges of it as it is", async () => {
    const wasm = files.find((f) => /\/ort-wasm-simd-threaded\.[\w-]+\.wasm$/.test(f));
    expect(wasm).toBeDefined();
    const whole = await get(wasm!, BROWSER);
    expect(whole.headers['content-type']).toBe('application/wasm');
    expect(whole.headers['content-encoding']).toBe('br');
    expect(whole.headers['cache-control']).toContain('immutable');
    const part = await get(wasm!, { ...BROWSER, Range: 'bytes=0-7' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    // The WASM magic number and version 1.
    expect([...part.body]).toEqual([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  });
});
