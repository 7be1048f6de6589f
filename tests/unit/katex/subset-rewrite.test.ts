import { describe, expect, it } from 'vitest';
import {
  katexFontUrls,
  rewriteFontFaces,
  rewriteFontPreloads,
} from '../../../src/lib/katex/subset-rewrite.ts';

const face = (family: string, file: string, extra: string) =>
  `@font-face{font-display:block;font-family:${family};${extra}src:url(/_astro/${file}.woff2)format("woff2"),url(/_astro/${file}.woff)format("woff"),url(/_astro/${file}.ttf)format("truetype")}`;
const CSS =
  face('KaTeX_Main', 'KaTeX_Main-Regular.A1', 'font-style:normal;font-weight:400;') +
  face('KaTeX_AMS', 'KaTeX_AMS-Regular.B2', 'font-style:normal;font-weight:400;') +
  '@font-face{font-family:Other;src:url(/o.woff2)}.katex{font:normal 1.21em KaTeX_Main,serif}';

describe('rewriteFontFaces', () => {
  it('points used faces at their subset, woff2 only, and drops unused KaTeX faces', () => {
    const out = rewriteFontFaces(
      CSS,
      new Map([['KaTeX_Main/normal/normal', '/_astro/KaTeX_Main-Regular.S.woff2']]),
    );
    expect(out).toBe(
      '@font-face{font-display:block;font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(/_astro/KaTeX_Main-Regular.S.woff2) format("woff2")}' +
        '@font-face{font-family:Other;src:url(/o.woff2)}.katex{font:normal 1.21em KaTeX_Main,serif}',
    );
  });
});

describe('katexFontUrls', () => {
  it('lists every source of every KaTeX face, and no other font', () => {
    expect(katexFontUrls(CSS)).toEqual([
      '/_astro/KaTeX_Main-Regular.A1.woff2',
      '/_astro/KaTeX_Main-Regular.A1.woff',
      '/_astro/KaTeX_Main-Regular.A1.ttf',
      '/_astro/KaTeX_AMS-Regular.B2.woff2',
      '/_astro/KaTeX_AMS-Regular.B2.woff',
      '/_astro/KaTeX_AMS-Regular.B2.ttf',
    ]);
  });
});

describe('rewriteFontPreloads', () => {
  const html =
    '<link rel="preload" as="font" type="font/woff2" href="/_astro/a.woff2" crossorigin>' +
    '<link rel="preload" as="font" type="font/woff2" href="/_astro/b.woff2" crossorigin>' +
    '<link rel="preload" as="image" href="/x.png"><link rel="stylesheet" href="/_astro/a.woff2">';

  it('repoints replaced preloads, removes dropped ones and keeps the rest', () => {
    const out = rewriteFontPreloads(
      html,
      new Map([
        ['/_astro/a.woff2', '/_astro/a2.woff2'],
        ['/_astro/b.woff2', null],
      ]),
    );
    expect(out).toBe(
      '<link rel="preload" as="font" type="font/woff2" href="/_astro/a2.woff2" crossorigin>' +
        '<link rel="preload" as="image" href="/x.png"><link rel="stylesheet" href="/_astro/a.woff2">',
    );
  });
});
