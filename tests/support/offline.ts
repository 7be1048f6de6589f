/**
 * Helpers for the offline tests (tests/e2e/offline*.test.ts): waiting for the service worker,
 * reading its caches, copies of the built site changed the way a new deploy changes them, and a
 * server that switches from one deploy to another on the same origin (a worker belongs to an
 * origin, so an update test must keep it).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { APP_READY_MS } from '../../tools/timeouts.ts';

/** Waits (up to APP_READY_MS) until the page's origin has an activated service worker. */
export async function workerActivated(page: Page): Promise<void> {
  const activated = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(
          (registration) =>
            new Promise<boolean>((resolve) => {
              const worker = registration.active;
              if (!worker || worker.state === 'activated') return resolve(worker !== null);
              worker.addEventListener('statechange', () => {
                if (worker.state === 'activated') resolve(true);
              });
            }),
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    APP_READY_MS,
  );
  if (!activated) throw new Error(`no service worker was activated within ${APP_READY_MS} ms`);
}

/** Every cache of the page's origin and the URL paths it holds (without Workbox's revision query). */
export function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((request) => new URL(request.url).pathname);
    }
    return out;
  });
}

/**
 * Copies the built site in `from` to `to`, as a deploy of the same build: the large folders that
 * no test changes (`_astro/` with ORT's WASM, `pagefind/`) are linked, not copied.
 */
export function copySite(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '_astro' || name === 'pagefind') symlinkSync(resolve(from, name), join(to, name), 'dir');
    else cpSync(join(from, name), join(to, name), { recursive: true });
  }
}

/** A server on 127.0.0.1 that serves one of several built sites, switched with `use`. */
export interface Deploys {
  url: string;
  /** Serves deploy `index` (of the folders given) from now on. */
  use(index: number): void;
  /** Answers `/sw.js` with 503 while true (an update check that fails on the host). */
  failWorkerScript(fail: boolean): void;
  /** Paths requested since the start, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves each folder with the static server and fronts them on one origin. */
export async function serveDeploys(dirs: readonly string[]): Promise<Deploys> {
  const upstreams: StaticServer[] = [];
  for (const dir of dirs) upstreams.push(await serveStatic(dir, { headers: true }));
  let current = 0;
  let failScript = false;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (failScript && new URL(path, 'http://x').pathname === '/sw.js') {
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('unavailable');
      return;
    }
    const upstream = upstreams[current];
    if (!upstream) throw new Error(`no deploy ${current}`);
    const proxied = httpRequest(
      new URL(path, upstream.url),
      { method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use: (index) => {
      if (!upstreams[index]) throw new Error(`no deploy ${index}`);
      current = index;
    },
    failWorkerScript: (fail) => {
      failScript = fail;
    },
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const upstream of upstreams) await upstream.close();
    },
  };
}
