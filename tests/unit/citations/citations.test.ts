import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { findCitations } from '../../../src/lib/citations/citations.ts';
import { remarkCitations } from '../../../src/lib/citations/remark-citations.ts';
import { url } from '../../../src/lib/site.ts';

describe('findCitations', () => {
  it('finds single and grouped citations with their offsets', () => {
    const text = '参数[@brown2020]，见[@a; @b-2]。';
    expect(findCitations(text)).toEqual([
      { start: 2, end: 14, ids: ['brown2020'] },
      { start: 16, end: 26, ids: ['a', 'b-2'] },
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

async function renderMd(md: string, fileURL = new URL('file:///content/faq/x.md')) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkCitations, { references: refs, referenceHref: url.reference }]],
  });
  return processor.render(md, { fileURL });
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
});
