import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeScrollableMath } from '../../../src/lib/markdown/scrollable-math.ts';

const span = (className: string[], children: Element[] = []): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className },
  children,
});

describe('rehypeScrollableMath', () => {
  it('makes display formulas focusable and fading at the edges, wherever they are, and leaves inline math alone', () => {
    const display = span(['katex-display'], [span(['katex'])]);
    const inline = span(['katex']);
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [inline] },
        // MDX: a component's body (<Erratum>…</Erratum>) is a JSX node, not an element.
        { type: 'mdxJsxFlowElement', name: 'Erratum', attributes: [], children: [display] } as never,
      ],
    };
    rehypeScrollableMath()(tree);
    expect(display.properties['tabIndex']).toBe(0);
    expect(display.properties['className']).toEqual(['katex-display', 'scroll-fade']);
    rehypeScrollableMath()(tree);
    expect(display.properties['className']).toEqual(['katex-display', 'scroll-fade']);
    expect(inline.properties['tabIndex']).toBeUndefined();
    expect((display.children[0] as Element).properties['tabIndex']).toBeUndefined();
  });
});
