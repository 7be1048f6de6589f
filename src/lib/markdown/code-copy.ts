/**
 * Rehype plugin: wraps every code block (`<pre>`) of Markdown/MDX content in a
 * `<dc-code-block>` with a copy button and a live region, as `CodeBlock.astro` does for code
 * blocks written in components; both stay out of the search index. The button is rendered
 * `hidden` and shown by the element's script (src/islands/code/code-copy.ts), so without
 * JavaScript there is no dead control.
 * Pure: no Astro, no DOM.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Tag of the custom element around a code block. */
export const CODE_BLOCK_TAG = 'dc-code-block';

/** Accessible name of a code block's copy button: 复制代码, or 复制 python 代码 with a language. */
export function copyLabel(language?: string): string {
  return language ? `复制 ${language} 代码` : '复制代码';
}

/** The copy button and status region that follow the `<pre>` inside `<dc-code-block>`. */
export function copyControls(language?: string): Element[] {
  return [
    {
      type: 'element',
      tagName: 'button',
      properties: {
        type: 'button',
        className: ['button', 'button-small', 'copy-button'],
        ariaLabel: copyLabel(language),
        dataCopy: '',
        dataPagefindIgnore: '',
        hidden: true,
      },
      children: [{ type: 'text', value: '复制' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: {
        role: 'status',
        className: ['visually-hidden'],
        dataCopyStatus: '',
        dataPagefindIgnore: '',
      },
      children: [],
    },
  ];
}

function wrap(pre: Element): Element {
  const language = pre.properties['dataLanguage'];
  return {
    type: 'element',
    tagName: CODE_BLOCK_TAG,
    properties: { className: ['code-block'] },
    children: [pre, ...copyControls(typeof language === 'string' ? language : undefined)],
  };
}

function visit(node: Root | Element): void {
  node.children = node.children.map((child: RootContent | ElementContent) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'pre') return wrap(child);
    if (child.tagName !== CODE_BLOCK_TAG) visit(child);
    return child;
  });
}

/** Wraps each `<pre>` (not already wrapped) in `<dc-code-block>` with its copy controls. */
export function rehypeCodeCopy() {
  return (tree: Root): void => visit(tree);
}
