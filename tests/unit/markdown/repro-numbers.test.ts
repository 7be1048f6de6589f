import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import {
  parseReproNumberHtml,
  remarkReproNumbers,
  reproNumberView,
} from '../../../src/lib/markdown/repro-numbers.ts';
import { parseLabelBugResults } from '../../../src/lib/model/label-bug.ts';

const results = parseLabelBugResults(
  JSON.parse(readFileSync(new URL('../../../models/label-bug.json', import.meta.url), 'utf8')),
);
const plugin = [remarkReproNumbers, { results: () => results }] as const;

async function renderMarkdown(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [[...plugin]] });
  return (await processor.render(markdown, { fileURL: new URL('file:///content/faq/x.md') })).code;
}

describe('remarkReproNumbers', () => {
  it('renders a Markdown <ReproNumber> as the span .astro pages write, the number from the results', async () => {
    const view = reproNumberView(results, { id: 'pm1-logits-final-loss', digits: 2 });
    const html = await renderMarkdown('损失在 <ReproNumber id="pm1-logits-final-loss" digits="2" /> 之间。');
    expect(html).toBe(
      `<p>损失在 <span class="repro-number" data-repro="pm1-logits-final-loss" data-digits="2">${view.text}</span> 之间。</p>`,
    );
    expect(view.text).toMatch(/^−\d+\.\d\d 至 −\d+\.\d\d$/);
  });

  it('marks a measured quantity', async () => {
    const html = await renderMarkdown('实测 <ReproNumber id="keras-tf-pm1-accuracy" />。');
    expect(html).toContain('data-measured=""');
    expect(html).toContain('>0.00 至 0.35</span>');
  });

  it('replaces an MDX element with the same span', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(...plugin);
    const file = new VFile({ value: '约为 <ReproNumber id="clipped-floor" digits="2" />。', path: 'x.mdx' });
    const tree = await processor.run(processor.parse(file), file);
    const paragraph = (tree as unknown as { children: { children: { type: string; data?: unknown }[] }[] })
      .children[0];
    const span = paragraph.children[1];
    expect(span.data).toEqual({
      hName: 'span',
      hProperties: { className: ['repro-number'], 'data-repro': 'clipped-floor', 'data-digits': '2' },
    });
  });

  it('fails on a bad one, naming the file and line', async () => {
    await expect(renderMarkdown('a\n\nb <ReproNumber id="nope" digits="2" />')).rejects.toThrow(
      '/content/faq/x.md:3: <ReproNumber> needs an id of a label-bug quantity',
    );
    await expect(renderMarkdown('b <ReproNumber id="clipped-floor" digits="2">')).rejects.toThrow(
      '<ReproNumber> needs to be written <ReproNumber id="…" digits="…" /> on its own, self-closed',
    );
  });

  it('leaves code alone', async () => {
    const html = await renderMarkdown('`<ReproNumber id="nope" />`');
    expect(html).toBe('<p><code>&#x3C;ReproNumber id="nope" /></code></p>');
  });
});

describe('parseReproNumberHtml', () => {
  it('reads the attributes of a self-closed tag, in any order', () => {
    expect(parseReproNumberHtml('<ReproNumber digits="3" id="a" />')).toEqual(
      new Map([
        ['digits', '3'],
        ['id', 'a'],
      ]),
    );
    expect(parseReproNumberHtml('<ReproNumber id="a">')).toBeUndefined();
  });
});
