/**
 * Builds the real site into a temporary folder (`.tmp/site`, reused by the browser tests)
 * and checks the HTML: every page type exists, math and citations are rendered, meta tags
 * are there, nothing loads from another origin, and the Pagefind index exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ensureSite, ROOT, SITE_DIR, siteBuildOutput } from '../../tools/site-build.ts';
import { searchLatinSchema, searchLexiconSchema } from '../../src/schemas/search.ts';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadReferences } from '../../src/data/references.ts';
import { countsOf } from '../../src/lib/search/count-groups.ts';
import { searchExcludedPages } from '../../src/lib/site.ts';

const CONTENT = join(ROOT, 'content');
const idsIn = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .map((f) => basename(f, extname(f)));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

const load = (path: string): HTMLElement => parse(readFileSync(join(SITE_DIR, path), 'utf8'));

let buildOutput = '';
/** Pages in the search index: every HTML page but those excluded with a reason. */
let INDEXED_PAGES = 0;
beforeAll(async () => {
  await ensureSite();
  buildOutput = siteBuildOutput();
  INDEXED_PAGES =
    htmlFiles(SITE_DIR).filter((f) => !f.includes('/pagefind/')).length -
    Object.keys(searchExcludedPages).length;
}, 300_000);

describe('the built site', () => {
  it('has every page type', () => {
    const expected = [
      'index.html',
      '404.html',
      'article/index.html',
      'faq/index.html',
      'careers/index.html',
      'references/index.html',
      ...idsIn('faq').map((id) => `faq/${id}/index.html`),
      ...idsIn('careers').map((id) => `careers/${id}/index.html`),
      'sitemap-index.xml',
      'robots.txt',
    ];
    const missing = expected.filter((p) => !existsSync(join(SITE_DIR, p)));
    expect(missing).toEqual([]);
    expect(buildOutput).toMatch(/checked \d+ pages: links, anchors, math and citations resolve/);
  });

  it('gives every page a language, title, description and Open Graph tags', () => {
    for (const file of htmlFiles(SITE_DIR).filter((f) => !f.includes('/pagefind/'))) {
      const root = parse(readFileSync(file, 'utf8'));
      const where = file.slice(SITE_DIR.length);
      expect(root.querySelector('html')?.getAttribute('lang'), where).toBe('zh-CN');
      expect(root.querySelector('title')?.textContent.trim(), where).toBeTruthy();
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content'), where).toBeTruthy();
      expect(root.querySelector('meta[property="og:title"]'), where).not.toBeNull();
      expect(root.querySelector('a.skip-link'), where).not.toBeNull();
      expect(root.querySelector('nav[aria-label="主导航"]'), where).not.toBeNull();
    }
  });

  it('renders every formula of the article with KaTeX and leaves no Markdown math', () => {
    const seed = readFileSync(join(ROOT, 'content/article/ai-datacenter-careers.mdx'), 'utf8');
    const displayInSource = (seed.match(/^\$\$\s*$/gm) ?? []).length / 2;
    const article = load('article/index.html');
    expect(displayInSource).toBeGreaterThanOrEqual(13); // the seed's 13 \[ … \] blocks
    // Display math of the article itself (the demos add their own formulas with real weights).
    const articleDisplays = article.querySelectorAll('.katex-display').filter((el) => !el.closest('.demo'));
    expect(articleDisplays).toHaveLength(displayInSource);
    const main = article.querySelector('main')!.clone() as HTMLElement;
    for (const el of main.querySelectorAll('.katex, pre, code')) el.remove();
    expect(main.textContent).not.toMatch(/\$\$|\\\(|\\\[|\\frac|\\sum/);
    // KaTeX CSS and its fonts are bundled from the site itself.
    const css = article.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href') ?? '');
    const katexCss = css
      .map((href) => readFileSync(join(SITE_DIR, href), 'utf8'))
      .find((t) => t.includes('.katex'));
    expect(katexCss).toBeDefined();
    expect(katexCss).toMatch(/url\(\/_astro\/KaTeX_Main-Regular\.[\w-]+\.woff2\)/);
  });

  it('keeps the article whole: title, sections 1–12, highlighted Python, no trailing chat line', () => {
    const article = load('article/index.html');
    expect(article.querySelector('h1')?.textContent).toBe('AI 大模型应用数据中心的职业发展');
    const h2 = article.querySelectorAll('article h2').map((h) => h.textContent);
    for (let n = 1; n <= 12; n++) expect(h2.some((t) => t.startsWith(`${n}.`)) || n === 12).toBe(true);
    expect(article.querySelector('pre.astro-code[data-language="python"]')).not.toBeNull();
    expect(article.textContent).not.toContain('祝您撰写顺利');
    expect(article.textContent).toContain('禅与计算机程序设计艺术');
  });

  it('shows the required errata as visible editor notes', () => {
    const article = load('article/index.html');
    const notes = article.querySelectorAll('aside.erratum');
    expect(notes.length).toBeGreaterThanOrEqual(6);
    const text = notes.map((n) => n.textContent).join('\n');
    for (const needle of ['binary_crossentropy', '训练', 'z', '单层', 'TensorFlow', 'ISBN']) {
      expect(text).toContain(needle);
    }
    // The summary at the top links to each note.
    const summary = article.querySelectorAll('#errata ol a').map((a) => a.getAttribute('href'));
    expect(summary).toEqual(notes.map((n) => `#${n.getAttribute('id')}`));
  });

  it('labels the citations the editors added to the seed text, and shows the byline once', () => {
    const article = load('article/index.html');
    const prose = article.querySelector('article.prose')!;
    const cites = prose.querySelectorAll('sup.cite').filter((sup) => sup.querySelector('a') !== null);
    const refs = load('references/index.html');
    for (const sup of cites) {
      const inNote = sup.closest('aside.erratum') !== null;
      // A mention ([!@id]) of an unsupportable entry is neither a citation nor editorial.
      const mention = sup.classList.contains('cite-mention');
      expect(sup.classList.contains('cite-editorial'), sup.toString()).toBe(!inNote && !mention);
      expect(sup.querySelector('.cite-label')?.textContent ?? null, sup.toString()).toBe(
        mention ? '无法核实' : inNote ? null : '编注',
      );
      if (!inNote) {
        // The references page lists it apart, as an editorial citation (or a mention) of the article.
        const a = sup.querySelector('a')!;
        const entry = refs.getElementById(`ref-${a.getAttribute('data-cite')}`)!;
        const link = entry
          .querySelectorAll('.cited a')
          .find((l) => l.getAttribute('href') === `/article/#${a.id}`);
        // The link names the page, or (several places on one page) is numbered right after its name.
        expect(link?.parentNode?.textContent).toContain(mention ? '仅提及' : '编者加注');
      }
    }
    // The 22 citation groups the editors inserted into 20 lines of the seed (issue 14), four of
    // them pointing at the seed's unfindable references 4 and 5 as mentions.
    expect(cites.filter((sup) => sup.closest('aside.erratum') === null)).toHaveLength(22);
    expect(prose.querySelectorAll('sup.cite-mention')).toHaveLength(4);
    expect(prose.textContent.split('禅与计算机程序设计艺术')).toHaveLength(2);
    expect(prose.querySelectorAll('.repro-number').length).toBeGreaterThanOrEqual(5);
  });

  it('turns citations into numbered links that the references page links back to', () => {
    const article = load('article/index.html');
    const cites = article.querySelectorAll('sup.cite a');
    expect(cites.length).toBeGreaterThan(5);
    const refs = load('references/index.html');
    for (const a of cites) {
      const refId = a.getAttribute('data-cite')!;
      const entry = refs.getElementById(`ref-${refId}`);
      expect(entry, refId).not.toBeNull();
      expect(a.textContent).toBe(entry!.getAttribute('value'));
      const back = entry!.querySelectorAll('.cited a').map((l) => l.getAttribute('href'));
      expect(back).toContain(`/article/#${a.getAttribute('id')}`);
    }
  });

  it('lists the seed article FAQ first', () => {
    const index = load('faq/index.html');
    const first = index
      .querySelectorAll('.faq-list a')
      .slice(0, 4)
      .map((a) => a.textContent);
    expect(first).toEqual([
      'AI 大模型在数据中心的应用有哪些优点？',
      '数据中心如何适应 AI 大模型的计算需求？',
      '数据中心在 AI 大模型应用中面临哪些挑战？',
      '如何降低 AI 大模型应用的数据中心能耗？',
    ]);
  });

  it('writes every reference, and the whole list, as BibTeX, RIS and CSL-JSON that parse back', () => {
    // The whole-list files are in citation-number order (the reference list's order).
    const refs = [...loadReferences(CONTENT, ROOT).entries]
      .sort((a, b) => a.order - b.order)
      .map((e) => ({ id: e.id, title: String(e.raw.title) }));
    const page = load('references/index.html');
    for (const format of ['bib', 'ris', 'json']) {
      const read = (path: string) => new Cite(readFileSync(join(SITE_DIR, path), 'utf8')).data;
      const all = read(`references/references.${format}`);
      expect(all.map((item) => item.title)).toEqual(refs.map((r) => r.title));
      // RIS has no citation key that citation-js reads back as the id; BibTeX and CSL-JSON keep ours.
      if (format !== 'ris') expect(all.map((item) => item.id)).toEqual(refs.map((r) => r.id));
      expect(page.querySelector(`.downloads a[href="/references/references.${format}"]`)).not.toBeNull();
      for (const ref of refs) {
        const path = `references/export/${ref.id}.${format}`;
        expect(
          read(path).map((item) => item.title),
          path,
        ).toEqual([ref.title]);
        expect(page.querySelector(`#ref-${ref.id} a[href="/${path}"]`), path).not.toBeNull();
      }
    }
  });

  it('links every reference to its verification note on the notes page, and back', () => {
    const list = load('references/index.html');
    const notes = load('references/notes/index.html');
    const entries = loadReferences(CONTENT, ROOT).entries;
    for (const { id, raw } of entries) {
      expect(list.querySelector(`#ref-${id} a[href="/references/notes/#note-${id}"]`), id).not.toBeNull();
      const note = notes.getElementById(`note-${id}`);
      expect(note?.textContent, id).toContain(String(raw.note));
      expect(note?.querySelector(`a[href="/references/#ref-${id}"]`), id).not.toBeNull();
    }
    expect(notes.querySelectorAll('li[id^="note-"]')).toHaveLength(entries.length);
  });

  it('marks unsupportable seed references and keeps them listed', () => {
    const refs = load('references/index.html');
    expect(refs.querySelectorAll('.status-unsupportable').length).toBeGreaterThanOrEqual(2);
    expect(refs.textContent).toContain('1906.02666');
  });

  it('puts nothing after </html> (a page script placed outside the layout once landed there)', () => {
    const after = htmlFiles(SITE_DIR)
      .map((file) => [file, readFileSync(file, 'utf8').split('</html>').slice(1).join('').trim()])
      .filter(([, tail]) => tail !== '');
    expect(after).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    for (const file of htmlFiles(SITE_DIR)) {
      const root = parse(readFileSync(file, 'utf8'));
      const urls = [
        ...root
          .querySelectorAll('script[src], img[src], iframe[src], source[src]')
          .map((e) => e.getAttribute('src')),
        ...root
          .querySelectorAll('link[href]')
          .map((e) =>
            ['canonical', 'alternate'].includes(e.getAttribute('rel') ?? '') ? null : e.getAttribute('href'),
          ),
      ].filter((u): u is string => u !== null && u !== undefined);
      const external = urls.filter((u) => /^(https?:)?\/\//.test(u));
      expect(external, file).toEqual([]);
    }
    for (const css of readdirSync(join(SITE_DIR, '_astro')).filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(SITE_DIR, '_astro', css), 'utf8');
      expect(text, css).not.toMatch(/url\((["']?)(https?:)?\/\//);
      expect(text, css).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//);
    }
  });

  it('indexes the pages for search with a type filter, the lists of list pages left out', () => {
    expect(existsSync(join(SITE_DIR, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(SITE_DIR, 'pagefind/pagefind-component-ui.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    // Every page but those excluded with a reason (tests/build/search-coverage.test.ts checks which).
    expect(pages).toBe(INDEXED_PAGES);
    for (const excluded of ['index.html', '404.html']) {
      expect(load(excluded).querySelector('[data-pagefind-body]'), excluded).toBeNull();
    }
    // A list page is found by its name and purpose, not again by every entry it lists.
    expect(load('faq/index.html').querySelectorAll('.faq-list').length).toBeGreaterThan(0);
    for (const list of load('faq/index.html').querySelectorAll('.faq-list'))
      expect(list.closest('[data-pagefind-ignore]')).not.toBeNull();
    expect(
      load('careers/index.html').querySelector('dc-career-filter')?.closest('[data-pagefind-ignore]'),
    ).not.toBeNull();
    // The type filter is an attribute: a <meta> may not stand in <body>.
    expect(
      load('article/index.html').querySelector('[data-pagefind-body]')?.getAttribute('data-pagefind-filter'),
    ).toBe('类型:文章');
    expect(
      load('demos/index.html').querySelector('[data-pagefind-body]')?.getAttribute('data-pagefind-filter'),
    ).toBe('类型:演示');
    expect(load('faq/what-is-pue/index.html').querySelector('body meta')).toBeNull();
  });

  it('writes the search lexicon from the index, with every indexed page', () => {
    const lexicon = searchLexiconSchema.parse(
      JSON.parse(readFileSync(join(SITE_DIR, 'pagefind', 'search-lexicon.json'), 'utf8')),
    );
    expect(Object.keys(lexicon.pages)).toHaveLength(INDEXED_PAGES);
    expect(countsOf(lexicon.words).get('数据')).toBeGreaterThan(0);
    expect(lexicon.stopwords).toContain('怎么');
    // The Latin words in their own file, loaded only for a Latin query.
    expect(lexicon.latin).toBeUndefined();
    const latin = countsOf(
      searchLatinSchema.parse(
        JSON.parse(readFileSync(join(SITE_DIR, 'pagefind', 'search-latin.json'), 'utf8')),
      ),
    );
    expect(latin.get('kubernetes')).toBeGreaterThan(0);
    expect(lexicon.latinTotal).toBe([...latin.values()].reduce((a, b) => a + b, 0));
  });

  it('writes a sitemap and robots.txt pointing at it', () => {
    const sitemap = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/article/</loc>');
    expect(sitemap).toContain('/careers/');
    expect(readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8')).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
  });
});
