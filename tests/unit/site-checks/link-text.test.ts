import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
  anchorNames,
  checkLinkTexts,
  linkTextMatches,
  nameForms,
  normalizeLinkText,
  pageNames,
} from '../../support/link-text.ts';

const page = (url: string, body: string) => ({ url, html: `<html><body><main>${body}</main></body></html>` });
const options = { referencesPath: '/references/', include: () => true };

describe('normalizeLinkText', () => {
  it('ignores width, case, spacing and closing punctuation', () => {
    expect(normalizeLinkText(' ＰＵＥ 是什么？ ')).toBe('pue是什么');
    expect(normalizeLinkText('数据中心 / ICT 运营经理')).toBe('数据中心/ict运营经理');
  });
});

describe('nameForms', () => {
  it('offers the name, the name without its trailing parenthesis and its leading clause', () => {
    expect(nameForms('数据中心设施工程师（供电、制冷）')).toEqual([
      '数据中心设施工程师(供电、制冷)',
      '数据中心设施工程师',
    ]);
    expect(nameForms('PUE 是什么？数值多少算好？')).toEqual(['pue是什么?数值多少算好', 'pue是什么']);
  });
});

describe('linkTextMatches', () => {
  const faq = ['什么是 InfiniBand / RoCE，为什么 AI 集群需要它？'];
  it('accepts a name, a short form, a verb before a name and a generic phrase', () => {
    expect(linkTextMatches('什么是 InfiniBand / RoCE', faq)).toBe(true);
    expect(linkTextMatches('什么是 InfiniBand / RoCE，为什么 AI 集群需要它？', faq)).toBe(true);
    expect(linkTextMatches('阅读文章', ['文章'])).toBe(true);
    expect(linkTextMatches('这里', faq)).toBe(true);
    // "详见" alone names nothing: the link must carry its target's title.
    expect(linkTextMatches('详见', faq)).toBe(false);
  });

  it('rejects a text that names something else, or only part of the name', () => {
    expect(linkTextMatches('如何降低数据中心的用电', ['如何降低 AI 大模型应用的数据中心能耗？'])).toBe(false);
    expect(linkTextMatches('InfiniBand', faq)).toBe(false);
    expect(linkTextMatches('阅读', ['文章'])).toBe(false);
  });
});

describe('pageNames and anchorNames', () => {
  it('reads a career page’s h1, English name and aliases, without the heading permalink', () => {
    const root = parse(
      '<main><h1>数据工程师<a class="heading-anchor" aria-hidden="true" href="#x">#</a></h1>' +
        '<span data-pagefind-meta="roleEn">Data Engineer</span>' +
        '<span data-pagefind-meta="aliases">大数据工程师、ETL 工程师</span></main>',
    );
    expect(pageNames(root)).toEqual(['数据工程师', 'Data Engineer', '大数据工程师', 'ETL 工程师']);
  });

  it('names an anchor by its heading, or by the element labelling it with and without its lead', () => {
    const root = parse(
      '<h2 id="h">第一步：计量</h2>' +
        '<aside id="erratum-x" aria-labelledby="t"><p id="t"><strong>编者注（勘误）：</strong>标签应为 0/1</p></aside>',
    );
    expect(anchorNames(root, 'h')).toEqual(['第一步：计量']);
    expect(anchorNames(root, 'erratum-x')).toEqual(['编者注（勘误）：标签应为 0/1', '标签应为 0/1']);
    expect(anchorNames(root, 'missing')).toEqual([]);
  });
});

describe('checkLinkTexts', () => {
  const target = page(
    '/faq/energy/',
    '<h1>如何降低 AI 大模型应用的数据中心能耗？</h1><h2 id="measure">第一步：计量</h2>',
  );

  it('passes matching texts and skips citation markers, permalinks and external links', () => {
    const from = page(
      '/faq/pue/',
      '<a href="/faq/energy/">如何降低 AI 大模型应用的数据中心能耗？</a>' +
        '<a href="/faq/energy/#measure">第一步：计量</a>' +
        '<sup><a href="/references/#ref-x">[1]</a></sup>' +
        '<a aria-hidden="true" href="/faq/energy/#measure">#</a>' +
        '<a href="https://example.org/">外部</a>',
    );
    expect(checkLinkTexts([from, target, page('/references/', '')], options)).toEqual([]);
  });

  it('reports a link whose text names another page, with the page, text and target', () => {
    const from = page('/faq/pue/', '见<a href="/faq/energy/">如何降低数据中心的用电</a>');
    expect(checkLinkTexts([from, target], options)).toEqual([
      {
        url: '/faq/pue/',
        source: undefined,
        message:
          'link text "如何降低数据中心的用电" does not match its target /faq/energy/ ("如何降低 AI 大模型应用的数据中心能耗？")',
      },
    ]);
  });

  it('reports a link to an anchor whose heading it does not name, and takes extra names from options', () => {
    const from = page('/faq/pue/', '<a href="/faq/energy/#measure">设施侧</a><a href="/">首页</a>');
    const problems = checkLinkTexts([from, target, page('/', '<h1>站名</h1>')], {
      ...options,
      names: new Map([['/', ['首页']]]),
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^link text "设施侧" does not match its target \/faq\/energy\/#measure/),
    ]);
  });

  it('checks only the included pages', () => {
    const from = page('/references/', '<a href="/faq/energy/">别的名字</a>');
    expect(checkLinkTexts([from, target], { ...options, include: (u) => u !== '/references/' })).toEqual([]);
  });
});
