import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { faceKey, katexGlyphsByFace, mergeGlyphs } from '../../../src/lib/katex/glyphs.ts';

const KATEX_CSS = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
const page = (...tex: string[]) =>
  `<html><body>${tex.map((t) => katex.renderToString(t, { output: 'htmlAndMathml', displayMode: true })).join('')}</body></html>`;
const chars = (glyphs: Map<string, Set<string>>, key: string) => [...(glyphs.get(key) ?? [])].sort().join('');

const MAIN = 'KaTeX_Main/normal/normal';
const MATH = 'KaTeX_Math/normal/italic';

describe('katexGlyphsByFace', () => {
  it('puts variables in KaTeX_Math italic and digits and operators in KaTeX_Main', () => {
    const glyphs = katexGlyphsByFace(KATEX_CSS, page('x+1=y'));
    expect(chars(glyphs, MATH)).toBe('xy');
    expect(chars(glyphs, MAIN)).toBe('+1=');
  });

  it('follows weight rules: \\mathbf is KaTeX_Main bold, \\boldsymbol KaTeX_Math bold italic', () => {
    const glyphs = katexGlyphsByFace(KATEX_CSS, page('\\mathbf{W}\\boldsymbol{x}'));
    expect(chars(glyphs, 'KaTeX_Main/bold/normal')).toBe('W');
    expect(chars(glyphs, 'KaTeX_Math/bold/italic')).toBe('x');
    expect(glyphs.has(MATH)).toBe(false);
  });

  it('sets a large operator in display mode in KaTeX_Size2 and \\mathbb in KaTeX_AMS', () => {
    const glyphs = katexGlyphsByFace(KATEX_CSS, page('\\sum_i \\mathbb{R}'));
    expect(chars(glyphs, 'KaTeX_Size2/normal/normal')).toBe('∑');
    expect(chars(glyphs, 'KaTeX_AMS/normal/normal')).toBe('R');
    expect(chars(glyphs, MATH)).toBe('i');
  });

  it('ignores the MathML copy and text outside formulas', () => {
    const glyphs = katexGlyphsByFace(KATEX_CSS, `<p>abc</p>${page('z')}`);
    expect([...glyphs.keys()]).toEqual([MATH]);
    expect(chars(glyphs, MATH)).toBe('z');
  });

  it('finds nothing on a page without formulas', () => {
    expect(katexGlyphsByFace(KATEX_CSS, '<p>katex</p>').size).toBe(0);
  });
});

describe('mergeGlyphs', () => {
  it('unites the characters of each face', () => {
    const all = katexGlyphsByFace(KATEX_CSS, page('a'));
    mergeGlyphs(all, katexGlyphsByFace(KATEX_CSS, page('b+1')));
    expect(chars(all, MATH)).toBe('ab');
    expect(chars(all, MAIN)).toBe('+1');
  });

  it('keys faces by family, weight and style', () => {
    expect(faceKey({ family: 'KaTeX_Main', weight: 'bold', style: 'normal' })).toBe('KaTeX_Main/bold/normal');
  });
});
