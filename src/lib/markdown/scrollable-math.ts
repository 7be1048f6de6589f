/**
 * Rehype plugin: makes every display formula (`.katex-display`, which scrolls sideways when it is
 * wider than the column, e.g. at 375px) reachable by keyboard with `tabindex="0"`, so a keyboard
 * reader can scroll it with the arrow keys (axe: scrollable-region-focusable), and gives it the
 * class `scroll-fade`, whose edges fade where more of it is hidden (global.css), so a reader sees
 * that it scrolls. Runs after rehype-katex. Pure: no Astro, no DOM.
 */
import type { Element, Root, RootContent } from 'hast';

/** Walks every node with children: elements, and MDX's JSX elements (e.g. <Erratum> bodies). */
function visit(node: Root | RootContent): void {
  if (node.type === 'element') markDisplayMath(node);
  if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
}

/** Class of a sideways scroller whose edges fade where more is hidden (global.css). */
export const SCROLL_FADE = 'scroll-fade';

function markDisplayMath(element: Element): void {
  const classes = element.properties['className'];
  if (!Array.isArray(classes) || !classes.includes('katex-display')) return;
  element.properties['tabIndex'] = 0;
  if (!classes.includes(SCROLL_FADE)) classes.push(SCROLL_FADE);
}

export function rehypeScrollableMath() {
  return (tree: Root): void => visit(tree);
}
