import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { findCitations } from '../../../src/lib/citations/citations.ts';
import { remarkCitations } from '../../../src/lib/citations/remark-citations.ts';
import { url } from '../../../src/lib/site.ts';

describe('findCitations', () => {
  it('finds single and grouped citations with their offsets', () => {
    const text = '参数[@brown2020]，见[@a; @b-2]。';
    expect(findCitations(text)).toEqual([
      { start: 2, end: 14, ids: ['brown2020'], mention: false },
      { start: 16, end: 26, ids: ['a', 'b-2'], mention: false },
    ]);
  });

  it('tells a mention [!@id] from a citation', () => {
    expect(findCitations('原文第 4 条[!@seed-a]')).toEqual([
      { start: 7, end: 17, ids: ['seed-a'], mention: true },
    ]);
  });

  it('ignores ordinary brackets and e-mail-like text', () => {
    expect(findCitations('[1] [链接] a@b.c [@ 空格]')).toEqual([]);
  });
});

const refs = new Map([
  ['brown2020', { id: 'brown2020', number: 7, title: 'Language Models are Few-Shot Learners' }],
  ['he2016', { id: 'he2016', number: 8, title: 'Deep Residual Learning' }],
  [
    'seed-ijcai-image',
    { id: 'seed-ijcai-image', number: 9, title: 'Deep Learning for Image Recognition', unsupportable: true },
  ],
]);

async function renderMd(
  md: string,
  fileURL = new URL('file:///content/faq/x.md'),
  frontmatter: Record<string, unknown> = {},
) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkCitations, { references: refs, referenceHref: url.reference }]],
  });
  return processor.render(md, { fileURL, frontmatter });
}

describe('remarkCitations', () => {
  it('renders numbered links with back-link anchors and records the sites', async () => {
    const { code, metadata } = await renderMd(
      'GPT-3 有 1750 亿参数[@brown2020]，再次[@brown2020; @he2016]。',
    );
    expect(code).toContain(
      '<sup class="cite">[<a href="/references/#ref-brown2020" id="cite-brown2020-1" title="Language Models are Few-Shot Learners" data-cite="brown2020">7</a>]</sup>',
    );
    expect(code).toContain('id="cite-brown2020-2"');
    expect(code).toContain('>7</a>, <a href="/references/#ref-he2016" id="cite-he2016-1"');
    expect(metadata.frontmatter['citations']).toEqual([
      { refId: 'brown2020', anchor: 'cite-brown2020-1' },
      { refId: 'brown2020', anchor: 'cite-brown2020-2' },
      { refId: 'he2016', anchor: 'cite-he2016-1' },
    ]);
  });

  it('leaves code alone', async () => {
    const { code } = await renderMd('`[@brown2020]`\n\n```\n[@he2016]\n```');
    expect(code).not.toContain('<sup');
  });

  it('fails on an unknown id, naming the file, line and id', async () => {
    await expect(renderMd('第一行\n\n引用[@nobody2020]。')).rejects.toThrow(
      '/content/faq/x.md:3: unknown reference id "nobody2020" in citation [@nobody2020]',
    );
  });

  it('fails on a citation of an unsupportable reference, naming the file, line and id', async () => {
    await expect(renderMd('引用[@he2016; @seed-ijcai-image]。')).rejects.toThrow(
      '/content/faq/x.md:1: reference "seed-ijcai-image" is unsupportable',
    );
  });

  it('renders a mention [!@id] of an unsupportable reference, labelled 无法核实, and records it as a mention', async () => {
    const { code, metadata } = await renderMd('原文参考文献 5[!@seed-ijcai-image]。');
    expect(code).toContain(
      '<sup class="cite cite-mention"><span class="cite-label">无法核实</span>[<a href="/references/#ref-seed-ijcai-image" id="cite-seed-ijcai-image-1" title="仅提及，不作为出处（无法核实）：Deep Learning for Image Recognition" data-cite="seed-ijcai-image">9</a>]</sup>',
    );
    expect(metadata.frontmatter['citations']).toEqual([
      { refId: 'seed-ijcai-image', anchor: 'cite-seed-ijcai-image-1', mention: true },
    ]);
  });
});

/** A citation group as the plugin left it in the tree: its classes and the editor's element around it. */
interface CiteNode {
  classes: string[];
  label: string | undefined;
  within: string | undefined;
}

/** Runs the plugin over MDX with the given frontmatter (as @astrojs/mdx hands it to remark). */
async function citesInMdx(mdx: string, frontmatter: Record<string, unknown>) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkCitations, { references: refs, referenceHref: url.reference });
  const file = new VFile({ value: mdx, path: 'content/article/x.mdx' });
  file.data = { astro: { frontmatter } };
  const tree = (await processor.run(processor.parse(file), file)) as unknown as TreeNode;
  const found: CiteNode[] = [];
  const walk = (node: TreeNode, within: string | undefined) => {
    const props = node.data?.hProperties;
    if (node.data?.hName === 'sup') {
      const label =
        node.children?.[0]?.data?.hName === 'span' ? node.children[0].children?.[0]?.value : undefined;
      found.push({ classes: (props?.className as string[] | undefined) ?? [], label, within });
    }
    for (const child of node.children ?? []) walk(child, node.name ?? within);
  };
  walk(tree, undefined);
  const sites = (file.data as { astro: { frontmatter: { citations: unknown } } }).astro.frontmatter.citations;
  return { found, sites };
}

interface TreeNode {
  type: string;
  name?: string;
  value?: string;
  data?: { hName?: string; hProperties?: Record<string, unknown> };
  children?: TreeNode[];
}

describe('remarkCitations on seed text (editorial citations)', () => {
  const mdx = [
    '原文的句子[@brown2020]。',
    '',
    '<Erratum id="e" title="t">',
    '',
    '编者注里的引用[@he2016]，**强调里的**[@brown2020]。',
    '',
    '</Erratum>',
    '',
    '- 原文列表里的[@he2016; @brown2020]',
  ].join('\n');

  it('marks citations outside <Erratum> as editorial in a seedText document, and only there', async () => {
    const { found, sites } = await citesInMdx(mdx, { seedText: true });
    expect(found).toEqual([
      { classes: ['cite', 'cite-editorial'], label: '编注', within: undefined },
      { classes: ['cite'], label: undefined, within: 'Erratum' },
      { classes: ['cite'], label: undefined, within: 'Erratum' },
      { classes: ['cite', 'cite-editorial'], label: '编注', within: undefined },
    ]);
    expect(sites).toEqual([
      { refId: 'brown2020', anchor: 'cite-brown2020-1', editorial: true },
      { refId: 'he2016', anchor: 'cite-he2016-1' },
      { refId: 'brown2020', anchor: 'cite-brown2020-2' },
      { refId: 'he2016', anchor: 'cite-he2016-2', editorial: true },
      { refId: 'brown2020', anchor: 'cite-brown2020-3', editorial: true },
    ]);
  });

  it('leaves every citation ordinary in a document without seedText', async () => {
    const { found } = await citesInMdx(mdx, {});
    expect(found.every((c) => c.classes.join() === 'cite' && c.label === undefined)).toBe(true);
    expect(found).toHaveLength(4);
  });

  it('renders the label and an accessible title in Markdown with seedText', async () => {
    const { code } = await renderMd('原文[@brown2020]。', undefined, { seedText: true });
    expect(code).toContain(
      '<sup class="cite cite-editorial"><span class="cite-label">编注</span>[<a href="/references/#ref-brown2020" id="cite-brown2020-1" title="编者加注，原文未注出处：Language Models are Few-Shot Learners" data-cite="brown2020">7</a>]</sup>',
    );
  });
});
