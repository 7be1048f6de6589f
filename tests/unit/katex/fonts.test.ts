import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { katexFacesUsed, parseFontFaces, parseFontRules } from '../../../src/lib/katex/fonts.ts';

const face = (family: string, file: string, extra = '') =>
  `@font-face{font-display:block;font-family:${family};${extra}src:url(/_astro/${file}.woff2)format("woff2"),url(/_astro/${file}.woff)format("woff")}`;

const CSS = [
  face('KaTeX_Main', 'KaTeX_Main-Regular', 'font-style:normal;font-weight:400;'),
  face('KaTeX_Main', 'KaTeX_Main-Bold', 'font-style:normal;font-weight:700;'),
  face('KaTeX_Math', 'KaTeX_Math-Italic', 'font-style:italic;font-weight:400;'),
  face('KaTeX_Size1', 'KaTeX_Size1-Regular', 'font-style:normal;font-weight:400;'),
  face('KaTeX_AMS', 'KaTeX_AMS-Regular', 'font-style:normal;font-weight:400;'),
  '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif;line-height:1.2}',
  '.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}',
  '.katex .mathbf{font-family:KaTeX_Main;font-weight:700}',
  '.katex .amsrm,.katex .mathbb{font-family:KaTeX_AMS}',
  '.katex .delimsizing.size1{font-family:KaTeX_Size1}',
  '.katex .delimsizing.mult .delim-size1>span{font-family:KaTeX_Size1}',
  '.katex .textbf{font-weight:700}',
  '.katex .sizing{font-size:1em}',
  '@media screen{.katex .mathbb{color:red}}',
].join('');

describe('parseFontFaces', () => {
  it('reads family, weight, style and the woff2 URL of each KaTeX face', () => {
    expect(parseFontFaces(CSS).slice(0, 3)).toEqual([
      { family: 'KaTeX_Main', weight: 'normal', style: 'normal', woff2: '/_astro/KaTeX_Main-Regular.woff2' },
      { family: 'KaTeX_Main', weight: 'bold', style: 'normal', woff2: '/_astro/KaTeX_Main-Bold.woff2' },
      { family: 'KaTeX_Math', weight: 'normal', style: 'italic', woff2: '/_astro/KaTeX_Math-Italic.woff2' },
    ]);
  });
});

describe('parseFontRules', () => {
  it('keeps rules that pick a family, weight or style, with the classes of each selector', () => {
    const rules = parseFontRules(CSS);
    expect(rules.map((r) => r.family ?? `inherit-${r.weight}`)).toEqual([
      'KaTeX_Main',
      'KaTeX_Math',
      'KaTeX_Main',
      'KaTeX_AMS',
      'KaTeX_Size1',
      'KaTeX_Size1',
      'inherit-bold',
    ]);
    expect(rules[5].selectors).toEqual([{ all: ['katex', 'delimsizing', 'mult', 'delim-size1'], last: [] }]);
  });
});

describe('katexFacesUsed', () => {
  const files = (classes: string[][]) => katexFacesUsed(CSS, classes).map((f) => f.woff2?.split('/').pop());

  it('needs nothing without a .katex element', () => {
    expect(files([['mathnormal'], ['size1', 'delimsizing']])).toEqual([]);
  });

  it('maps the classes KaTeX emits to faces', () => {
    expect(files([['katex'], ['mord', 'mathnormal']])).toEqual([
      'KaTeX_Main-Regular.woff2',
      'KaTeX_Math-Italic.woff2',
    ]);
    expect(files([['katex'], ['delimsizing'], ['size1']])).toEqual(['KaTeX_Main-Regular.woff2']);
    expect(files([['katex'], ['delimsizing', 'size1']])).toEqual([
      'KaTeX_Main-Regular.woff2',
      'KaTeX_Size1-Regular.woff2',
    ]);
    expect(files([['katex'], ['textbf']])).toEqual(['KaTeX_Main-Regular.woff2', 'KaTeX_Main-Bold.woff2']);
    expect(files([['katex'], ['mathbb']])).toEqual(['KaTeX_Main-Regular.woff2', 'KaTeX_AMS-Regular.woff2']);
  });

  it('reads the shipped KaTeX stylesheet', () => {
    const css = readFileSync(
      new URL('../../../node_modules/katex/dist/katex.min.css', import.meta.url),
      'utf8',
    );
    expect(parseFontFaces(css).length).toBe(20);
    const used = katexFacesUsed(css, [['katex'], ['mord', 'mathnormal'], ['mop', 'op-symbol', 'large-op']]);
    expect(used.map((f) => `${f.family}-${f.weight}-${f.style}`)).toEqual([
      'KaTeX_Main-normal-normal',
      'KaTeX_Math-normal-italic',
      'KaTeX_Size2-normal-normal',
    ]);
  });
});
