/**
 * The KaTeX fonts of the built site (`.tmp/site`) are subsets (src/integrations/katex-fonts.ts)
 * that still draw every formula: for every page with KaTeX output, every character of every
 * formula is in the font its element's classes select (src/lib/katex/glyphs.ts), whenever
 * KaTeX's full font has it. Fonts are read with harfbuzz (harfbuzzjs) after woff2 decoding
 * (fontverter); the full fonts are KaTeX's own in node_modules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { convert } from 'fontverter';
import { ensureSite, SITE_DIR } from '../../tools/site-build.ts';
import { parseFontFaces } from '../../src/lib/katex/fonts.ts';
import { faceKey, katexGlyphsByFace } from '../../src/lib/katex/glyphs.ts';

const KATEX_FONTS = join(
  dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css')),
  'fonts',
);

/** Code points a woff2 font maps. */
async function cmap(woff2: Uint8Array): Promise<Set<number>> {
  const sfnt = await convert(woff2, 'sfnt');
  const face = new hb.Face(new hb.Blob(sfnt));
  return new Set(face.collectUnicodes());
}

/** Pages (built file paths) with KaTeX output, and the KaTeX stylesheet each links. */
const pages: { file: string; css: string }[] = [];

beforeAll(async () => {
  await ensureSite();
  const htmlFiles = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  for (const file of htmlFiles) {
    const html = readFileSync(join(SITE_DIR, file), 'utf8');
    if (!html.includes('class="katex"')) continue;
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) =>
      readFileSync(join(SITE_DIR, m[1]), 'utf8'),
    );
    const css = sheets.find((s) => parseFontFaces(s).length > 0);
    pages.push({ file, css: css ?? '' });
  }
}, 300_000);

describe('KaTeX font subsets', () => {
  it('finds the pages with formulas and their KaTeX stylesheet', () => {
    expect(pages.map((p) => p.file)).toEqual(
      expect.arrayContaining(['article/index.html', 'demos/index.html']),
    );
    expect(pages.filter((p) => p.css === '')).toEqual([]);
  });

  it('ships no full-size KaTeX font: every KaTeX font file is a subset, none is KaTeX’s own', () => {
    const fullSizes = new Set(readdirSync(KATEX_FONTS).map((f) => statSync(join(KATEX_FONTS, f)).size));
    const fonts = readdirSync(join(SITE_DIR, '_astro')).filter((f) => f.startsWith('KaTeX_'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
    for (const f of fonts) {
      const size = statSync(join(SITE_DIR, '_astro', f)).size;
      expect(fullSizes.has(size), `${f} has the size of a full KaTeX font`).toBe(false);
    }
  });

  it('draws every character of every formula in the face its classes select', async () => {
    const missing: string[] = [];
    const cmaps = new Map<string, Set<number>>();
    const cmapOf = async (path: string) => {
      if (!cmaps.has(path)) cmaps.set(path, await cmap(readFileSync(path)));
      return cmaps.get(path)!;
    };
    let checked = 0;
    for (const { file, css } of pages) {
      const faces = new Map(parseFontFaces(css).map((f) => [faceKey(f), f]));
      const glyphs = katexGlyphsByFace(css, readFileSync(join(SITE_DIR, file), 'utf8'));
      for (const [key, chars] of glyphs) {
        const stem = key.replace(/\/.*/, '');
        const face = faces.get(key);
        // The full font this face comes from (KaTeX_Main/bold/normal → KaTeX_Main-Bold.woff2).
        const fullFile = readdirSync(KATEX_FONTS).find(
          (f) => f.endsWith('.woff2') && f.startsWith(`${stem}-`) && fullFontMatches(f, key),
        );
        if (!fullFile) throw new Error(`no full KaTeX font for ${key}`);
        const full = await cmapOf(join(KATEX_FONTS, fullFile));
        const needed = [...chars].filter((c) => full.has(c.codePointAt(0)!));
        if (needed.length === 0) continue;
        const subsetPath = face?.woff2 ? join(SITE_DIR, face.woff2) : undefined;
        if (!subsetPath || !existsSync(subsetPath)) {
          missing.push(`${file}: ${key} has no font file for ${needed.join('')}`);
          continue;
        }
        const subset = await cmapOf(subsetPath);
        const lacking = needed.filter((c) => !subset.has(c.codePointAt(0)!));
        if (lacking.length > 0) missing.push(`${file}: ${face!.woff2} lacks ${lacking.join(' ')}`);
        checked += needed.length;
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

/** Whether KaTeX's font file name (e.g. `KaTeX_Math-BoldItalic.woff2`) is the face `key`. */
function fullFontMatches(file: string, key: string): boolean {
  const [, weight, style] = key.split('/');
  const variant = file.replace(/^[^-]+-/, '').replace(/\.woff2$/, '');
  const expected = `${weight === 'bold' ? 'Bold' : ''}${style === 'italic' ? 'Italic' : ''}` || 'Regular';
  return variant === expected;
}
