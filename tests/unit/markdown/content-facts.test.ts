import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import {
  readContentFacts,
  remarkContentFacts,
  type ContentFacts,
} from '../../../src/lib/markdown/content-facts.ts';

/** Runs the plugin over an MDX document the way @astrojs/mdx parses it; returns what it recorded. */
async function factsOfMdx(mdx: string): Promise<ContentFacts> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkContentFacts);
  const file = new VFile({ value: mdx, path: 'content/article/x.mdx' });
  await processor.run(processor.parse(file), file);
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return readContentFacts(data.astro?.frontmatter ?? {});
}

describe('remarkContentFacts', () => {
  it('records every <Erratum> in document order, nested or inline, whatever the attribute order', async () => {
    const facts = await factsOfMdx(
      [
        '# 标题',
        '',
        '<Erratum id="first" title="第一处">正文</Erratum>',
        '',
        '> <Erratum title="引文里的" id="second">x</Erratum>',
        '',
        '一段文字 <Erratum id="third" title="行内">y</Erratum> 继续。',
        '',
        '<Other id="not-an-erratum" title="no" />',
      ].join('\n'),
    );
    expect(facts.errata).toEqual([
      { id: 'first', title: '第一处' },
      { id: 'second', title: '引文里的' },
      { id: 'third', title: '行内' },
    ]);
    expect(facts.hasMath).toBe(false);
  });

  it('ignores <Erratum> written inside code, which a regex over the source would count', async () => {
    const facts = await factsOfMdx(
      '```mdx\n<Erratum id="example" title="示例">…</Erratum>\n```\n\n`<Erratum id="x" title="y">`\n',
    );
    expect(facts.errata).toEqual([]);
  });

  it('fails on an <Erratum> without a plain-string id or title, naming the file and line', async () => {
    await expect(factsOfMdx('text\n\n<Erratum title="t">x</Erratum>\n')).rejects.toThrow(
      'content/article/x.mdx:3: <Erratum> needs id="…" written as a plain string',
    );
    await expect(factsOfMdx('<Erratum id="a" title={"t"}>x</Erratum>\n')).rejects.toThrow(
      '<Erratum> needs title="…"',
    );
  });

  it('records every <ReproNumber> with its quantity and digits, in MDX and in Markdown', async () => {
    const facts = await factsOfMdx(
      [
        '损失约为 <ReproNumber id="clipped-floor" digits="2" />。',
        '',
        '<Erratum id="e" title="t">',
        '',
        '准确率在 <ReproNumber digits="2" id="pm1-logits-train-accuracy" /> 之间，实测 <ReproNumber id="keras-tf-pm1-accuracy" />。',
        '',
        '</Erratum>',
      ].join('\n'),
    );
    expect(facts.reproNumbers).toEqual([
      { id: 'clipped-floor', digits: 2 },
      { id: 'pm1-logits-train-accuracy', digits: 2 },
      { id: 'keras-tf-pm1-accuracy' },
    ]);
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkContentFacts] });
    const { metadata } = await processor.render(
      '损失在 <ReproNumber id="zero-one-final-loss" digits="3" /> 之间。',
      {
        fileURL: new URL('file:///content/faq/x.md'),
      },
    );
    expect(readContentFacts(metadata.frontmatter).reproNumbers).toEqual([
      { id: 'zero-one-final-loss', digits: 3 },
    ]);
  });

  it.each([
    ['no id', '<ReproNumber digits="2" />', 'id="…"'],
    ['an unknown id', '<ReproNumber id="final-loss" digits="2" />', 'an id of a label-bug quantity ('],
    [
      'a number written by hand',
      '<ReproNumber id="clipped-floor" value="-16.12" />',
      'no value="…": the number is read from models/label-bug.json',
    ],
    [
      'a range written by hand',
      '<ReproNumber id="clipped-floor" min="0" max="2" digits="2" />',
      'no min="…"',
    ],
    ['no digits', '<ReproNumber id="clipped-floor" />', 'digits="…" (0 to 6 decimals) for "clipped-floor"'],
    [
      'odd digits',
      '<ReproNumber id="clipped-floor" digits="two" />',
      'digits="…" (0 to 6 decimals) for "clipped-floor", got "two"',
    ],
    ['digits for a measurement', '<ReproNumber id="keras-tf-pm1-accuracy" digits="2" />', 'no digits="…"'],
    [
      'an expression',
      '<ReproNumber id="clipped-floor" digits={2} />',
      'digits="…" written as a plain string',
    ],
  ])('fails on a <ReproNumber> with %s, naming the file and element', async (_, mdx, message) => {
    await expect(factsOfMdx(`x\n\n${mdx}\n`)).rejects.toThrow(
      `content/article/x.mdx:3: <ReproNumber> needs ${message}`,
    );
  });

  it.each([
    ['inline math', '质能方程 $E = mc^2$。', true],
    ['display math', '$$\n\\sum_i x_i\n$$', true],
    ['a dollar sign in code only', '用 `$HOME` 和\n\n```sh\necho $PATH\n```', false],
    ['no math', '只有文字。', false],
  ])('records hasMath for %s', async (_, markdown, expected) => {
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMath, remarkContentFacts] });
    const { metadata } = await processor.render(markdown, { fileURL: new URL('file:///content/faq/x.md') });
    expect(readContentFacts(metadata.frontmatter).hasMath).toBe(expected);
  });
});

describe('readContentFacts', () => {
  it('gives no errata and no math for an entry the plugin did not see', () => {
    expect(readContentFacts({})).toEqual({ errata: [], reproNumbers: [], hasMath: false });
  });
});
