/**
 * Rewrites the built site's references to KaTeX's fonts once they are subset: the stylesheet's
 * `@font-face` rules and the pages' `<link rel="preload" as="font">` tags. Pure string work on
 * CSS and HTML; the files are read and written by src/integrations/katex-fonts.ts.
 */
import { parseFontFaces } from './fonts.ts';
import { faceKey } from './glyphs.ts';

/**
 * KaTeX's CSS with every `@font-face` pointing at its subset (woff2 only: every browser that
 * runs this site reads woff2) and the faces no formula uses removed, so no full-size file can be
 * fetched. `subsets` maps `faceKey` → URL of the subset file. Other rules are kept verbatim.
 */
export function rewriteFontFaces(css: string, subsets: ReadonlyMap<string, string>): string {
  return css.replace(/@font-face\s*\{[^}]*\}/gi, (rule) => {
    const [face] = parseFontFaces(rule);
    if (!face) return rule; // not a KaTeX face
    const url = subsets.get(faceKey(face));
    if (url === undefined) return '';
    return rule.replace(/src\s*:[^;}]*/i, `src:url(${url}) format("woff2")`);
  });
}

/** Every font file URL (woff2, woff, ttf) named by KaTeX's `@font-face` rules in `css`. */
export function katexFontUrls(css: string): string[] {
  const urls: string[] = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    if (parseFontFaces(rule).length === 0) continue;
    for (const [, url] of rule.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) urls.push(url);
  }
  return urls;
}

/**
 * A page's HTML with each font preload of a replaced file pointing at its replacement, and the
 * preloads of files without one (faces no formula uses) removed.
 */
export function rewriteFontPreloads(html: string, replaced: ReadonlyMap<string, string | null>): string {
  return html.replace(/<link\b[^>]*\brel="preload"[^>]*>/gi, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href === undefined || !replaced.has(href)) return tag;
    const to = replaced.get(href);
    return to == null ? '' : tag.replace(`href="${href}"`, `href="${to}"`);
  });
}
