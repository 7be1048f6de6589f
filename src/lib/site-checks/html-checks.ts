import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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

/** A heading in document order: its level and its text (spaces collapsed, the `#` permalink dropped). */
export interface Heading {
  level: number;
  text: string;
}

/**
 * What the checks (and the KaTeX font subsetting) need from a built page, read in one pass of a
 * streaming parser (htmlparser2: no tree, so checking a thousand pages costs little memory).
 */
export interface PageFacts {
  url: string;
  /** Every `id` and every `<a name>`. */
  ids: Set<string>;
  /** The first `data-source` attribute: the content file the page was built from. */
  source: string | undefined;
  headings: Heading[];
  /** `href` of every `<a>`, as written (entities decoded). */
  links: string[];
  /** `href` of every `<link>` (stylesheets, preloads, icons). */
  linkHrefs: string[];
  /** The CSP meta tag's policy, if the page has one. */
  csp: string | undefined;
  /** Inline scripts (no `src`): their `type` and exact text. */
  inlineScripts: { type: string | undefined; text: string }[];
  /** Text of `<main>` (of the whole page without one) outside code, KaTeX, scripts, styles, templates. */
  prose: string;
  /** The HTML of each KaTeX formula (`.katex` elements), as written. */
  formulas: string[];
  /** What follows `</html>`, if anything does (it should not). */
  afterHtml: string | undefined;
}

/** Elements whose text is not prose: leftovers of Markdown there are not bugs. */
const NOT_PROSE = new Set(['pre', 'code', 'script', 'style', 'template']);
/** Elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const classes = (attrs: Record<string, string>) => (attrs['class'] ?? '').split(/\s+/);

/** Reads the facts of one page (see `PageFacts`) in one pass. */
export function scanPage(url: string, html: string): PageFacts {
  const facts: PageFacts = {
    url,
    ids: new Set(),
    source: undefined,
    headings: [],
    links: [],
    linkHrefs: [],
    csp: undefined,
    inlineScripts: [],
    prose: '',
    formulas: [],
    afterHtml: undefined,
  };
  // Open elements, each marking what it starts: prose (main), not prose, a formula, a heading.
  const stack: { name: string; main?: boolean; skip?: boolean; formulaStart?: number; heading?: Heading }[] =
    [];
  let inMain = 0;
  let skipped = 0;
  let mainSeen = false;
  let wholeText = '';
  let mainText = '';
  let heading: Heading | undefined;
  let script: { type: string | undefined; text: string } | undefined;
  let htmlClosedAt = -1;
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (htmlClosedAt >= 0 && facts.afterHtml === undefined) facts.afterHtml = `<${name}>`;
        const id = attrs['id'];
        if (id !== undefined) facts.ids.add(id);
        if (name === 'a') {
          if (attrs['name'] !== undefined) facts.ids.add(attrs['name']);
          if (attrs['href'] !== undefined) facts.links.push(attrs['href']);
        }
        if (name === 'link' && attrs['href'] !== undefined) facts.linkHrefs.push(attrs['href']);
        if (facts.source === undefined && attrs['data-source'] !== undefined)
          facts.source = attrs['data-source'];
        if (name === 'meta' && (attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy')
          facts.csp = attrs['content'];
        if (VOID.has(name)) return;
        const entry: (typeof stack)[number] = { name };
        if (name === 'main' && !mainSeen) {
          entry.main = true;
          mainSeen = true;
          inMain++;
        }
        const katex = classes(attrs).includes('katex');
        if (NOT_PROSE.has(name) || katex) {
          entry.skip = true;
          skipped++;
        }
        if (katex && stack.every((e) => e.formulaStart === undefined)) entry.formulaStart = parser.startIndex;
        if (/^h[1-6]$/.test(name) && heading === undefined) {
          heading = { level: Number(name.slice(1)), text: '' };
          entry.heading = heading;
        }
        if (name === 'script' && attrs['src'] === undefined) script = { type: attrs['type'], text: '' };
        stack.push(entry);
      },
      ontext(text) {
        if (htmlClosedAt >= 0 && facts.afterHtml === undefined && text.trim() !== '')
          facts.afterHtml = text.trim();
        if (script !== undefined) script.text += text;
        if (heading !== undefined) heading.text += text;
        if (skipped > 0) return;
        wholeText += text;
        if (inMain > 0) mainText += text;
      },
      onclosetag(name, isImplied) {
        if (name === 'html' && !isImplied) htmlClosedAt = parser.endIndex;
        if (VOID.has(name)) return;
        // Pop to the matching element (htmlparser2 closes what the HTML leaves open).
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at < 0) return;
        for (const entry of stack.splice(at).reverse()) {
          if (entry.main) inMain--;
          if (entry.skip) skipped--;
          if (entry.formulaStart !== undefined)
            facts.formulas.push(html.slice(entry.formulaStart, parser.endIndex + 1));
          if (entry.heading !== undefined) {
            entry.heading.text = entry.heading.text
              .replace(/\s+/g, ' ')
              .replace(/#$/, '')
              .trim()
              .slice(0, 40);
            facts.headings.push(entry.heading);
            heading = undefined;
          }
          if (entry.name === 'script' && script !== undefined) {
            facts.inlineScripts.push(script);
            script = undefined;
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  facts.prose = mainSeen ? mainText : wholeText;
  return facts;
}

const MATH_LEFTOVER = /\$\$|\\\(|\\\[|(?<![\w$])\$[^\s$][^$\n]*\$/;
const CITATION_LEFTOVER = /\[@[A-Za-z][\w-]*/;

/**
 * Checks built pages: every internal link and `#anchor` resolves, no Markdown math (`$…$`,
 * `$$`, `\(`, `\[`) or citation (`[@id]`) is left unrendered, heading levels never skip one
 * going down (`headingSkips`), every inline script is allowed by the page's CSP, nothing follows
 * `</html>`. `assets` are other files that links may point at (URL paths such as
 * `/sitemap-index.xml`). Each page is parsed once (`scanPage`).
 */
export function checkBuiltPages(pages: BuiltPage[], assets: ReadonlySet<string> = new Set()): SiteProblem[] {
  return checkPageFacts(
    pages.map((p) => scanPage(p.url, p.html)),
    assets,
  );
}

/** `checkBuiltPages` on pages already scanned. */
export function checkPageFacts(
  pages: readonly PageFacts[],
  assets: ReadonlySet<string> = new Set(),
): SiteProblem[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    const report = (message: string) => problems.push({ url: page.url, source: page.source, message });
    const math = MATH_LEFTOVER.exec(page.prose);
    if (math) report(`unrendered math: "${excerpt(page.prose, math.index)}"`);
    const cite = CITATION_LEFTOVER.exec(page.prose);
    if (cite) report(`unresolved citation: "${excerpt(page.prose, cite.index)}"`);

    for (const skip of headingSkips(page.headings)) report(skip);
    if (page.afterHtml !== undefined) report(`content after </html>: ${page.afterHtml.slice(0, 40)}`);

    if (page.csp !== undefined) {
      for (const script of page.inlineScripts) {
        const type = script.type;
        if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue; // data blocks
        const hash = `sha256-${createHash('sha256').update(script.text).digest('base64')}`;
        if (!page.csp.includes(hash)) report(`inline script not allowed by the CSP (${hash} missing)`);
      }
    }

    for (const href of page.links) {
      const target = resolveInternal(href, page.url);
      if (target === null) continue;
      const targetPage = byUrl.get(target.path);
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
export function headingSkips(headings: readonly Heading[]): string[] {
  const skips: string[] = [];
  let previous: Heading = { level: 0, text: '(start of page)' };
  for (const heading of headings) {
    if (heading.level > previous.level + 1) {
      skips.push(
        `heading level skipped: h${previous.level || '–'} "${previous.text}" → h${heading.level} "${heading.text}"`,
      );
    }
    previous = heading;
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
