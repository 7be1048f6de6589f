/**
 * Rehype plugin, after rehype-autolink-headings (`behavior: 'append'`): keeps a heading's `#`
 * permalink on the line of the heading's last character, so on a narrow screen it never wraps
 * to a line of its own. The last word (Latin letters and digits) or the last character (CJK,
 * punctuation), or a last inline element such as `<code>`, goes with the anchor into a
 * `<span class="heading-tail">` that does not wrap (white-space: nowrap, global.css). The
 * heading's text is unchanged. Pure: no Astro, no DOM.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const HEADING = /^h[1-6]$/;
/** The last Latin word (with its trailing spaces), else the last character, of a text. */
const TAIL = /(?:[A-Za-z0-9_.+-]+|[\s\S])\s*$/u;

const isAnchor = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' &&
  node.tagName === 'a' &&
  Array.isArray(node.properties['className']) &&
  node.properties['className'].includes('heading-anchor');

function glue(heading: Element): void {
  const children = heading.children;
  const anchor = children.at(-1);
  if (!isAnchor(anchor) || children.length < 2) return;
  const before = children[children.length - 2];
  const tail: ElementContent[] = [];
  if (before.type === 'text') {
    const match = TAIL.exec(before.value);
    if (!match || match.index === 0) tail.push(before);
    else {
      before.value = before.value.slice(0, match.index);
      tail.push({ type: 'text', value: match[0] });
    }
    if (tail[0] === before) children.splice(children.length - 2, 1);
  } else {
    tail.push(before);
    children.splice(children.length - 2, 1);
  }
  children.splice(children.length - 1, 1, {
    type: 'element',
    tagName: 'span',
    properties: { className: ['heading-tail'] },
    children: [...tail, anchor],
  });
}

function visit(node: Root | RootContent): void {
  if (node.type === 'element' && HEADING.test(node.tagName)) glue(node);
  if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
}

export function rehypeHeadingAnchorTail() {
  return (tree: Root): void => visit(tree);
}
