import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { CODE_BLOCK_TAG, copyLabel, rehypeCodeCopy } from '../../../src/lib/markdown/code-copy.ts';

const el = (
  tagName: string,
  properties: Element['properties'] = {},
  children: Element['children'] = [],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const pre = (language?: string) =>
  el('pre', language ? { dataLanguage: language } : {}, [el('code', {}, [{ type: 'text', value: 'x = 1' }])]);

function run(tree: Root): Root {
  rehypeCodeCopy()(tree);
  return tree;
}

describe('rehypeCodeCopy', () => {
  it('wraps a code block with a hidden, labelled copy button and a status region', () => {
    const tree = run({ type: 'root', children: [pre('python')] });
    const block = tree.children[0] as Element;
    expect(block.tagName).toBe(CODE_BLOCK_TAG);
    const [code, button, status] = block.children as Element[];
    expect(code.tagName).toBe('pre');
    expect(button.tagName).toBe('button');
    expect(button.properties).toMatchObject({ type: 'button', ariaLabel: '复制 python 代码', hidden: true });
    expect(status.properties).toMatchObject({ role: 'status' });
  });

  it('finds code blocks nested in other elements (an erratum, a list) and wraps each once', () => {
    const tree = run({ type: 'root', children: [el('aside', {}, [el('div', {}, [pre()])]), pre('bash')] });
    run(tree);
    const html = JSON.stringify(tree);
    expect(html.match(new RegExp(`"${CODE_BLOCK_TAG}"`, 'g'))).toHaveLength(2);
  });

  it('leaves inline code alone', () => {
    const tree = run({
      type: 'root',
      children: [el('p', {}, [el('code', {}, [{ type: 'text', value: 'a' }])])],
    });
    expect(JSON.stringify(tree)).not.toContain(CODE_BLOCK_TAG);
  });
});

describe('copyLabel', () => {
  it('names the language when it is known', () => {
    expect(copyLabel('bash')).toBe('复制 bash 代码');
    expect(copyLabel()).toBe('复制代码');
  });
});
