/**
 * The islands' element builders: `h()` for HTML, `svg()` for SVG. Text is always set as text,
 * never parsed as markup.
 */

type Child = Node | string | null | undefined | false;

/** `<tag attrs…>children</tag>`; `false`, `null` and `undefined` children are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes (numbers are written with up to 2 decimals). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, typeof value === 'number' ? fmt(value) : value);
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A coordinate for an SVG attribute: at most 2 decimals, no "-0". */
export function fmt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Sets an element's text without creating nodes when it already holds one text node (the
 * charts update text every frame: `textContent =` would replace the node each time).
 */
export function setText(element: Element, text: string): void {
  const node = element.firstChild;
  if (node && node === element.lastChild && node.nodeType === Node.TEXT_NODE) {
    const t = node as Text;
    if (t.data !== text) t.data = text;
  } else if (element.textContent !== text) element.textContent = text;
}
