import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';

/** One built page: its URL path (e.g. `/faq/x/`) and its HTML. */
export interface BuiltPage {
  /** URL path of the page, starting and (for directories) ending with `/`. */
  url: string;
  html: string;
}

/** A problem found in the built HTML, with the page and, where known, the content file. */
export interface SiteProblem {
  url: string;
  /** Content file the page was built from (`data-source` on `<main>`), if any. */
  source: string | undefined;
  message: string;
}

interface ParsedPage {
  url: string;
  root: HTMLElement;
  ids: Set<string>;
  source: string | undefined;
}

const MATH_LEFTOVER = /\$\$|\\\(|\\\[|(?<![\w$])\$[^\s$][^$\n]*\$/;
const CITATION_LEFTOVER = /\[@[A-Za-z][\w-]*/;

/** Text of `el` without code, KaTeX output, scripts and styles: where leftovers would be bugs. */
function proseText(el: HTMLElement): string {
  const clone = el.clone() as HTMLElement;
  for (const skip of clone.querySelectorAll('pre, code, .katex, script, style, template')) skip.remove();
  return clone.textContent;
}

/**
 * Checks built pages: every internal link and `#anchor` resolves, no Markdown math (`$…$`,
 * `$$`, `\(`, `\[`) or citation (`[@id]`) is left unrendered, heading levels never skip one
 * going down (`headingSkips`). `assets` are other files that
 * links may point at (URL paths such as `/sitemap-index.xml`).
 */
export function checkBuiltPages(pages: BuiltPage[], assets: ReadonlySet<string> = new Set()): SiteProblem[] {
  const parsed = new Map<string, ParsedPage>();
  for (const page of pages) {
    const root = parse(page.html);
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
    const source = root.querySelector('[data-source]')?.getAttribute('data-source');
    parsed.set(page.url, { url: page.url, root, ids, source });
  }

  const problems: SiteProblem[] = [];
  for (const page of parsed.values()) {
    const report = (message: string) => problems.push({ url: page.url, source: page.source, message });
    const main = page.root.querySelector('main') ?? page.root;
    const prose = proseText(main);
    const math = MATH_LEFTOVER.exec(prose);
    if (math) report(`unrendered math: "${excerpt(prose, math.index)}"`);
    const cite = CITATION_LEFTOVER.exec(prose);
    if (cite) report(`unresolved citation: "${excerpt(prose, cite.index)}"`);

    for (const skip of headingSkips(page.root)) report(skip);

    const csp = page.root
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute('content');
    if (csp !== undefined) {
      for (const script of page.root.querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type');
        if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue; // data blocks
        const hash = `sha256-${createHash('sha256').update(script.rawText).digest('base64')}`;
        if (!csp.includes(hash)) report(`inline script not allowed by the CSP (${hash} missing)`);
      }
    }

    for (const a of page.root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      const target = resolveInternal(href, page.url);
      if (target === null) continue;
      const targetPage = parsed.get(target.path);
      if (targetPage === undefined) {
        if (!assets.has(target.path)) report(`broken link: ${href} (no page ${target.path})`);
        continue;
      }
      if (target.hash !== '' && !targetPage.ids.has(target.hash)) {
        report(`broken anchor: ${href} (no id "${target.hash}" on ${target.path})`);
      }
    }
  }
  return problems;
}

/**
 * Headings that skip a level going down (an h2 followed by an h4): each heading's level is at
 * most one more than the heading before it, in document order, starting from the h1 (so the
 * first heading is an h1). Going back up any number of levels is fine. Returns one message per
 * skip, naming both headings.
 */
export function headingSkips(root: HTMLElement): string[] {
  const skips: string[] = [];
  let previous: { level: number; text: string } = { level: 0, text: '(start of page)' };
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(heading.tagName.slice(1));
    const text = heading.textContent.replace(/\s+/g, ' ').replace(/#$/, '').trim().slice(0, 40);
    if (level > previous.level + 1) {
      skips.push(`heading level skipped: h${previous.level || '–'} "${previous.text}" → h${level} "${text}"`);
    }
    previous = { level, text };
  }
  return skips;
}

/** Resolves an href against the page URL; null for external, mailto: and similar links. */
export function resolveInternal(href: string, from: string): { path: string; hash: string } | null {
  if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const url = new URL(href, `http://site.invalid${from}`);
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  return { path, hash: decodeURIComponent(url.hash.replace(/^#/, '')) };
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at + 30).replace(/\s+/g, ' ');
}

/** Formats problems for the build log, grouped one per line. */
export function formatProblems(problems: SiteProblem[], outDir = 'dist'): string {
  const lines = problems.map(
    (p) => `  ${p.source ?? `${outDir}${p.url}`}${p.source ? ` (page ${p.url})` : ''}: ${p.message}`,
  );
  return [...new Set(lines)].join('\n');
}
