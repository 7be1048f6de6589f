import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import {
  CODE_BLOCK_TAG,
  copyLabel,
  erratumCopyPrefix,
  erratumOfMeta,
  rehypeCodeCopy,
} from '../../../src/lib/markdown/code-copy.ts';

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

describe('rehypeCodeCopy on the source article’s wrong code', () => {
  const erratum = {
    type: 'mdxJsxFlowElement',
    name: 'Erratum',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: 'labels' },
      { type: 'mdxJsxAttribute', name: 'title', value: '标签应为 0/1' },
    ],
    children: [pre('python')],
  } as never;
  const wrong = () => el('pre', { dataLanguage: 'python', dataErratum: 'labels' }, [el('code', {}, [])]);

  it('puts a warning linking to the erratum in the block, labels the button and the copy prefix', () => {
    const tree = run({ type: 'root', children: [wrong(), erratum] });
    const block = tree.children[0] as Element;
    expect(block.properties).toMatchObject({
      className: ['code-block', 'code-block-wrong'],
      dataCopyPrefix: '# 编者注：这段是原文代码，有错误（标签应为 0/1），改正见 ',
      dataErratumHref: '#erratum-labels',
    });
    const [warning, code, button] = block.children as Element[];
    expect(warning.properties['className']).toEqual(['code-warning']);
    expect(JSON.stringify(warning)).toContain('"href":"#erratum-labels"');
    expect(code.tagName).toBe('pre');
    expect(button.properties['ariaLabel']).toBe('复制 python 代码（原文代码，有错误，见编者注）');
  });

  it('wraps code blocks inside an MDX component (the erratum’s corrected code) too', () => {
    const tree = run({ type: 'root', children: [erratum] });
    expect(JSON.stringify(tree).match(new RegExp(`"${CODE_BLOCK_TAG}"`, 'g'))).toHaveLength(1);
  });

  it('fails on an erratum id the page does not have', () => {
    expect(() => run({ type: 'root', children: [wrong()] })).toThrow(
      'a code block is marked erratum="labels", but the page has no <Erratum id="labels" title="…">',
    );
  });
});

describe('erratumOfMeta and erratumCopyPrefix', () => {
  it('reads the erratum id of a fence in any quoting, and nothing else', () => {
    expect(erratumOfMeta('erratum="labels-minus-one"')).toBe('labels-minus-one');
    expect(erratumOfMeta("title=x erratum='a_b'")).toBe('a_b');
    expect(erratumOfMeta('erratum=plain')).toBe('plain');
    expect(erratumOfMeta('noerratum=x')).toBeUndefined();
    expect(erratumOfMeta(undefined)).toBeUndefined();
  });

  it('comments in the code’s own syntax', () => {
    const e = { id: 'x', title: 'T' };
    expect(erratumCopyPrefix('ts', e)).toMatch(/^\/\/ 编者注/);
    expect(erratumCopyPrefix('SQL', e)).toMatch(/^-- 编者注/);
    expect(erratumCopyPrefix(undefined, e)).toMatch(/^# 编者注/);
  });
});
