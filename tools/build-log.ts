/**
 * Reads where build time goes from `astro build`'s log: content sync, rendering of each page
 * type (from the per-route lines `├─ /faq/x/index.html (+12ms)`), the post-build site checks
 * and Pagefind (from the log's HH:MM:SS timestamps, so to the second).
 */

/** Build phases in seconds (NaN when the log does not show them). */
export interface BuildPhases {
  /** Content layer sync and type generation. */
  syncSeconds: number;
  /** Rendering every static route. */
  renderSeconds: number;
  /** Link, anchor, math and citation checks over the built HTML (whole seconds). */
  checkSeconds: number;
  /** Pagefind indexing (whole seconds). */
  pagefindSeconds: number;
  /** Render time by page type: `faq`, `careers`, `careers/index`, … */
  routes: Record<string, { pages: number; seconds: number }>;
}

/** A duration as Astro prints it: `6.30s`, `464ms`, `1m 25s`. */
export function parseDuration(text: string): number {
  const t = text.trim();
  const minutes = /^(\d+)m(?:\s+([\d.]+)s)?$/.exec(t);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  const m = /^([\d.]+)\s*(ms|s)$/.exec(t);
  if (!m) return Number.NaN;
  return Number(m[1]) / (m[2] === 'ms' ? 1000 : 1);
}

const clock = (line: string | undefined): number => {
  const m = line === undefined ? null : /^(\d\d):(\d\d):(\d\d)/.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : Number.NaN;
};

/** Page type of a route: first path segment, with `/index` for list pages (`careers/index`). */
export function routeType(route: string): string {
  const parts = route.replace(/^\//, '').split('/');
  if (parts.length === 1) return parts[0] === 'index.html' ? 'home' : parts[0];
  return parts.length === 2 && parts[1] === 'index.html' ? `${parts[0]}/index` : parts[0];
}

export function parseBuildLog(output: string): BuildPhases {
  const lines = output.split('\n');
  const find = (re: RegExp) => lines.find((l) => re.test(l));
  const synced = /\[types\] Generated (\S+)/.exec(find(/\[types\] Generated/) ?? '');
  const rendered = /^\S+ ✓ Completed in (.+?)\.?\s*$/.exec(find(/^\S+ ✓ Completed in/) ?? '');
  const routes: BuildPhases['routes'] = {};
  for (const line of lines) {
    const m = /├─ (\/\S*) \(\+([^)]+)\)/.exec(line);
    if (!m) continue;
    const type = routeType(m[1]);
    const entry = (routes[type] ??= { pages: 0, seconds: 0 });
    entry.pages++;
    entry.seconds += parseDuration(m[2]);
  }
  const done = clock(lines.filter((l) => /\[build\] ✓ Completed in/.test(l)).at(-1));
  const checked = clock(find(/\[site-checks\] checked \d+ pages/));
  const indexed = clock(find(/\[search-index\] Pagefind indexed/));
  // Whole seconds between two log times, across midnight if need be.
  const between = (a: number, b: number) => (b - a + 86_400) % 86_400;
  return {
    syncSeconds: synced ? parseDuration(synced[1]) : Number.NaN,
    renderSeconds: rendered ? parseDuration(rendered[1]) : Number.NaN,
    checkSeconds: between(done, checked),
    pagefindSeconds: between(checked, indexed),
    routes,
  };
}
