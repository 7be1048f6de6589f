/**
 * Static server for the bench: serves a built site on 127.0.0.1 at a free port, like
 * tools/static-server.ts, with the caching headers a static host would send (hashed files
 * under `/_astro/` immutable for a year, everything else revalidated with its ETag), and a log
 * of every response (path and status), so that the bench can count what a page transferred.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** One response the server sent. */
export interface Served {
  /** URL path without the query string. */
  path: string;
  status: number;
  /** When the response finished (performance.now() in this process). */
  at: number;
}

export interface BenchServer {
  url: string;
  /** Responses since the last `reset()`. */
  log: Served[];
  reset(): void;
  close(): Promise<void>;
}

/** Serves `dir` until `close()`; an idle server also closes itself after `idleMs` (default 30 min). */
export async function serveSite(dir: string, idleMs = 30 * 60_000): Promise<BenchServer> {
  const notFound = readFileSync(join(dir, '404.html'));
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/_astro/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
      );
    },
  });
  const state = { log: [] as Served[] };
  let idle: NodeJS.Timeout | undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    clearTimeout(idle);
    idle = setTimeout(() => void close(), idleMs).unref();
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    res.on('finish', () => state.log.push({ path, status: res.statusCode, at: performance.now() }));
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(idle);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    get log() {
      return state.log;
    },
    reset() {
      state.log = [];
    },
    close,
  };
}
