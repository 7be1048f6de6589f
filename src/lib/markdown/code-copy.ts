/**
 * Rehype plugin: wraps every code block (`<pre>`) of Markdown/MDX content in a
 * `<dc-code-block>` with a copy button and a live region, as `CodeBlock.astro` does for code
 * blocks written in components; both stay out of the search index. The button is rendered
 * `hidden` and shown by the element's script (src/islands/code/code-copy.ts), so without
 * JavaScript there is no dead control.
 *
 * A code block the source article got wrong is marked on its fence, ```python erratum="<id>",
 * naming the `<Erratum id="<id>">` that corrects it: the Shiki transformer `codeErratumMeta`
 * carries the id onto the `<pre>`, and the block then shows a warning inside its frame, beside
 * its copy button, linking to the note, and what is copied starts with a comment that says so.
 * An id without its `<Erratum>` on the page fails the build.
 * Pure: no Astro, no DOM.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { erratumAnchor } from './content-facts.ts';

/** Tag of the custom element around a code block. */
export const CODE_BLOCK_TAG = 'dc-code-block';

/** Accessible name of a code block's copy button: 复制代码, or 复制 python 代码 with a language. */
export function copyLabel(language?: string): string {
  return language ? `复制 ${language} 代码` : '复制代码';
}

/** What a wrong code block's erratum is: its id (the anchor) and its title (the link's text). */
export interface CodeErratum {
  id: string;
  title: string;
}

/** The copy button and status region that follow the `<pre>` inside `<dc-code-block>`. */
export function copyControls(language?: string, erratum?: CodeErratum): Element[] {
  return [
    {
      type: 'element',
      tagName: 'button',
      properties: {
        type: 'button',
        className: ['button', 'button-small', 'copy-button'],
        ariaLabel:
          erratum === undefined
            ? copyLabel(language)
            : `${copyLabel(language)}（原文代码，有错误，见编者注）`,
        dataCopy: '',
        dataPagefindIgnore: '',
        hidden: true,
      },
      children: [{ type: 'text', value: erratum === undefined ? '复制' : '复制（有误）' }],
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

/** Line comment syntax by code language, for the note a wrong block's copy starts with. */
const COMMENT: Record<string, string> = {
  javascript: '//',
  js: '//',
  typescript: '//',
  ts: '//',
  c: '//',
  cpp: '//',
  java: '//',
  go: '//',
  rust: '//',
  sql: '--',
};

/** The comment a copy of a wrong code block starts with (the island appends the note's URL). */
export function erratumCopyPrefix(language: string | undefined, erratum: CodeErratum): string {
  const mark = (language !== undefined && COMMENT[language.toLowerCase()]) || '#';
  return `${mark} 编者注：这段是原文代码，有错误（${erratum.title}），改正见 `;
}

/** The warning shown inside a wrong code block, above the code and beside the copy button. */
function warning(erratum: CodeErratum): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['code-warning'] },
    children: [
      { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: '编者注：' }] },
      { type: 'text', value: '这段是原文代码，有错误，照抄得不到文中的结果。见勘误' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${erratumAnchor(erratum.id)}` },
        children: [{ type: 'text', value: erratum.title }],
      },
      { type: 'text', value: '。' },
    ],
  };
}

function wrap(pre: Element, errata: ReadonlyMap<string, string>): Element {
  const language = pre.properties['dataLanguage'];
  const lang = typeof language === 'string' ? language : undefined;
  const id = pre.properties['dataErratum'];
  let erratum: CodeErratum | undefined;
  if (typeof id === 'string') {
    const title = errata.get(id);
    if (title === undefined) {
      throw new Error(
        `a code block is marked erratum="${id}", but the page has no <Erratum id="${id}" title="…">`,
      );
    }
    erratum = { id, title };
  }
  return {
    type: 'element',
    tagName: CODE_BLOCK_TAG,
    properties: {
      className: erratum === undefined ? ['code-block'] : ['code-block', 'code-block-wrong'],
      ...(erratum === undefined
        ? {}
        : {
            dataCopyPrefix: erratumCopyPrefix(lang, erratum),
            dataErratumHref: `#${erratumAnchor(erratum.id)}`,
          }),
    },
    children: [...(erratum ? [warning(erratum)] : []), pre, ...copyControls(lang, erratum)],
  };
}

type Parent = Root | Element | { type: string; children: (RootContent | ElementContent)[] };

const hasChildren = (node: unknown): node is Parent =>
  typeof node === 'object' && node !== null && Array.isArray((node as { children?: unknown }).children);

/** A JSX attribute's plain string value (MDX: `id="…"`), if it is one. */
function jsxAttribute(node: { attributes?: unknown }, name: string): string | undefined {
  if (!Array.isArray(node.attributes)) return undefined;
  const attribute = (node.attributes as { type?: string; name?: string; value?: unknown }[]).find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Every `<Erratum id title>` of the page (MDX JSX), id → title. */
function errataOf(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown) => {
    const n = node as { type?: string; name?: string; attributes?: unknown };
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Erratum') {
      const id = jsxAttribute(n, 'id');
      const title = jsxAttribute(n, 'title');
      if (id !== undefined && title !== undefined) found.set(id, title);
    }
    if (hasChildren(node)) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** Wraps each `<pre>` below `node` (elements and MDX components' bodies alike), once. */
function visit(node: Parent, errata: ReadonlyMap<string, string>): void {
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'pre') return wrap(child, errata);
    if (child.type === 'element' && child.tagName === CODE_BLOCK_TAG) return child;
    if (hasChildren(child)) visit(child, errata);
    return child;
  });
}

/** Wraps each `<pre>` (not already wrapped) in `<dc-code-block>` with its copy controls. */
export function rehypeCodeCopy() {
  return (tree: Root): void => visit(tree, errataOf(tree));
}

/** The erratum id a code fence's meta names (```python erratum="labels-minus-one"), if any. */
export function erratumOfMeta(meta: string | undefined): string | undefined {
  return /(?:^|\s)erratum=(?:"([\w-]+)"|'([\w-]+)'|([\w-]+))(?=\s|$)/
    .exec(meta ?? '')
    ?.slice(1)
    .find(Boolean);
}

/**
 * Shiki transformer (`markdown.shikiConfig.transformers`): copies a fence's `erratum="<id>"` onto
 * the highlighted `<pre>` as `data-erratum`, where `rehypeCodeCopy` finds it (Shiki sees the
 * fence's meta; the plugins after it see only the `<pre>`).
 */
export function codeErratumMeta() {
  return {
    name: 'dc:code-erratum-meta',
    pre(this: { options: { meta?: { __raw?: string } } }, node: Element): void {
      const id = erratumOfMeta(this.options.meta?.__raw);
      if (id !== undefined) node.properties['dataErratum'] = id;
    },
  };
}
