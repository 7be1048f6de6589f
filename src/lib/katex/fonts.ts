/**
 * Which KaTeX web fonts a page needs, found statically from its HTML and the KaTeX CSS.
 *
 * Method: KaTeX's CSS picks a font face by class (`.katex` → KaTeX_Main, `.mathnormal` →
 * KaTeX_Math italic, `.delimsizing.size1` → KaTeX_Size1, `.mathbf` → KaTeX_Main bold, …).
 * A face counts as needed when the page has elements matching a rule that selects it: every
 * class named in the rule's selector occurs on the page, and the classes of the selector's last
 * compound occur together on one element. Rules that set only a weight or style (`.textbf`,
 * `.textit`) apply to the inherited family, KaTeX_Main. The browser downloads a face only when
 * a glyph is drawn with it, so this can over-count slightly (never under-count for the rules
 * it understands): the safe side for a size budget. The bench measures the fonts Chromium
 * actually fetches, to compare.
 */

/** One `@font-face` of the KaTeX CSS. */
export interface FontFace {
  family: string;
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
  /** URL of the woff2 source (what current browsers download), if the face has one. */
  woff2: string | undefined;
}

/** A style rule that selects a KaTeX font face. */
export interface FontRule {
  /** Classes of each comma-separated selector: all of them, and those of the last compound. */
  selectors: { all: string[]; last: string[] }[];
  /** The comma-separated selectors as written (for matching elements with a selector engine). */
  selectorText: string[];
  /** Family set by the rule, or undefined when it sets only weight/style (family is inherited). */
  family: string | undefined;
  weight: 'normal' | 'bold' | undefined;
  style: 'normal' | 'italic' | undefined;
}

/** Family of `.katex` itself, inherited by every element no rule gives another family. */
export const INHERITED_FAMILY = 'KaTeX_Main';

function weightOf(decls: string): FontFace['weight'] | undefined {
  const m =
    /font-weight\s*:\s*([\w-]+)/i.exec(decls) ?? /(?:^|;)\s*font\s*:[^;]*?\b(bold|[5-9]00)\b/i.exec(decls);
  if (!m) return undefined;
  return /^(bold|bolder|[6-9]00)$/i.test(m[1]) ? 'bold' : 'normal';
}

function styleOf(decls: string): FontFace['style'] | undefined {
  const m =
    /font-style\s*:\s*(\w+)/i.exec(decls) ?? /(?:^|;)\s*font\s*:[^;]*?\b(italic|oblique)\b/i.exec(decls);
  if (!m) return undefined;
  return /italic|oblique/i.test(m[1]) ? 'italic' : 'normal';
}

function familyOf(decls: string): string | undefined {
  const m = /(?:^|;)\s*font(?:-family)?\s*:[^;]*?\b(KaTeX_\w+)/i.exec(decls);
  return m?.[1];
}

/** The `@font-face` rules of a stylesheet that declare KaTeX families. */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const family = /font-family\s*:\s*["']?([\w-]+)/i.exec(body)?.[1];
    if (!family?.startsWith('KaTeX_')) continue;
    const woff2 = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/i.exec(body)?.[1];
    faces.push({ family, weight: weightOf(body) ?? 'normal', style: styleOf(body) ?? 'normal', woff2 });
  }
  return faces;
}

/** Classes named in a selector, e.g. `.a .b.c>span` → all [a, b, c], last []. */
function selectorClasses(selector: string): { all: string[]; last: string[] } {
  const classes = (s: string) => [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
  const compounds = selector.trim().split(/\s*[\s>+~]\s*/);
  return { all: classes(selector), last: classes(compounds[compounds.length - 1] ?? '') };
}

/** Style rules of the KaTeX CSS that set a KaTeX family, a weight or a style. */
export function parseFontRules(css: string): FontRule[] {
  const withoutFaces = css.replace(/@font-face\s*\{[^}]*\}/gi, '');
  const rules: FontRule[] = [];
  // Innermost `selector{declarations}` pairs; at-rule wrappers such as @media are skipped over.
  for (const [, selectorText, decls] of withoutFaces.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (selectorText.trim().startsWith('@')) continue;
    const family = familyOf(decls);
    const weight = weightOf(decls);
    const style = styleOf(decls);
    if (family === undefined && weight === undefined && style === undefined) continue;
    const written = selectorText
      .split(',')
      .map((s) => s.trim())
      .filter((s) => selectorClasses(s).all.length > 0);
    const selectors = written.map(selectorClasses);
    // Only rules about KaTeX markup: a family of its own, or a selector scoped to KaTeX classes.
    if (selectors.length === 0) continue;
    if (family === undefined && !selectorText.includes('.katex')) continue;
    rules.push({ selectors, selectorText: written, family, weight, style });
  }
  return rules;
}

/** Closest face: same family, weight and style; else same family and style; else same family. */
export function pickFace(
  faces: FontFace[],
  family: string,
  weight: FontFace['weight'],
  style: FontFace['style'],
) {
  const same = faces.filter((f) => f.family === family);
  return (
    same.find((f) => f.weight === weight && f.style === style) ??
    same.find((f) => f.style === style) ??
    same[0]
  );
}

/**
 * The KaTeX faces a page needs. `elementClasses` holds the class list of every element of the
 * page (e.g. from node-html-parser's `classList`). Returns faces in the stylesheet's order.
 */
export function katexFacesUsed(css: string, elementClasses: readonly (readonly string[])[]): FontFace[] {
  const faces = parseFontFaces(css);
  const present = new Set(elementClasses.flat());
  if (!present.has('katex')) return [];
  const onOneElement = (classes: string[]) =>
    classes.length === 0 || elementClasses.some((list) => classes.every((c) => list.includes(c)));
  const used = new Set<FontFace>();
  for (const rule of parseFontRules(css)) {
    const matches = rule.selectors.some((s) => s.all.every((c) => present.has(c)) && onOneElement(s.last));
    if (!matches) continue;
    const face = pickFace(
      faces,
      rule.family ?? INHERITED_FAMILY,
      rule.weight ?? 'normal',
      rule.style ?? 'normal',
    );
    if (face) used.add(face);
  }
  return faces.filter((f) => used.has(f));
}
