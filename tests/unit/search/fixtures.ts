/**
 * A small index for the search unit tests, in the shape Pagefind writes it (Chinese split
 * finely by U+200B, as charabia's jieba does), and a fake of Pagefind's browser API with its
 * matching rules: every query word must match, a query word matches index words that start
 * with it, or else the longest index word it starts with.
 */
import { buildLexicon, type IndexedPage } from '../../../src/lib/search/build/lexicon.ts';
import type { PagefindApi, PagefindResultData } from '../../../src/lib/search/types.ts';

const Z = '\u200B';
const zh = (...words: string[]) => words.join(Z);

export interface FakePage extends IndexedPage {
  url: string;
  title: string;
  anchors?: PagefindResultData['anchors'];
}

export const PAGES: FakePage[] = [
  {
    id: 'p-energy',
    url: '/faq/dc-energy-reduction/',
    title: '如何降低 AI 大模型应用的数据中心能耗？',
    type: 'FAQ',
    meta: {},
    content: `${zh('如何', '降低', 'AI')} ${zh('大', '模型', '应用', '的', '数据', '中心', '能', '耗', '？')} ${zh('液', '冷', '和', '提高', '电能', '利用', '效率')} PUE`,
  },
  {
    id: 'p-pue',
    url: '/faq/what-is-pue/',
    title: 'PUE 是什么？数值多少算好？',
    type: 'FAQ',
    meta: {},
    content: `PUE ${zh('是', '什么', '？', '数值', '多少', '算', '好', '？', '总', '能', '耗', '除以', 'IT', '设备', '能', '耗')}`,
  },
  {
    id: 'p-k8s',
    url: '/faq/slurm-vs-kubernetes/',
    title: 'Slurm 和 Kubernetes 在 AI 集群中各做什么？',
    type: 'FAQ',
    meta: {},
    content: `Slurm ${zh('和')} Kubernetes ${zh('在')} AI ${zh('集群', '中', '各', '做', '什么', '？', '调度', '作业', '与', '容器')}`,
    anchors: [
      { element: 'h2', id: 'scheduling', text: '调度', location: 12 },
      { element: 'h2', id: 'sources', text: '来源', location: 15 },
    ],
  },
  {
    id: 'p-data',
    url: '/careers/data-engineer/',
    title: '数据工程师',
    type: '职业',
    meta: { role: '数据工程师', roleEn: 'Data Engineer', aliases: '大数据工程师、ETL 工程师' },
    content: `${zh('数据', '工程', '师')} Data Engineer ${zh('又', '称', '大数', '据', '工程', '师')} ETL ${zh('工程', '师', '管道', '算法')}`,
  },
  {
    id: 'p-refs',
    url: '/references/',
    title: '参考文献',
    type: '参考文献',
    meta: {},
    content: `${zh('参考', '文献')} Ian Goodfellow Deep Learning Kaiming He Deep Residual Learning`,
    anchors: [
      {
        element: 'li',
        id: 'ref-goodfellow2016',
        text: 'Ian Goodfellow. Deep Learning. MIT Press, 2016.',
        location: 2,
      },
      {
        element: 'li',
        id: 'ref-he2016',
        text: 'Kaiming He. Deep Residual Learning. CVPR, 2016.',
        location: 6,
      },
    ],
  },
];

export const lexicon = buildLexicon({
  pages: PAGES.map((page) => ({ ...page, meta: { title: page.title, ...page.meta } })),
  stopwords: [
    '怎么',
    '怎样',
    '如何',
    '什么',
    '有什么',
    '区别',
    '哪些',
    '是',
    '能',
    '和',
    '做',
    '我',
    '哪里',
    'what',
    'is',
    'how',
  ],
  particles: ['吗', '呢', '的', '了'],
  questions: ['怎么', '怎样', '如何', '什么', '有什么', '区别', '哪些', '哪里', '吗', '呢', 'what', 'how'],
  definitions: ['是什么', '什么是', 'what'],
  places: ['哪里'],
  aka: new Map([['/references/', ['论文']]]),
  readerWords: [{ words: ['码农', '程序员'], means: ['工程师'] }],
  synonyms: [
    ['IB', 'InfiniBand'],
    ['容器编排', 'Kubernetes', 'K8s'],
    ['节能', '省电', '降低能耗'],
  ],
});

const words = (content: string) =>
  content
    .split(/[\s\u200B]+/)
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);

/** A fake `PagefindApi` over `pages`, recording every query it is asked. */
export function fakePagefind(pages: FakePage[] = PAGES) {
  const asked: string[] = [];
  /** Words preloaded (`preload`), in order, each as `preload:<word>` beside the searches in `calls`. */
  const calls: string[] = [];
  /** Result ids whose data (fragment) was loaded, in order. */
  const loaded: string[] = [];
  const options: Record<string, unknown>[] = [];
  let inits = 0;
  const api: PagefindApi = {
    options: (o) => {
      options.push(o);
      return Promise.resolve();
    },
    init: () => {
      inits++;
      return Promise.resolve();
    },
    filters: () => Promise.resolve({}),
    preload: (term) => {
      calls.push(`preload:${term}`);
      return Promise.resolve();
    },
    search: (term) => {
      asked.push(term ?? '');
      calls.push(term ?? '');
      const terms = (term ?? '').split(' ').filter(Boolean);
      const results = pages
        .map((page) => {
          const tokens = words(page.content);
          const locations: number[] = [];
          for (const t of terms) {
            let found = tokens.flatMap((w, i) => (w.startsWith(t) ? [i] : []));
            if (found.length === 0) {
              const prefix = tokens.filter((w) => t.startsWith(w)).sort((a, b) => b.length - a.length)[0];
              found = prefix ? tokens.flatMap((w, i) => (w === prefix ? [i] : [])) : [];
            }
            if (found.length === 0) return undefined;
            locations.push(...found);
          }
          const data: PagefindResultData = {
            url: page.url,
            excerpt: `…<mark>${page.title}</mark> &amp; more`,
            content: page.content.replace(/\u200B/g, ''),
            word_count: tokens.length,
            meta: { title: page.title },
            filters: { 类型: [page.type] },
            sub_results: (page.anchors ?? [])
              .filter((a) => a.element.startsWith('h'))
              .map((a) => ({
                title: a.text ?? '',
                url: `${page.url}#${a.id}`,
                excerpt: a.text ?? '',
                locations: locations.filter((l) => l >= a.location),
              })),
            locations: locations.sort((a, b) => a - b),
            anchors: page.anchors ?? [],
          };
          return {
            id: page.id,
            score: locations.length / tokens.length,
            words: locations,
            data: () => {
              loaded.push(page.id);
              return Promise.resolve(data);
            },
          };
        })
        .filter((r) => r !== undefined)
        .sort((a, b) => b.score - a.score);
      return Promise.resolve({ results, filters: {}, unfilteredResultCount: results.length });
    },
  };
  return { api, asked, calls, loaded, options, inits: () => inits };
}
