/**
 * The one static server for the built site: `npm run preview`, the browser tests and the bench
 * all use it. It serves a folder on 127.0.0.1 (at a free port unless one is given) the way a
 * static host would:
 * - the site's `404.html` for unknown paths, with status 404;
 * - the response headers of the site's `_headers` file (so every browser test runs under the
 *   site's CSP), which is itself never served;
 * - caching headers: ETags, and `Cache-Control: public, max-age=0, must-revalidate` wherever
 *   `_headers` sets none (Netlify's default; `_headers` makes `/_astro/` immutable);
 * - optionally a log of every response (path, status, time), so the bench can count what a
 *   page transferred.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/site-checks/headers-file.ts';

/** What a static host sends for files its `_headers` says nothing about: revalidate with the ETag. */
const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export interface ServeOptions {
  /** Apply the folder's `_headers` file (default true). */
  headers?: boolean;
  /** Send `DEFAULT_CACHE_CONTROL` where `_headers` sets no Cache-Control (default true). */
  caching?: boolean;
  /** Record every response in `log` (default false). */
  log?: boolean;
  /** Port on 127.0.0.1; default a free one. */
  port?: number;
  /** Close by itself after this long without a request (ms); default never. */
  idleMs?: number;
}

/** One response the server sent. */
export interface Served {
  /** URL path without the query string. */
  path: string;
  status: number;
  /** When the response finished (performance.now() in this process). */
  at: number;
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Responses since the start or the last `reset()` (empty unless `log` was asked for). */
  readonly log: Served[];
  /** Empties the log. */
  reset(): void;
  close(): Promise<void>;
}

/** Serves `dir` (default `dist/`) until `close()`. */
export async function serveStatic(
  dir = join(process.cwd(), 'dist'),
  options: ServeOptions = {},
): Promise<StaticServer> {
  const { headers = true, caching = true, log = false, port = 0, idleMs } = options;
  const notFound = readFileSync(join(dir, '404.html'));
  const headersFile = join(dir, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const apply = (res: ServerResponse, pathname: string) => {
    if (caching) res.setHeader('Cache-Control', DEFAULT_CACHE_CONTROL);
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  };
  const assets = sirv(dir, {
    dev: false,
    etag: caching,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (res, pathname) => apply(res, pathname),
  });
  const state = { log: [] as Served[] };
  let idle: NodeJS.Timeout | undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (idleMs !== undefined) {
      clearTimeout(idle);
      idle = setTimeout(() => void close(), idleMs).unref();
    }
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (log) {
      const path = decodeURIComponent(pathname);
      res.on('finish', () => state.log.push({ path, status: res.statusCode, at: performance.now() }));
    }
    if (pathname === '/_headers') {
      res.writeHead(404).end();
      return;
    }
    assets(req, res, () => {
      apply(res, pathname);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.writeHead(404);
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(idle);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${address.port}`,
    get log() {
      return state.log;
    },
    reset() {
      state.log = [];
    },
    close,
  };
}
