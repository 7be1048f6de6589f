import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkBuiltPages, headingSkips, resolveInternal } from '../../../src/lib/site-checks/html-checks.ts';

const page = (url: string, body: string, source?: string) => ({
  url,
  html: `<html><body><main ${source ? `data-source="${source}"` : ''}>${body}</main></body></html>`,
});

describe('resolveInternal', () => {
  it('resolves relative and absolute links and skips external ones', () => {
    expect(resolveInternal('../b/#x', '/faq/a/')).toEqual({ path: '/faq/b/', hash: 'x' });
    expect(resolveInternal('#top', '/faq/a/')).toEqual({ path: '/faq/a/', hash: 'top' });
    expect(resolveInternal('/a/index.html', '/')).toEqual({ path: '/a/', hash: '' });
    expect(resolveInternal('https://example.org/', '/')).toBeNull();
    expect(resolveInternal('mailto:a@b.c', '/')).toBeNull();
  });
});

describe('checkBuiltPages', () => {
  it('reports an inline script whose hash the CSP lacks, and skips JSON data blocks', () => {
    const csp = (hash: string) =>
      `<meta http-equiv="content-security-policy" content="script-src 'self' '${hash}'">`;
    const body = '<script>alert(1)</script><script type="application/json">{}</script>';
    const good = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
    expect(
      checkBuiltPages([
        { url: '/', html: `<html><head>${csp(good)}</head><body><main>${body}</main></body></html>` },
      ]),
    ).toEqual([]);
    const bad = checkBuiltPages([
      { url: '/', html: `<html><head>${csp('sha256-x')}</head><body><main>${body}</main></body></html>` },
    ]);
    expect(bad.map((p) => p.message)).toEqual([
      expect.stringMatching(/^inline script not allowed by the CSP/),
    ]);
  });

  it('passes a consistent site', () => {
    const pages = [
      page('/', '<a href="/a/#h">a</a><a href="/sitemap-index.xml">s</a>'),
      page('/a/', '<h1>A</h1><h2 id="h">H</h2>'),
    ];
    expect(checkBuiltPages(pages, new Set(['/sitemap-index.xml']))).toEqual([]);
  });

  it('reports a broken link and a broken anchor with the content file', () => {
    const pages = [
      page('/', '<a href="/missing/">x</a><a href="/a/#nope">y</a>', 'content/faq/x.md'),
      page('/a/', ''),
    ];
    expect(checkBuiltPages(pages)).toEqual([
      { url: '/', source: 'content/faq/x.md', message: 'broken link: /missing/ (no page /missing/)' },
      { url: '/', source: 'content/faq/x.md', message: 'broken anchor: /a/#nope (no id "nope" on /a/)' },
    ]);
  });

  it('reports math and citations left unrendered, but not inside code or KaTeX', () => {
    const bad = checkBuiltPages([page('/', '<p>公式 $$x$$ 与 [@foo2020]</p>')]).map((p) => p.message);
    expect(bad).toHaveLength(2);
    expect(bad[0]).toMatch(/^unrendered math/);
    expect(bad[1]).toMatch(/^unresolved citation/);
    const fine = checkBuiltPages([
      page('/', '<pre><code>$$x$$ [@foo]</code></pre><span class="katex">$x$</span><p>\\(</p>'),
    ]);
    expect(fine.map((p) => p.message)).toEqual([expect.stringMatching(/^unrendered math/)]);
  });
});

describe('headingSkips', () => {
  const skips = (html: string) => headingSkips(parse(html));

  it('accepts levels that go down one at a time and back up any number', () => {
    expect(skips('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h2>E</h2><h3>F</h3>')).toEqual([]);
  });

  it('names both headings of a skip from h2 to h4', () => {
    expect(skips('<h1>A</h1><h2>参考文献</h2><h4>作者署名<a>#</a></h4>')).toEqual([
      'heading level skipped: h2 "参考文献" → h4 "作者署名"',
    ]);
  });

  it('wants an h1 before any other heading', () => {
    expect(skips('<header><h2>站点</h2></header><h1>A</h1>')).toEqual([
      'heading level skipped: h– "(start of page)" → h2 "站点"',
    ]);
  });

  it('is reported by checkBuiltPages for the page', () => {
    const problems = checkBuiltPages([{ url: '/', html: '<main><h1>A</h1><h3>B</h3></main>' }]);
    expect(problems.map((p) => p.message)).toEqual(['heading level skipped: h1 "A" → h3 "B"']);
  });
});
