import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { parseFontFaces } from '../lib/katex/fonts.ts';
import { faceKey, katexGlyphsByFace, mergeGlyphs } from '../lib/katex/glyphs.ts';
import { katexFontUrls, rewriteFontFaces, rewriteFontPreloads } from '../lib/katex/subset-rewrite.ts';
import { resolveInternal } from '../lib/site-checks/html-checks.ts';
import type { builtPages } from './built-pages.ts';

/** Vite-style content hash for a file name: 8 characters of base64url SHA-256. */
function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
}

/** `/_astro/KaTeX_Main-Regular.B22Nviop.woff2` → `/_astro/KaTeX_Main-Regular.<hash>.<ext>`. */
function renamed(url: string, hash: string, ext: string): string {
  const slash = url.lastIndexOf('/') + 1;
  const stem = url.slice(slash).split('.')[0];
  return `${url.slice(0, slash)}${stem}.${hash}.${ext}`;
}

/** Characters every subset keeps besides those found: the spaces KaTeX may set in its fonts. */
const ALWAYS_KEPT = ' \u00a0';

/**
 * After the build, subsets KaTeX's fonts to the characters the site's formulas draw
 * (`katexGlyphsByFace` over each distinct formula of the site, per face; the pages are read once,
 * by `pages`, which the site checks share) with harfbuzz's
 * hb-subset (`subset-font`), writes them as content-hashed woff2 files, points the KaTeX
 * stylesheet's `@font-face` rules and the pages' font preloads (KatexFonts.astro) at them,
 * drops the faces no formula uses, and deletes KaTeX's full-size fonts, so nothing full-size
 * can be fetched. Each rewritten stylesheet gets a new hashed name (its content changed, and
 * `/_astro/` files are cached as immutable); every reference to it is updated.
 * Runs before the site checks, which then check the rewritten pages.
 */
export function katexFontSubset(pages: ReturnType<typeof builtPages>): AstroIntegration {
  return {
    name: 'katex-font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = await pages.read(out);
        const files = site.files;
        const urlOf = (file: string) => '/' + relative(out, file).split(sep).join('/');
        const fileOf = (url: string) => join(out, ...url.split('/').filter(Boolean));

        const sheets = new Map<string, string>();
        for (const file of files.filter((f) => f.endsWith('.css'))) {
          const css = await readFile(file, 'utf8');
          if (katexFontUrls(css).length > 0) sheets.set(file, css);
        }
        if (sheets.size === 0) return;
        // Every stylesheet with KaTeX's @font-face rules holds the same KaTeX CSS; read the first.
        const katexCss = [...sheets.values()][0] ?? '';
        const faces = parseFontFaces(katexCss);

        const glyphs = new Map<string, Set<string>>();
        for (const formula of site.formulas) mergeGlyphs(glyphs, katexGlyphsByFace(katexCss, formula));

        // One subset per face that draws something.
        const subsets = new Map<string, string>();
        const replaced = new Map<string, string | null>();
        let before = 0;
        let after = 0;
        for (const face of faces) {
          if (!face.woff2) continue;
          const chars = glyphs.get(faceKey(face));
          if (!chars) {
            replaced.set(face.woff2, null);
            continue;
          }
          const full = await readFile(fileOf(face.woff2));
          const text = [...chars].join('') + ALWAYS_KEPT;
          const subset = await subsetFont(full, text, { targetFormat: 'woff2' });
          const url = renamed(face.woff2, contentHash(subset), 'woff2');
          await writeFile(fileOf(url), subset);
          subsets.set(faceKey(face), url);
          replaced.set(face.woff2, url);
          before += full.length;
          after += subset.length;
        }

        // Rewrite the stylesheets under new hashed names, and every reference to them.
        const fullFonts = new Set<string>();
        const renames = new Map<string, string>();
        for (const [file, css] of sheets) {
          for (const url of katexFontUrls(css)) fullFonts.add(url);
          const rewritten = rewriteFontFaces(css, subsets);
          const url = renamed(urlOf(file), contentHash(rewritten), 'css');
          await writeFile(fileOf(url), rewritten);
          if (fileOf(url) !== file) await rm(file);
          renames.set(basename(file), basename(url));
        }
        // Scripts and stylesheets may name any of them; a page only through its <link>s (the
        // stylesheet, the font preloads), which the scan recorded.
        const touched = new Set([...replaced.keys(), ...[...sheets.keys()].map(urlOf)]);
        const pagesLinking = site.pages
          .filter((p) => p.linkHrefs.some((href) => touched.has(resolveInternal(href, p.url)?.path ?? '')))
          .map((p) => fileOf(p.url.endsWith('/') ? `${p.url}index.html` : p.url));
        const textFiles = [...files.filter((f) => /\.(js|css)$/.test(f) && !sheets.has(f)), ...pagesLinking];
        for (const file of textFiles) {
          const text = await readFile(file, 'utf8');
          let next = file.endsWith('.html') ? rewriteFontPreloads(text, replaced) : text;
          for (const [from, to] of renames) next = next.replaceAll(from, to);
          const left = [...fullFonts].find((url) => next.includes(basename(url)));
          if (left)
            throw new Error(`KaTeX font subset: ${urlOf(file)} still references the full-size ${left}`);
          if (next !== text) await writeFile(file, next);
        }
        for (const url of fullFonts) await rm(fileOf(url), { force: true });

        const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
        logger.info(
          `subset ${subsets.size} of ${faces.length} KaTeX fonts to the formulas' glyphs: ${kb(before)} → ${kb(after)} (woff2)`,
        );
      },
    },
  };
}
