import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  contentTypeOf,
  negotiateEncoding,
  serveStatic,
  type StaticServer,
} from '../../../tools/static-server.ts';
import { rawRequest } from '../../support/raw-http.ts';

const get = rawRequest;

const html = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>${'<p>数据中心与大模型。</p>'.repeat(200)}</body></html>`;
/** Incompressible bytes, as a WASM file's stand-in for range requests. */
const wasm = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251));

const FILES: Record<string, string | Buffer> = {
  'index.html': html('首页'),
  '404.html': html('找不到页面'),
  'faq/x/index.html': html('问题'),
  'about.html': html('关于'),
  '_astro/app.B1.js': `export const a = ${JSON.stringify('x'.repeat(3000))};`,
  '_astro/site.C2.css': `body{color:red}`.repeat(200),
  '_astro/ort.D3.wasm': wasm,
  '_astro/KaTeX_Main.E4.woff2': Buffer.from('wOF2 not really a font'),
  '_astro/model.F5.onnx': Buffer.from([8, 7, 18, 0]),
  'manifest.webmanifest': JSON.stringify({ name: '职业指南', icons: [] }),
  'plan/paths.json': JSON.stringify({ careers: Array.from({ length: 200 }, (_, i) => i) }),
  'sitemap-0.xml': `<?xml version="1.0"?><urlset>${'<url><loc>https://x.example/</loc></url>'.repeat(50)}</urlset>`,
  'references/a.bib': '@misc{a, title={A}}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/index/zh_1.pf_index': Buffer.from([0x1f, 0x8b, 8, 0]),
  _headers: [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/*.wasm',
    '  Content-Type: application/wasm',
    '/references/*.bib',
    '  Content-Type: application/x-bibtex; charset=utf-8',
    '',
  ].join('\n'),
};

let work = '';
let cacheDir = '';
let server: StaticServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'static-server-'));
  cacheDir = join(work, 'cache');
  for (const [path, body] of Object.entries(FILES)) {
    mkdirSync(dirname(join(work, 'site', path)), { recursive: true });
    writeFileSync(join(work, 'site', path), body);
  }
  server = await serveStatic(join(work, 'site'), { cacheDir, log: true });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('negotiateEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['m.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['ort.wasm', 'application/wasm'],
    ['model.onnx', 'application/octet-stream'],
    ['KaTeX.woff2', 'font/woff2'],
    ['paths.json', 'application/json; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['ICON.PNG', 'image/png'],
    ['x.unknown', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});

describe('serveStatic', () => {
  it('sends brotli or gzip as Accept-Encoding asks, the same bytes once decoded', async () => {
    const br = await get(`${server.url}/faq/x/`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(br.body).toString()).toBe(FILES['faq/x/index.html']);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(FILES['faq/x/index.html']) / 5);

    const gz = await get(`${server.url}/faq/x/`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(FILES['faq/x/index.html']);

    const plain = await get(`${server.url}/faq/x/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(FILES['faq/x/index.html']);
  });

  it('compresses text and WASM, never fonts, the model or Pagefind files', async () => {
    const ae = { 'Accept-Encoding': 'br' };
    const encodingOf = async (path: string) =>
      (await get(`${server.url}${path}`, ae)).headers['content-encoding'];
    expect(await encodingOf('/_astro/app.B1.js')).toBe('br');
    expect(await encodingOf('/_astro/site.C2.css')).toBe('br');
    expect(await encodingOf('/_astro/ort.D3.wasm')).toBe('br');
    expect(await encodingOf('/plan/paths.json')).toBe('br');
    expect(await encodingOf('/_astro/KaTeX_Main.E4.woff2')).toBeUndefined();
    expect(await encodingOf('/_astro/model.F5.onnx')).toBeUndefined();
    expect(await encodingOf('/pagefind/index/zh_1.pf_index')).toBeUndefined();
  });

  it('keeps each compressed copy on disk by content hash and reuses it', async () => {
    await get(`${server.url}/about`, { 'Accept-Encoding': 'br' });
    await get(`${server.url}/about`, { 'Accept-Encoding': 'gzip' });
    const copies = readdirSync(cacheDir);
    expect(copies.some((f) => f.endsWith('.br'))).toBe(true);
    expect(copies.some((f) => f.endsWith('.gzip'))).toBe(true);
    const again = await serveStatic(join(work, 'site'), { cacheDir });
    try {
      const first = await get(`${server.url}/faq/x/`, { 'Accept-Encoding': 'br' });
      const second = await get(`${again.url}/faq/x/`, { 'Accept-Encoding': 'br' });
      expect(second.headers['etag']).toBe(first.headers['etag']);
      expect(second.body.equals(first.body)).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('precompresses every compressible file on request, and serves those copies', async () => {
    const fresh = await serveStatic(join(work, 'site'), { cacheDir: join(work, 'precompressed') });
    try {
      const count = await fresh.precompress(['br', 'gzip']);
      // The fixture's twelve text and WASM files (not the font, the model or Pagefind's chunk).
      expect(count).toBe(12);
      expect(readdirSync(join(work, 'precompressed')).filter((f) => !f.includes('.tmp'))).toHaveLength(24);
      const page = await get(`${fresh.url}/about`, { 'Accept-Encoding': 'gzip' });
      expect(gunzipSync(page.body).toString()).toBe(FILES['about.html']);
    } finally {
      await fresh.close();
    }
  });

  it('sends the Content-Type of every kind of file', async () => {
    const typeOf = async (path: string) => (await get(`${server.url}${path}`)).headers['content-type'];
    expect(await typeOf('/manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(await typeOf('/_astro/ort.D3.wasm')).toBe('application/wasm');
    expect(await typeOf('/_astro/model.F5.onnx')).toBe('application/octet-stream');
    expect(await typeOf('/_astro/KaTeX_Main.E4.woff2')).toBe('font/woff2');
    expect(await typeOf('/plan/paths.json')).toBe('application/json; charset=utf-8');
    expect(await typeOf('/sitemap-0.xml')).toBe('application/xml; charset=utf-8');
    expect(await typeOf('/references/a.bib')).toBe('application/x-bibtex; charset=utf-8');
  });

  it('applies _headers (Cache-Control, other headers) and never serves the file itself', async () => {
    const asset = await get(`${server.url}/_astro/app.B1.js`);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const page = await get(`${server.url}/`);
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect((await get(`${server.url}/_headers`)).status).toBe(404);
  });

  it('answers a matching If-None-Match with 304 per encoding, keeping ETag and Cache-Control', async () => {
    const br = await get(`${server.url}/`, { 'Accept-Encoding': 'br' });
    const plain = await get(`${server.url}/`);
    const etag = br.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    expect(plain.headers['etag']).not.toBe(etag);

    const again = await get(`${server.url}/`, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const list = await get(`${server.url}/`, {
      'Accept-Encoding': 'br',
      'If-None-Match': `"other", ${etag}`,
    });
    expect(list.status).toBe(304);
    // The identity ETag does not match the brotli response, nor a stale one.
    const other = await get(`${server.url}/`, { 'Accept-Encoding': 'br', 'If-None-Match': '"stale"' });
    expect(other.status).toBe(200);
    expect((await get(`${server.url}/`, { 'If-None-Match': etag })).status).toBe(200);
  });

  it('serves byte ranges of the file as it is, even when compression is accepted', async () => {
    const ae = { 'Accept-Encoding': 'br, gzip' };
    const part = await get(`${server.url}/_astro/ort.D3.wasm`, { ...ae, Range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 100-199/${wasm.length}`);
    expect(part.body.equals(wasm.subarray(100, 200))).toBe(true);

    const tail = await get(`${server.url}/_astro/ort.D3.wasm`, { Range: 'bytes=-10' });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(wasm.subarray(wasm.length - 10))).toBe(true);

    const whole = await get(`${server.url}/_astro/ort.D3.wasm`);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    const beyond = await get(`${server.url}/_astro/ort.D3.wasm`, { Range: `bytes=${wasm.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${wasm.length}`);

    // If-Range with an ETag that no longer matches: the whole file, not a part of a new version.
    const stale = await get(`${server.url}/_astro/ort.D3.wasm`, { Range: 'bytes=0-9', 'If-Range': '"old"' });
    expect(stale.status).toBe(200);
    expect(stale.body.length).toBe(wasm.length);
    const fresh = await get(`${server.url}/_astro/ort.D3.wasm`, {
      Range: 'bytes=0-9',
      'If-Range': whole.headers['etag'] as string,
    });
    expect(fresh.status).toBe(206);
  });

  it('redirects a directory to its slash, serves /x from x.html, and the 404 page with 404', async () => {
    const redirect = await get(`${server.url}/faq/x?q=1`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/faq/x/?q=1');
    const about = await get(`${server.url}/about`);
    expect(about.status).toBe(200);
    expect(about.body.toString()).toBe(FILES['about.html']);

    const missing = await get(`${server.url}/no/such/page/`, { 'Accept-Encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(missing.body).toString()).toBe(FILES['404.html']);
    expect((await get(`${server.url}/../../etc/passwd`)).status).toBe(404);
    expect((await get(`${server.url}/%E0%A4%A`)).status).toBe(400);
  });

  it('answers HEAD with the headers of GET and no body, and refuses other methods', async () => {
    const head = await get(`${server.url}/_astro/app.B1.js`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(
      String(Buffer.byteLength(FILES['_astro/app.B1.js'] as string)),
    );
    const post = await get(`${server.url}/`, {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
  });

  it('logs each response with its encoding and the bytes sent', async () => {
    server.reset();
    const br = await get(`${server.url}/`, { 'Accept-Encoding': 'br' });
    await get(`${server.url}/`, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers['etag'] as string });
    await expect.poll(() => server.log.length, { timeout: 10_000 }).toBe(2);
    expect(
      server.log.map(({ path, status, encoding, bytes }) => ({ path, status, encoding, bytes })),
    ).toEqual([
      { path: '/', status: 200, encoding: 'br', bytes: br.body.length },
      { path: '/', status: 304, encoding: undefined, bytes: 0 },
    ]);
  });
});
