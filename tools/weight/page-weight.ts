/**
 * Static page weight of a built page: the bytes a browser transfers before any interaction,
 * computed from the files in the output folder (deterministic, no browser). Counted: the
 * page's HTML, its stylesheets, the scripts it loads and their static imports (see
 * `static-graph.ts`), preloaded files and media in the markup, and, when asked, the KaTeX
 * fonts its math needs (see `src/lib/katex/fonts.ts`). Each file is brotli-compressed (quality 11)
 * unless its format is compressed already.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { transferSize } from './compress.ts';
import { katexFacesUsed } from '../../src/lib/katex/fonts.ts';
import { ASSET_KINDS, assetKind, type AssetKind } from './metrics.ts';
import { pageResources, resolvePath, staticScriptGraph } from './static-graph.ts';

/** One file a page loads. */
interface PageAsset {
  /** URL path, e.g. `/_astro/BaseLayout.x.css`. */
  path: string;
  kind: AssetKind;
  /** Size on disk. */
  bytes: number;
  /** Bytes transferred (brotli, or raw for compressed formats). */
  transfer: number;
}

export interface PageWeight {
  /** URL path of the page. */
  page: string;
  assets: PageAsset[];
  /** Transferred bytes by kind. */
  byKind: Record<AssetKind, number>;
  /** Transferred bytes in all. */
  total: number;
  /** Paths the page references that are not in the output folder. */
  missing: string[];
  /** True when the page has KaTeX output (`.katex` elements). */
  hasMath: boolean;
  /** Stylesheets that declare KaTeX `@font-face` rules (the KaTeX stylesheet). */
  katexStylesheets: string[];
  /**
   * Transferred bytes of the page's inline scripts (their code together, brotli), a part of its
   * HTML's bytes: with `byKind.js`, all the script a page ships, inlined or in files.
   */
  inlineScript: number;
}

/** Types of `<script>` whose content is code (JSON and other data blocks are not). */
const CODE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The code of the page's inline scripts, in document order. */
function inlineScriptCode(html: string): string {
  return parse(html)
    .querySelectorAll('script:not([src])')
    .filter((s) => CODE_SCRIPT_TYPES.has((s.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((s) => s.textContent)
    .join('\n');
}

/** Reads files of a built site by URL path, caching contents and transfer sizes. */
export class SiteFiles {
  readonly dir: string;
  private readonly transfers = new Map<string, number>();
  constructor(dir: string) {
    this.dir = dir;
  }

  /** File for a URL path: `/x/` → `x/index.html`; undefined when there is none. */
  file(path: string): string | undefined {
    const rel = path.endsWith('/') ? `${path}index.html` : path;
    const file = join(this.dir, rel);
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }

  read(path: string): Buffer | undefined {
    const file = this.file(path);
    return file === undefined ? undefined : readFileSync(file);
  }

  text(path: string): string | undefined {
    return this.read(path)?.toString('utf8');
  }

  /** Transferred bytes of the file at `path`, or undefined when missing. */
  transfer(path: string): number | undefined {
    const cached = this.transfers.get(path);
    if (cached !== undefined) return cached;
    const bytes = this.read(path);
    if (bytes === undefined) return undefined;
    const size = transferSize(path, bytes);
    this.transfers.set(path, size);
    return size;
  }
}

/** Class lists of KaTeX's elements on a page (the `.katex` roots and everything inside). */
function katexClassLists(html: string): string[][] {
  const root = parse(html);
  return root.querySelectorAll('.katex, .katex [class]').map((el) => [...el.classList.values()]);
}

/** Every URL path the page loads before interaction, HTML first (without fonts). */
export function staticLoads(site: SiteFiles, page: string): { paths: string[]; stylesheets: string[] } {
  const html = site.text(page);
  if (html === undefined) throw new Error(`no built page for ${page} in ${site.dir}`);
  const res = pageResources(html, page);
  const scripts = staticScriptGraph(res, page, (p) => (assetKind(p) === 'js' ? site.text(p) : undefined));
  const paths = [page, ...res.stylesheets, ...scripts, ...res.preloads, ...res.media];
  return { paths: [...new Set(paths)], stylesheets: res.stylesheets };
}

/** Static page weight of `page` (a URL path such as `/faq/x/`). `fonts`: add the KaTeX fonts it needs. */
export function pageWeight(site: SiteFiles, page: string, options: { fonts?: boolean } = {}): PageWeight {
  const html = site.text(page) ?? '';
  const { paths, stylesheets } = staticLoads(site, page);
  const classLists = katexClassLists(html);
  const hasMath = classLists.some((list) => list.includes('katex'));
  const katexStylesheets: string[] = [];
  const fontPaths: string[] = [];
  for (const sheet of stylesheets) {
    const css = site.text(sheet);
    if (css === undefined || !/@font-face\s*\{[^}]*KaTeX_/i.test(css)) continue;
    katexStylesheets.push(sheet);
    if (!options.fonts) continue;
    for (const face of katexFacesUsed(css, classLists)) {
      const path = face.woff2 === undefined ? null : resolvePath(face.woff2, sheet);
      if (path !== null && !fontPaths.includes(path)) fontPaths.push(path);
    }
  }
  const assets: PageAsset[] = [];
  const missing: string[] = [];
  // A file referenced twice (e.g. a font both preloaded and named by the stylesheet) loads once.
  for (const path of new Set([...paths, ...fontPaths])) {
    const transfer = site.transfer(path);
    if (transfer === undefined) {
      missing.push(path);
      continue;
    }
    assets.push({ path, kind: assetKind(path), bytes: site.read(path)?.length ?? 0, transfer });
  }
  const byKind = Object.fromEntries(ASSET_KINDS.map((k) => [k, 0])) as Record<AssetKind, number>;
  for (const a of assets) byKind[a.kind] += a.transfer;
  const total = assets.reduce((sum, a) => sum + a.transfer, 0);
  const code = inlineScriptCode(html);
  const inlineScript = code.trim() === '' ? 0 : transferSize('inline.js', Buffer.from(code));
  return { page, assets, byKind, total, missing, hasMath, katexStylesheets, inlineScript };
}

/** All the script a page ships before interaction: its script files and its inline scripts. */
export function scriptBytes(weight: PageWeight): number {
  return weight.byKind.js + weight.inlineScript;
}
