import { describe, expect, it } from 'vitest';
import { DEFER_FRAGMENT_BYTES, deferredSummary } from '../../../src/lib/search/build/deferred.ts';
import { buildLexicon } from '../../../src/lib/search/build/lexicon.ts';
import {
  anyWordProbes,
  createSearchEngine,
  MAX_SEARCHES,
  PAGEFIND_OPTIONS,
  RERANK_DEPTH,
} from '../../../src/lib/search/engine.ts';
import { plainExcerpt } from '../../../src/lib/search/results.ts';
import { fakePagefind, lexicon, PAGES } from './fixtures.ts';

describe('createSearchEngine', () => {
  /** Pages that all contain 数据, more of them than the engine loads at first. */
  const many = Array.from({ length: RERANK_DEPTH + 4 }, (_, i) => ({
    id: `p-many-${i}`,
    url: `/many/${i}/`,
    title: `页面 ${i}`,
    type: 'FAQ',
    meta: {},
    content: ['数据', ...Array.from({ length: i }, () => '其他')].join('\u200B'),
  }));

  it('loads the text of only the first RERANK_DEPTH pages; more when asked for, after them', async () => {
    const fake = fakePagefind(many);
    const engine = createSearchEngine(fake.api, lexicon);
    const first = await engine.search('数据', { limit: 3 });
    expect(first.hits).toHaveLength(3);
    expect(fake.loaded).toHaveLength(RERANK_DEPTH);
    const more = await engine.search('数据', { limit: RERANK_DEPTH + 4 });
    expect(more.hits).toHaveLength(RERANK_DEPTH + 4);
    // The first hits stay where they were.
    expect(more.hits.slice(0, 3).map((h) => h.url)).toEqual(first.hits.map((h) => h.url));
  });

  it('shows a deferred page (a large fragment) from the lexicon without loading it', async () => {
    const article = {
      id: 'p-article',
      url: '/article/',
      title: '长文',
      type: '文章',
      meta: {},
      content: ['长文', '。', '数据', '中心', '的', '能', '耗'].join('\u200B'),
    };
    const pages = [...PAGES, article];
    const withArticle = buildLexicon({
      pages: pages.map((p) => ({
        ...p,
        meta: { title: p.title },
        fragmentBytes: p === article ? DEFER_FRAGMENT_BYTES + 1 : 500,
      })),
      stopwords: lexicon.stopwords,
      particles: lexicon.particles,
      synonyms: [],
    });
    const fake = fakePagefind(pages);
    const summary = deferredSummary({
      ...article,
      meta: { title: article.title },
      fragmentBytes: DEFER_FRAGMENT_BYTES + 1,
    });
    const asked: string[] = [];
    const loadSummary = (id: string) => {
      asked.push(id);
      return summary ? Promise.resolve(summary) : Promise.reject(new Error('none'));
    };
    const outcome = await createSearchEngine(fake.api, withArticle, loadSummary).search('数据中心');
    const hit = outcome.hits.find((h) => h.url === '/article/');
    expect(hit).toMatchObject({ title: '长文', type: '文章', excerpt: '数据中心的能耗', subResults: [] });
    expect(fake.loaded).not.toContain('p-article');
    expect(fake.loaded.length).toBeGreaterThan(0);
    expect(asked).toEqual(['p-article']);
    // A summary that cannot be loaded leaves a bare result, not a failed search.
    const bare = await createSearchEngine(fake.api, withArticle, () =>
      Promise.reject(new Error('404')),
    ).search('数据中心');
    expect(bare.hits.find((h) => h.url === '/article/')).toMatchObject({ excerpt: '', subResults: [] });
  });

  it('configures and initialises Pagefind once, on the first search', async () => {
    const fake = fakePagefind();
    const engine = createSearchEngine(fake.api, lexicon);
    expect(fake.inits()).toBe(0);
    await engine.search('PUE');
    await engine.search('液冷');
    expect(fake.inits()).toBe(1);
    expect(fake.options).toEqual([PAGEFIND_OPTIONS]);
  });

  it('retries initialisation after a failure', async () => {
    const fake = fakePagefind();
    let fail = true;
    const api = {
      ...fake.api,
      init: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve()),
    };
    const engine = createSearchEngine(api, lexicon);
    await expect(engine.search('PUE')).rejects.toThrow('offline');
    fail = false;
    expect((await engine.search('PUE')).hits.length).toBeGreaterThan(0);
  });

  it('searches a question without its question words (strict)', async () => {
    const fake = fakePagefind();
    const outcome = await createSearchEngine(fake.api, lexicon).search('PUE 是什么？');
    expect(outcome.mode).toBe('strict');
    expect(outcome.hits[0]?.url).toBe('/faq/what-is-pue/');
    expect(fake.asked[0]).toBe('pue');
  });

  it('ranks the page with the typed phrase in its title first (能耗: not 能 and 耗 apart)', async () => {
    const pages = [
      ...PAGES,
      {
        id: 'p-noise',
        url: '/noise/',
        title: '能力与消耗',
        type: 'FAQ',
        meta: {},
        content: ['能力', '消耗', '耗', '能', '能', '耗', '能'].join('\u200B'),
      },
    ];
    const outcome = await createSearchEngine(fakePagefind(pages).api, lexicon).search('能耗');
    expect(outcome.hits[0]?.url).toBe('/faq/dc-energy-reduction/');
    expect(outcome.hits.map((h) => h.url)).toContain('/noise/');
  });

  it('relaxes a search that finds nothing: pages matching most concepts first', async () => {
    const outcome = await createSearchEngine(fakePagefind().api, lexicon).search('Kubernetes 能耗 调度');
    expect(outcome.mode).toBe('relaxed');
    expect(outcome.hits[0]?.url).toBe('/faq/slurm-vs-kubernetes/');
    expect(outcome.hits[0]?.matchedTerms).toBe(2);
    expect(outcome.hits.map((h) => h.url)).toContain('/faq/what-is-pue/');
  });

  it('finds a page through a synonym (K8s → Kubernetes) and a typo correction', async () => {
    const engine = createSearchEngine(fakePagefind().api, lexicon);
    expect((await engine.search('K8s')).hits[0]?.url).toBe('/faq/slurm-vs-kubernetes/');
    expect((await engine.search('Kubernets')).hits[0]?.url).toBe('/faq/slurm-vs-kubernetes/');
  });

  it('finds a page by what readers call it (aka), though its text does not say it', async () => {
    const fake = fakePagefind();
    const outcome = await createSearchEngine(fake.api, lexicon).search('论文');
    expect(outcome.hits[0]?.url).toBe('/references/');
    // One search of its type alone (a filter), beside the word's own.
    expect(fake.asked).toHaveLength(2);
    expect(fake.asked.at(-1)).toBe('');
  });

  it('finds a career by an alias and by its English name', async () => {
    const engine = createSearchEngine(fakePagefind().api, lexicon);
    expect((await engine.search('ETL 工程师')).hits[0]?.url).toBe('/careers/data-engineer/');
    expect((await engine.search('data engineer')).hits[0]?.url).toBe('/careers/data-engineer/');
  });

  it('counts results per type and filters by type', async () => {
    const engine = createSearchEngine(fakePagefind().api, lexicon);
    const all = await engine.search('能耗');
    expect(all.typeCounts).toEqual({ FAQ: 2 });
    const careers = await engine.search('工程师', { type: '职业' });
    expect(careers.hits.map((h) => h.type)).toEqual(['职业']);
    expect((await engine.search('能耗', { type: '职业' })).hits).toEqual([]);
  });

  it('gives heading sub-results, but none in source lists', async () => {
    const outcome = await createSearchEngine(fakePagefind().api, lexicon).search('调度');
    const hit = outcome.hits[0];
    expect(hit?.subResults.map((s) => s.url)).toEqual(['/faq/slurm-vs-kubernetes/#scheduling']);
  });

  it('makes each reference entry a sub-result with its anchor', async () => {
    const outcome = await createSearchEngine(fakePagefind().api, lexicon).search('Kaiming He');
    expect(outcome.hits[0]?.url).toBe('/references/');
    expect(outcome.hits[0]?.subResults[0]?.url).toBe('/references/#ref-he2016');
  });

  it('returns plain-text excerpts', async () => {
    const outcome = await createSearchEngine(fakePagefind().api, lexicon).search('PUE');
    expect(outcome.hits[0]?.excerpt).not.toMatch(/[<>]|&amp;/);
    expect(plainExcerpt('<mark>数据</mark>\u200B中心 &lt;b&gt; &amp;')).toBe('数据中心 <b> &');
  });

  it('answers nothing known with mode none, without asking Pagefind', async () => {
    const fake = fakePagefind();
    const outcome = await createSearchEngine(fake.api, lexicon).search('怎么？');
    expect(outcome).toMatchObject({ mode: 'none', hits: [], typeCounts: {} });
    expect(fake.asked).toEqual([]);
  });

  it('preloads each word of a multi-word probe alone, once, before searching it', async () => {
    const fake = fakePagefind();
    const engine = createSearchEngine(fake.api, lexicon);
    await engine.search('数据中心能耗');
    const firstMulti = fake.calls.findIndex((c) => !c.startsWith('preload:') && c.includes(' '));
    expect(firstMulti).toBeGreaterThan(0);
    const before = fake.calls.slice(0, firstMulti);
    for (const word of fake.calls[firstMulti]?.split(' ') ?? []) expect(before).toContain(`preload:${word}`);
    const preloads = fake.calls.filter((c) => c.startsWith('preload:'));
    expect(new Set(preloads).size).toBe(preloads.length);
    // A second search preloads no word again.
    const count = preloads.length;
    await engine.search('数据中心能耗');
    expect(fake.calls.filter((c) => c.startsWith('preload:'))).toHaveLength(count);
  });

  it('loads the Latin words only for a query with a Latin word of five letters or more, once', async () => {
    const { latin, ...core } = lexicon;
    let loads = 0;
    const engine = createSearchEngine(fakePagefind().api, core, undefined, () => {
      loads++;
      return Promise.resolve(latin ?? {});
    });
    await engine.search('数据中心能耗');
    await engine.search('pue');
    expect(loads).toBe(0);
    // With the words in, a typo is corrected (Kubernets → kubernetes).
    const found = await engine.search('Kubernets');
    expect(loads).toBe(1);
    expect(found.hits.map((h) => h.url)).toContain('/faq/slurm-vs-kubernetes/');
    await engine.search('kubernetes');
    expect(loads).toBe(1);
  });

  it('searches a Latin word as typed when its words fail to load, and retries them later', async () => {
    const { latin, ...core } = lexicon;
    let fail = true;
    const engine = createSearchEngine(fakePagefind().api, core, undefined, () =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(latin ?? {}),
    );
    const typed = await engine.search('Kubernets');
    expect(typed.query.terms).toEqual(['kubernets']);
    fail = false;
    const corrected = await engine.search('Kubernets');
    expect(corrected.hits.map((h) => h.url)).toContain('/faq/slurm-vs-kubernetes/');
  });

  it('respects the limit', async () => {
    const outcome = await createSearchEngine(fakePagefind().api, lexicon).search('工程师 数据', { limit: 1 });
    expect(outcome.hits).toHaveLength(1);
  });
});

describe('a query whose words never meet on one page', () => {
  it('finds the pages that carry one of its words, the single characters only when nothing else is left', async () => {
    // 冷作业: the index has 冷 and 作业, never on one page (the fixture's pages).
    const fake = fakePagefind();
    const outcome = await createSearchEngine(fake.api, lexicon).search('冷作业');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/faq/slurm-vs-kubernetes/']);
    expect(fake.asked).toContain('作业');
    expect(fake.asked).not.toContain('冷');
  });

  it('searches each index word of each form once, never the form itself again', () => {
    const probes = anyWordProbes([
      { text: '电容器', forms: ['电 容器', '电容 容器'], literals: ['电容器'], corrected: false },
      { text: '液度', forms: ['液 度'], literals: ['液度'], corrected: false },
      { text: 'gpu', forms: ['gpu'], literals: ['gpu'], corrected: false },
    ]);
    expect(probes.map((p) => [p.term, p.concepts])).toEqual([
      ['容器', [0]],
      ['电容', [0]],
      ['液', [1]],
      ['度', [1]],
    ]);
  });
});

describe('bad input', () => {
  const inputs: [string, string][] = [
    ['1,000 characters', '数据中心能耗'.repeat(167)],
    ['only punctuation', '？？！！……，。、;:"\'()[]{}'],
    ['only emoji', '🔥🚀😀👍🏽'],
    ['a script tag', '<script>alert("x")</script>'],
    ['HTML around a word', '<img src=x onerror=alert(1)>液冷</img>'],
    ['a pasted URL', 'https://example.org/faq/what-is-pue/?utm=1#top'],
    ['full-width Latin', 'ＰＵＥ'],
    ['mixed case', 'iNfInIbAnD'],
    ['control characters', '\u0000\u0007数据\u202e中心'],
    ['lone surrogates', '\ud800\udc00\ud800液冷'],
  ];

  it.each(inputs)('%s: no throw, bounded number of Pagefind searches', async (_label, input) => {
    const fake = fakePagefind();
    const outcome = await createSearchEngine(fake.api, lexicon).search(input);
    expect(fake.asked.length).toBeLessThanOrEqual(2 * MAX_SEARCHES);
    for (const hit of outcome.hits) expect(PAGES.map((p) => p.url)).toContain(hit.url);
  });

  it('finds the page a pasted URL, full-width or mixed-case query names', async () => {
    const engine = createSearchEngine(fakePagefind().api, lexicon);
    expect((await engine.search('ＰＵＥ')).hits[0]?.url).toBe('/faq/what-is-pue/');
    expect((await engine.search('https://example.org/faq/what-is-pue/')).hits.map((h) => h.url)).toContain(
      '/faq/what-is-pue/',
    );
    expect((await engine.search('kUbErNeTeS')).hits[0]?.url).toBe('/faq/slurm-vs-kubernetes/');
  });

  it('does not search markup as words', async () => {
    const fake = fakePagefind();
    await createSearchEngine(fake.api, lexicon).search('<script>alert(1)</script>');
    expect(fake.asked.join(' ')).not.toMatch(/script|</);
  });
});
