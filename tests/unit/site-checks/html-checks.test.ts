import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../src/lib/site-checks/html-checks.ts';
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
  const skips = (html: string) => headingSkips(scanPage('/', html).headings);

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

describe('scanPage', () => {
  it('reads ids, anchors, the source, links, headings and the CSP in one pass', () => {
    const facts = scanPage(
      '/x/',
      '<html><head><meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;"></head>' +
        '<body><header><a href="/">首页</a></header><main data-source="content/faq/x.md">' +
        '<h1 id="t">问题<a class="heading-anchor" href="#t">#</a></h1><a name="old"></a>' +
        '<p data-source="other">见 <a href="/a/?q=1&amp;b=2#s">A</a></p></main></body></html>',
    );
    expect([...facts.ids].sort()).toEqual(['old', 't']);
    expect(facts.source).toBe('content/faq/x.md');
    expect(facts.links).toEqual(['/', '#t', '/a/?q=1&b=2#s']);
    expect(facts.headings).toEqual([{ level: 1, text: '问题' }]);
    expect(facts.csp).toBe("script-src 'self'");
    expect(facts.afterHtml).toBeUndefined();
  });

  it('keeps prose to <main>, without code, KaTeX, scripts, styles and templates', () => {
    const facts = scanPage(
      '/',
      '<header>站点</header><main><p>正文<code>$x$</code></p><span class="katex"><span class="katex-html">x</span></span>' +
        '<script>var a = "$$";</script><style>p{}</style><template>$y$</template><p>结尾</p></main><footer>页脚</footer>',
    );
    expect(facts.prose).toBe('正文结尾');
  });

  it('gives the HTML of each KaTeX formula, outermost only', () => {
    const formula =
      '<span class="katex"><span class="katex-mathml">m</span><span class="katex-html"><span class="mord">x</span></span></span>';
    const facts = scanPage('/', `<main><p>设 ${formula}，则 ${formula}。</p></main>`);
    expect(facts.formulas).toEqual([formula, formula]);
  });

  it('keeps the exact text of inline scripts and their type', () => {
    const facts = scanPage(
      '/',
      '<script>if (a &amp;&amp; b) x = "&lt;";</script><script type="application/json">{}</script>',
    );
    expect(facts.inlineScripts).toEqual([
      { type: undefined, text: 'if (a &amp;&amp; b) x = "&lt;";' },
      { type: 'application/json', text: '{}' },
    ]);
  });

  it('finds content after </html>, which checkBuiltPages reports', () => {
    const html = '<html><body><main><h1>A</h1></main></body></html><script type="module">x()</script>';
    expect(scanPage('/', html).afterHtml).toBe('<script>');
    expect(scanPage('/', '<html><body></body></html>\n').afterHtml).toBeUndefined();
    expect(checkBuiltPages([{ url: '/', html }]).map((p) => p.message)).toEqual([
      'content after </html>: <script>',
    ]);
  });
});
