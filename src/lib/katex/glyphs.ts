/**
 * Which characters each KaTeX font face draws, read from rendered KaTeX HTML: the glyphs a
 * subset of that face must keep. Each text node inside `.katex-html` is set in the face that
 * the KaTeX stylesheet's cascade gives its element: for family, weight and style separately,
 * the nearest element (itself, then its ancestors) that a rule sets the property on; among
 * rules on one element the most specific, then the last. The MathML copy (`.katex-mathml`) is
 * visually hidden and set in the browser's math font, so it is not counted. Pure: no file system.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { INHERITED_FAMILY, parseFontFaces, parseFontRules, pickFace, type FontFace } from './fonts.ts';

/** Stable key of a face: family, weight and style (one `@font-face` each in KaTeX's CSS). */
export function faceKey(face: Pick<FontFace, 'family' | 'weight' | 'style'>): string {
  return `${face.family}/${face.weight}/${face.style}`;
}

type Property = 'family' | 'weight' | 'style';
interface Declared {
  value: string;
  specificity: number;
  order: number;
}

/** Specificity of a selector as one number: ids, then classes/attributes, then types. */
function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]/g) ?? []).length;
  const types = (selector.replace(/[.#][\w-]+|\[[^\]]*\]/g, ' ').match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? [])
    .length;
  return ids * 10_000 + classes * 100 + types;
}

/**
 * Characters per face (keyed by `faceKey`) for one page of HTML under a KaTeX stylesheet.
 * Faces that draw nothing on the page are absent.
 */
export function katexGlyphsByFace(css: string, html: string): Map<string, Set<string>> {
  const glyphs = new Map<string, Set<string>>();
  if (!html.includes('katex')) return glyphs;
  const root = parse(html);
  const formulas = root.querySelectorAll('.katex-html');
  if (formulas.length === 0) return glyphs;
  const faces = parseFontFaces(css);

  const declared = new Map<HTMLElement, Partial<Record<Property, Declared>>>();
  parseFontRules(css).forEach((rule, order) => {
    for (const selector of rule.selectorText) {
      const weight = specificity(selector);
      for (const element of root.querySelectorAll(selector)) {
        const props = declared.get(element) ?? {};
        for (const property of ['family', 'weight', 'style'] as const) {
          const value = rule[property];
          if (value === undefined) continue;
          const current = props[property];
          if (
            !current ||
            weight > current.specificity ||
            (weight === current.specificity && order > current.order)
          )
            props[property] = { value, specificity: weight, order };
        }
        declared.set(element, props);
      }
    }
  });

  /** The value of `property` on `element`: its own declaration or the nearest ancestor's. */
  const computed = (element: HTMLElement | null, property: Property): string | undefined => {
    for (let e = element; e; e = e.parentNode) {
      const value = declared.get(e)?.[property]?.value;
      if (value !== undefined) return value;
    }
    return undefined;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text;
      if (text.trim() === '') return;
      const element = node.parentNode as HTMLElement;
      const face = pickFace(
        faces,
        computed(element, 'family') ?? INHERITED_FAMILY,
        (computed(element, 'weight') as FontFace['weight'] | undefined) ?? 'normal',
        (computed(element, 'style') as FontFace['style'] | undefined) ?? 'normal',
      );
      if (!face) return;
      const key = faceKey(face);
      const set = glyphs.get(key) ?? new Set<string>();
      for (const char of text) set.add(char);
      glyphs.set(key, set);
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  for (const formula of formulas) visit(formula);
  return glyphs;
}

/** Adds every character of `more` into `into`, face by face. */
export function mergeGlyphs(into: Map<string, Set<string>>, more: Map<string, Set<string>>): void {
  for (const [key, chars] of more) {
    const set = into.get(key) ?? new Set<string>();
    for (const c of chars) set.add(c);
    into.set(key, set);
  }
}
