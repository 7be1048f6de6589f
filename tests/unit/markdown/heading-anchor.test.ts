import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { rehypeHeadingAnchorTail } from '../../../src/lib/markdown/heading-anchor.ts';

const anchor = (): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['heading-anchor'], href: '#x' },
  children: [{ type: 'text', value: '#' }],
});
const heading = (...children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'h2',
  properties: { id: 'x' },
  children: [...children, anchor()],
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The heading after the plugin, as `text|<tail>` with the tail's texts and tags. */
function run(h: Element): string {
  const tree: Root = { type: 'root', children: [h] };
  rehypeHeadingAnchorTail()(tree);
  const show = (n: ElementContent): string =>
    n.type === 'text'
      ? n.value
      : n.type === 'element'
        ? `<${n.tagName}>${n.children.map(show).join('')}`
        : '';
  return h.children
    .map((n) =>
      n.type === 'element' && n.tagName === 'span' ? `|${n.children.map(show).join('')}|` : show(n),
    )
    .join('');
}

describe('rehypeHeadingAnchorTail', () => {
  it('keeps the last CJK character with the # and the text unchanged', () => {
    expect(run(heading(text('5.2 源代码详细实现')))).toBe('5.2 源代码详细实|现<a>#|');
  });

  it('keeps a last Latin word (with its dots and digits) whole', () => {
    expect(run(heading(text('Kubernetes 上的 GPU')))).toBe('Kubernetes 上的 |GPU<a>#|');
    expect(run(heading(text('版本 v1.2')))).toBe('版本 |v1.2<a>#|');
  });

  it('moves a last inline element (code) into the tail, and a lone word whole', () => {
    const code: Element = { type: 'element', tagName: 'code', properties: {}, children: [text('fit')] };
    expect(run(heading(text('调用 '), code))).toBe('调用 |<code>fit<a>#|');
    expect(run(heading(text('GPU')))).toBe('|GPU<a>#|');
  });

  it('leaves headings without a permalink alone', () => {
    const h: Element = { type: 'element', tagName: 'h3', properties: {}, children: [text('标题')] };
    expect(run(h)).toBe('标题');
  });
});
