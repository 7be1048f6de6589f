/**
 * What a built page loads before any interaction, found statically from its HTML: the page,
 * its stylesheets, its scripts and everything those scripts import with static `import` /
 * `export … from` statements. Dynamic `import()` targets are left out on purpose: the site
 * loads heavy code (search UI, onnxruntime-web) that way, only when the reader asks for it.
 */
import { parse } from 'node-html-parser';

/** Resources a page's markup makes the browser fetch, as URL paths (same origin only). */
export interface PageResources {
  /** `<link rel="stylesheet" href>`. */
  stylesheets: string[];
  /** `<script src>` (classic and module). */
  scripts: string[];
  /** `<link rel="modulepreload|preload|prefetch" href>`: fetched without being used yet. */
  preloads: string[];
  /** `<img src>`, `<source src>`, `<video|audio src>`, `<iframe src>`, `<object data>`, `<embed src>`. */
  media: string[];
  /** Bodies of inline `<script type="module">`: their static imports load with the page. */
  inlineModules: string[];
}

/** Resolves `ref` against the page or module at `from` (a URL path); null for other origins. */
export function resolvePath(ref: string, from: string): string | null {
  const base = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(ref, base + from);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return decodeURIComponent(url.pathname);
}

/** Lists what the HTML of the page at `pagePath` loads by itself (see `PageResources`). */
export function pageResources(html: string, pagePath: string): PageResources {
  const root = parse(html);
  const out: PageResources = { stylesheets: [], scripts: [], preloads: [], media: [], inlineModules: [] };
  const add = (list: string[], ref: string | undefined) => {
    const path = ref ? resolvePath(ref, pagePath) : null;
    if (path !== null && !list.includes(path)) list.push(path);
  };
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (rel.includes('stylesheet')) add(out.stylesheets, href);
    else if (rel.some((r) => r === 'modulepreload' || r === 'preload' || r === 'prefetch')) {
      add(out.preloads, href);
    }
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (src) add(out.scripts, src);
    else if (type === 'module') out.inlineModules.push(script.textContent);
  }
  for (const el of root.querySelectorAll(
    'img[src], source[src], video[src], audio[src], iframe[src], embed[src]',
  )) {
    add(out.media, el.getAttribute('src'));
  }
  for (const el of root.querySelectorAll('object[data]')) add(out.media, el.getAttribute('data'));
  return out;
}

/**
 * Specifiers of the static imports and re-exports in a JavaScript module, in order:
 * `import x from '…'`, `import {a as b} from "…"`, `import '…'`, `export * from '…'`,
 * `export {a} from '…'`. Not `import('…')` (dynamic) and not `import.meta`. Only relative
 * or absolute paths count: bare specifiers cannot load in a browser without an import map.
 * A regular expression, not a parser: good for bundler output, which is what it reads.
 */
export function staticImportSpecifiers(source: string): string[] {
  // The look-behind keeps `data-import"…` or `x.import "…"` in strings and selectors out.
  const pattern = /(?<![\w$.-])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n\r]+)\1/g;
  const specifiers: string[] = [];
  for (const match of source.matchAll(pattern)) {
    const spec = match[2];
    if (/^(?:\.{1,2}\/|\/)/.test(spec) && !specifiers.includes(spec)) specifiers.push(spec);
  }
  return specifiers;
}

/**
 * Every script a page loads statically: its `<script src>` and `modulepreload` files and the
 * closure of their static imports (plus those of its inline module scripts). `read` returns
 * a script's source by URL path, or undefined when there is no such file (kept in the list,
 * so that a missing file shows up as a loaded path rather than silently vanishing).
 */
export function staticScriptGraph(
  resources: Pick<PageResources, 'scripts' | 'preloads' | 'inlineModules'>,
  pagePath: string,
  read: (path: string) => string | undefined,
): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (path: string | null) => {
    if (path !== null && !seen.has(path)) {
      seen.add(path);
      queue.push(path);
    }
  };
  for (const script of resources.scripts) visit(script);
  for (const preload of resources.preloads.filter((p) => /\.m?js$/.test(p))) visit(preload);
  for (const inline of resources.inlineModules) {
    for (const spec of staticImportSpecifiers(inline)) visit(resolvePath(spec, pagePath));
  }
  // Bounded: each path is queued once, and there are finitely many files.
  while (queue.length > 0) {
    const path = queue.shift()!;
    const source = read(path);
    if (source === undefined) continue;
    for (const spec of staticImportSpecifiers(source)) visit(resolvePath(spec, path));
  }
  return [...seen];
}
