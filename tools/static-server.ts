/**
 * The one static server for the built site: `npm run preview`, the browser tests and the bench
 * all use it. It serves a folder on 127.0.0.1 (at a free port unless one is given) the way the
 * static hosts the site deploys to (Netlify, Cloudflare Pages) do, so that what is measured here
 * is what a reader gets:
 * - brotli or gzip, as the request's `Accept-Encoding` prefers (`negotiateEncoding`), for the
 *   kinds of file hosts compress (`COMPRESSIBLE`), with `Vary: Accept-Encoding`. Each file is
 *   compressed once, when first asked for, and kept on disk by content hash (`compressedCopy`);
 * - `Content-Type` from one table (`CONTENT_TYPES`), then the site's `_headers` file (so every
 *   browser test runs under the site's CSP); `_headers` itself is never served;
 * - `Cache-Control` as `_headers` says, else `public, max-age=0, must-revalidate` (Netlify's
 *   default); a strong ETag from the content hash (one per encoding), and 304 for a matching
 *   `If-None-Match`;
 * - byte ranges (`Range`, `If-Range`; 206 and 416) on the uncompressed file, as for the WASM;
 * - a directory without its trailing slash redirects (301) to it; the site's `404.html` for
 *   unknown paths, with status 404;
 * - optionally a log of every response (path, status, encoding, bytes, time), so the bench can
 *   count what a page transferred.
 * File handling (conditional GET, ranges, HEAD) is `send`'s, the module Express serves files with.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import send from 'send';
import { headersFor, parseHeadersFile } from '../src/lib/site-checks/headers-file.ts';

/** What a static host sends for files its `_headers` says nothing about: revalidate with the ETag. */
const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

const UTF8 = '; charset=utf-8';
/**
 * Content-Type by file extension, for every kind of file the site ships (tests/unit/tools/
 * static-server.test.ts checks that each extension of a build is here). Unknown kinds are sent
 * as `application/octet-stream`, as hosts do.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': `text/html${UTF8}`,
  '.css': `text/css${UTF8}`,
  '.js': `text/javascript${UTF8}`,
  '.mjs': `text/javascript${UTF8}`,
  '.json': `application/json${UTF8}`,
  '.map': `application/json${UTF8}`,
  '.webmanifest': `application/manifest+json${UTF8}`,
  '.xml': `application/xml${UTF8}`,
  '.txt': `text/plain${UTF8}`,
  '.md': `text/markdown${UTF8}`,
  '.csv': `text/csv${UTF8}`,
  '.bib': `application/x-bibtex${UTF8}`,
  '.ris': `application/x-research-info-systems${UTF8}`,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  // Pagefind's index, filters, fragments and WASM: gzip-compressed binary files of its own.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Kinds the hosts compress: text and WASM. Not images, fonts (woff2 is compressed already),
 * the ONNX model (sent as octet-stream, which hosts leave alone) or Pagefind's files (gzip inside).
 */
export const COMPRESSIBLE: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.map',
  '.webmanifest',
  '.xml',
  '.txt',
  '.md',
  '.csv',
  '.bib',
  '.ris',
  '.svg',
  '.ico',
  '.wasm',
]);

/** Content-Type for a file name. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to send for an `Accept-Encoding` header: brotli before gzip, unless the header
 * gives gzip a higher q-value; neither when both are refused (q=0) or the header is absent
 * (`*` counts for an encoding not named).
 */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const qParam = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find((m) => m !== null);
    q.set(name, qParam ? Number(qParam[1]) : 1);
  }
  const weight = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  const best = (['br', 'gzip'] as const)
    .map((name) => ({ name, q: weight(name) }))
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q)[0];
  return best?.name;
}

/**
 * Files up to this size are compressed as hosts pre-compress static files (brotli 11, gzip 9);
 * larger ones (onnxruntime-web's WASM) at brotli 5 / gzip 6, which take about a second for 16 MB
 * instead of a minute, as hosts compress large files on the fly.
 */
const SMALL_FILE = 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  const small = bytes.length <= SMALL_FILE;
  if (encoding === 'gzip') return gzipAsync(bytes, { level: small ? 9 : 6 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: small ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Where compressed copies are kept between runs (like Astro's and Vite's caches). */
const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/static-server/', import.meta.url));

/** Compressed copies not used for this long are deleted when a server starts. */
const COPY_MAX_AGE_MS = 14 * 24 * 3600_000;

/** Deletes copies in `cacheDir` unused for `COPY_MAX_AGE_MS` (a copy's mtime is its last use). */
async function pruneCopies(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    const file = join(cacheDir, name);
    const s = await stat(file).catch(() => undefined);
    if (s !== undefined && now - s.mtimeMs > COPY_MAX_AGE_MS) await rm(file, { force: true });
  }
}

/** A served file's identity: content hash, size, and the compressed copies made so far. */
interface FileInfo {
  hash: string;
  size: number;
  copies: Map<Encoding, Promise<string>>;
}

/** One response the server sent. */
export interface Served {
  /** URL path without the query string. */
  path: string;
  status: number;
  /** Encoding of the body sent: `br`, `gzip`, or undefined (as it is, or no body). */
  encoding: Encoding | undefined;
  /** Body bytes sent (compressed when encoded; 0 for 304 and HEAD). */
  bytes: number;
  /** When the response finished (performance.now() in this process). */
  at: number;
}

export interface ServeOptions {
  /** Apply the folder's `_headers` file (default true). */
  headers?: boolean;
  /** ETags, 304s and the default Cache-Control (default true). */
  caching?: boolean;
  /** Compress by Accept-Encoding (default true). */
  compression?: boolean;
  /** Folder for compressed copies (default `node_modules/.cache/static-server/`). */
  cacheDir?: string;
  /** Record every response in `log` (default false). */
  log?: boolean;
  /** Port on 127.0.0.1; default a free one. */
  port?: number;
  /** Close by itself after this long without a request (ms); default never. */
  idleMs?: number;
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Responses since the start or the last `reset()` (empty unless `log` was asked for). */
  readonly log: Served[];
  /** Empties the log. */
  reset(): void;
  /**
   * Compresses every compressible file now (brotli, and gzip when asked), so that no measured
   * request waits for a first compression: the bench calls it before measuring.
   */
  precompress(encodings?: readonly Encoding[]): Promise<number>;
  close(): Promise<void>;
}

/** Serves `dir` (default `dist/`) until `close()`. */
export async function serveStatic(
  dir = join(process.cwd(), 'dist'),
  options: ServeOptions = {},
): Promise<StaticServer> {
  const {
    headers = true,
    caching = true,
    compression = true,
    cacheDir = DEFAULT_CACHE_DIR,
    log = false,
    port = 0,
    idleMs,
  } = options;
  const root = resolve(dir);
  const notFoundFile = join(root, '404.html');
  if (!existsSync(notFoundFile)) throw new Error(`${root} has no 404.html: is it a built site?`);
  const headersFile = join(root, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  await pruneCopies(cacheDir);

  const infos = new Map<string, { key: string; info: Promise<FileInfo> }>();
  /** Hash and size of `file`, computed once per version (path, size and modification time). */
  const fileInfo = async (file: string): Promise<FileInfo> => {
    const s = await stat(file);
    const key = `${s.size}:${s.mtimeMs}`;
    const known = infos.get(file);
    if (known?.key === key) return known.info;
    const info = readFile(file).then((bytes) => ({
      hash: createHash('sha256').update(bytes).digest('base64url').slice(0, 22),
      size: bytes.length,
      copies: new Map<Encoding, Promise<string>>(),
    }));
    infos.set(file, { key, info });
    return info;
  };
  /** Path of the compressed copy of `file`, made (and written atomically) when missing. */
  const compressedCopy = (file: string, info: FileInfo, encoding: Encoding): Promise<string> => {
    let copy = info.copies.get(encoding);
    if (copy === undefined) {
      const target = join(cacheDir, `${info.hash}.${encoding}`);
      copy = (async () => {
        if (existsSync(target)) {
          const now = new Date();
          await utimes(target, now, now).catch(() => undefined);
          return target;
        }
        await mkdir(cacheDir, { recursive: true });
        const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        await writeFile(temp, await compress(await readFile(file), encoding));
        await rename(temp, target);
        return target;
      })();
      copy.catch(() => info.copies.delete(encoding));
      info.copies.set(encoding, copy);
    }
    return copy;
  };

  /** The file for a URL path, a redirect for a directory without its slash, or nothing. */
  const locate = async (pathname: string): Promise<{ file: string } | { redirect: string } | undefined> => {
    const full = resolve(root, `.${pathname}`);
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    const isFile = (p: string) =>
      stat(p).then(
        (s) => s.isFile(),
        () => false,
      );
    if (pathname.endsWith('/')) {
      const index = join(full, 'index.html');
      return (await isFile(index)) ? { file: index } : undefined;
    }
    if (await isFile(full)) return { file: full };
    if (await isFile(join(full, 'index.html'))) return { redirect: `${pathname}/` };
    // Netlify and Cloudflare Pages serve `/x` from `x.html`.
    if (await isFile(`${full}.html`)) return { file: `${full}.html` };
    return undefined;
  };

  /** Sends `file` with the site's headers, compressed when asked for and worth it. */
  const serveFile = async (req: IncomingMessage, res: ServerResponse, pathname: string, file: string) => {
    const type = contentTypeOf(file);
    res.setHeader('Content-Type', type);
    if (caching) res.setHeader('Cache-Control', DEFAULT_CACHE_CONTROL);
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    const info = await fileInfo(file);
    const compressible = compression && COMPRESSIBLE.has(extname(file).toLowerCase());
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    // A byte range is of the file as it is (hosts answer ranges uncompressed).
    const encoding =
      compressible && req.headers.range === undefined
        ? negotiateEncoding(req.headers['accept-encoding'])
        : undefined;
    const path = encoding === undefined ? file : await compressedCopy(file, info, encoding);
    if (encoding !== undefined) res.setHeader('Content-Encoding', encoding);
    if (caching) res.setHeader('ETag', `"${info.hash}${encoding === undefined ? '' : `-${encoding}`}"`);
    // Without an 'error' listener, `send` answers its own errors (416 for a range beyond the
    // end, with Content-Range; 412 for a failed If-Match).
    await new Promise<void>((done) => {
      res.on('close', done);
      // `send` takes a URL-encoded path and decodes it.
      send(req, encodeURI(path), {
        etag: caching,
        lastModified: false,
        cacheControl: false,
        acceptRanges: encoding === undefined && res.statusCode === 200,
        dotfiles: 'allow',
      }).pipe(res);
    });
  };

  const notFound = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    res.statusCode = 404;
    if (req.method === 'HEAD' || req.method === 'GET') await serveFile(req, res, pathname, notFoundFile);
    else res.end();
  };

  const state = { log: [] as Served[] };
  let idle: NodeJS.Timeout | undefined;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (log) {
      res.on('finish', () => {
        const encoding = res.getHeader('Content-Encoding') as Encoding | undefined;
        const length = Number(res.getHeader('Content-Length') ?? 0);
        const bytes = req.method === 'HEAD' || res.statusCode === 304 ? 0 : length;
        state.log.push({ path: pathname, status: res.statusCode, encoding, bytes, at: performance.now() });
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname.includes('\0')) {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/_headers') return notFound(req, res, pathname);
    const found = await locate(pathname);
    if (found === undefined) return notFound(req, res, pathname);
    if ('redirect' in found) {
      res.writeHead(301, { Location: `${encodeURI(found.redirect)}${url.search}` }).end();
      return;
    }
    return serveFile(req, res, pathname, found.file);
  };

  const server: Server = createServer((req, res) => {
    if (idleMs !== undefined) {
      clearTimeout(idle);
      idle = setTimeout(() => void close(), idleMs).unref();
    }
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': `text/plain${UTF8}` });
      res.end(res.headersSent ? undefined : String(error));
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((done) => {
      clearTimeout(idle);
      server.closeAllConnections();
      server.close(() => done());
    });
  return {
    url: `http://127.0.0.1:${address.port}`,
    get log() {
      return state.log;
    },
    reset() {
      state.log = [];
    },
    async precompress(encodings = ['br']) {
      const entries = await readdir(root, { withFileTypes: true, recursive: true });
      const files = entries
        .filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath, e.name));
      for (const file of files) {
        const info = await fileInfo(file);
        for (const encoding of encodings) await compressedCopy(file, info, encoding);
      }
      return files.length;
    },
    close,
  };
}
