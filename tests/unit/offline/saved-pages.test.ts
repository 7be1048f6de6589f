import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  groupSavedPages,
  pageTitle,
  renderSavedPages,
} from '../../../src/lib/offline/saved-pages.ts';
import { SITE_NAME } from '../../../src/lib/site.ts';

describe('pageTitle', () => {
  it('reads the title without the site name', () => {
    expect(pageTitle(`<head><meta charset="utf-8"><title>PUE 是什么？ | ${SITE_NAME}</title>`)).toBe(
      'PUE 是什么？',
    );
  });

  it('keeps the home page title, which is the site name alone', () => {
    expect(pageTitle(`<title>${SITE_NAME}</title>`)).toBe(SITE_NAME);
  });

  it('decodes entities', () => {
    expect(pageTitle('<title>A &amp; B &lt;C&gt; &#34;D&#34; &#x27;E&#x27;</title>')).toBe(
      `A & B <C> "D" 'E'`,
    );
  });

  it('is undefined for a head cut before the title ends, or an empty title', () => {
    expect(pageTitle('<head><title>PUE 是')).toBeUndefined();
    expect(pageTitle('<title> </title>')).toBeUndefined();
    expect(pageTitle('<p>no title</p>')).toBeUndefined();
  });
});

describe('groupSavedPages', () => {
  it('puts home first, then sections in navigation order with their index first, then other pages', () => {
    const groups = groupSavedPages([
      { path: '/plan/', title: '我的计划' },
      { path: '/somewhere/', title: '别处' },
      { path: '/faq/b/', title: '乙' },
      { path: '/faq/', title: '常见问题' },
      { path: '/article/', title: '文章' },
      { path: '/faq/a/', title: '甲' },
      { path: '/', title: SITE_NAME },
    ]);
    expect(groups.map((g) => [g.label, g.pages.map((p) => p.path)])).toEqual([
      ['首页', ['/']],
      ['文章', ['/article/']],
      ['我的计划', ['/plan/']],
      ['常见问题', ['/faq/', '/faq/a/', '/faq/b/']],
      ['其他', ['/somewhere/']],
    ]);
  });
});

describe('renderSavedPages', () => {
  it('lists the pages with links, escaped, and links the address that failed', () => {
    const html = renderSavedPages([{ path: '/faq/x/', title: '<b>PUE</b>' }], '/faq/y/?q="1"', {
      searchSaved: true,
    });
    expect(html).toContain('<a href="/faq/y/?q=&#34;1&#34;">/faq/y/?q=&#34;1&#34;</a>');
    expect(html).toContain(
      '<h2>常见问题</h2><ul><li><a href="/faq/x/">&#60;b&#62;PUE&#60;/b&#62;</a></li></ul>',
    );
    expect(html).toContain('下面 1 个页面');
    expect(html).toContain('站内搜索也能离线使用');
    expect(html).not.toContain('<b>');
  });

  it('shows a decoded address and says when nothing is saved', () => {
    const html = renderSavedPages([], '/faq/%E7%94%B5/');
    expect(html).toContain('>/faq/电/</a>');
    expect(html).toContain('还没有保存任何页面');
    expect(html).not.toContain('<ul>');
    expect(html).not.toContain('站内搜索');
  });

  it('keeps an address with a malformed escape as it came', () => {
    expect(renderSavedPages([], '/%E7%/')).toContain('>/%E7%/</a>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});
