/**
 * Static server for the built site, used by browser tests and benchmarks: serves a folder
 * on 127.0.0.1 at a free port with the site's 404 page and the response headers of its
 * `_headers` file (so every browser test runs under the site's CSP), and closes when asked
 * (tests call `close()` in afterAll; the process exits with the test run either way).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/site-checks/headers-file.ts';

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` (default `dist/`) on 127.0.0.1 at a free port. */
export async function serveStatic(dir = join(process.cwd(), 'dist')): Promise<StaticServer> {
  const notFound = readFileSync(join(dir, '404.html'));
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const apply = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  };
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (res, pathname) => apply(res, pathname),
  });
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/_headers') {
      res.writeHead(404).end();
      return;
    }
    assets(req, res, () => {
      apply(res, new URL(req.url ?? '/', 'http://x').pathname);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.writeHead(404);
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
