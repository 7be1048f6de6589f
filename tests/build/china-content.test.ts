/**
 * The China content of issue 18 on the built site (`.tmp/site`): every career page's China
 * section (a national occupation or the none-fits statement, credentials recognised in China,
 * the domestic stack, standards and laws, each fact numbered and listed under 来源), the
 * 特种作业操作证 on the facility and technician paths, the domestic-stack skills on the AI
 * infrastructure and ML engineer roadmaps, the standards, laws and policies named and cited, the
 * new FAQ entries linked from careers and starting points, and the energy pages' Chinese frame.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ensureSite, ROOT, SITE_DIR } from '../../tools/site-build.ts';

const load = (path: string): HTMLElement => parse(readFileSync(join(SITE_DIR, path), 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const careerIds = readdirSync(join(ROOT, 'content/careers'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));
/** The FAQ entries issue 18 added. */
const CHINA_FAQ = [
  'east-data-west-computing',
  'china-credentials',
  'electrician-certificate',
  'domestic-compute-stack',
  'china-standards-laws',
];

let references: HTMLElement;
beforeAll(async () => {
  await ensureSite();
  references = load('references/index.html');
}, 300_000);

describe.each(careerIds)('career page %s: China section', (id) => {
  let page: HTMLElement;
  let china: HTMLElement;
  beforeAll(() => {
    page = load(`careers/${id}/index.html`);
    china = page.querySelector('section.china')!;
  });

  it('has its four parts in order, listed in the page contents', () => {
    expect(china, id).not.toBeNull();
    const parts = china.querySelectorAll('h3[id]').map((h) => h.getAttribute('id'));
    expect(parts).toEqual(['china-occupations', 'china-credentials', 'china-stack', 'china-rules']);
    const toc = page.querySelectorAll('.toc nav a').map((a) => a.getAttribute('href'));
    for (const part of ['china', ...parts]) expect(toc).toContain(`#${part}`);
  });

  it('names a national occupation with its code, or says that none fits', () => {
    const occupations = china.querySelectorAll('ul.occupations > li');
    if (occupations.length === 0)
      expect(text(china.querySelector('.none-fits'))).toMatch(/^没有合适的国家职业：.{10,}/);
    for (const li of occupations)
      expect(text(li.querySelector('.code'))).toMatch(/^[1-8]-\d{2}-\d{2}-\d{2}$/);
  });

  it('lists at least one credential recognised in China, each with its kind, and the advice', () => {
    const credentials = china.querySelectorAll('ul.credentials > li');
    expect(credentials.length).toBeGreaterThan(0);
    for (const li of credentials) {
      expect(li.querySelector('a[href^="https://"]'), text(li)).not.toBeNull();
      expect(li.querySelectorAll('.tag').length, text(li)).toBeGreaterThanOrEqual(2);
    }
    expect(text(china.querySelector('.advice'))).toMatch(/^怎么选：.{10,}/);
  });

  it('numbers every fact with a reference that the list and the page’s sources both have', () => {
    const cites = china.querySelectorAll('sup.cite a');
    expect(cites.length).toBeGreaterThan(2);
    const sources = page.querySelectorAll('section.sources li[id]').map((li) => li.getAttribute('id'));
    for (const a of cites) {
      const refId = a.getAttribute('data-cite')!;
      const entry = references.getElementById(`ref-${refId}`);
      expect(entry, refId).not.toBeNull();
      expect(a.textContent).toBe(entry!.getAttribute('value'));
      expect(a.getAttribute('href')).toBe(`/references/#ref-${refId}`);
      expect(sources, refId).toContain(`source-${refId}`);
    }
  });

  it('lists only roadmap skills as its domestic stack', () => {
    const roadmap = page.querySelectorAll('li[data-skill-id] .skill-name').map(text);
    for (const li of china.querySelectorAll('ul.stack > li')) {
      const name = text(li).replace(/\s*(入门|中级|高级|资深)\s*(必备|可选)$/, '');
      expect(roadmap, name).toContain(name);
    }
  });
});

describe('China section across careers', () => {
  it('names the 特种作业操作证 on the facility and technician pages', () => {
    for (const id of ['dc-facilities-engineer', 'dc-operations-technician']) {
      const china = load(`careers/${id}/index.html`).querySelector('section.china')!;
      const kinds = china.querySelectorAll('ul.credentials > li .tag').map(text);
      expect(kinds, id).toContain('特种作业操作证');
      expect(text(china), id).toMatch(/低压电工作业/);
    }
  });

  it('puts domestic-stack skills on the AI infrastructure and ML engineer roadmaps', () => {
    for (const id of ['ai-infrastructure-engineer', 'ml-engineer']) {
      const stack = load(`careers/${id}/index.html`)
        .querySelectorAll('section.china ul.stack > li')
        .map(text);
      expect(stack.length, id).toBeGreaterThan(0);
      expect(stack.join('\n'), id).toMatch(/昇腾|torch_npu|MindSpore/);
    }
  });
});

describe('standards, laws and policy', () => {
  /** Title fragments that must be on the reference list and cited somewhere on the site. */
  const NAMED = [
    ['gb50174-2017', '数据中心设计规范'],
    ['gb40879-2021', '数据中心能效限定值及能效等级'],
    ['gbt22239-2019', '网络安全等级保护基本要求'],
    ['dsl2021', '中华人民共和国数据安全法'],
    ['ndrc-dsxs-2022', '东数西算'],
    ['ndrc-green-dc-2024', '数据中心绿色低碳发展专项行动计划'],
    ['genai-measures-2023', '生成式人工智能服务管理暂行办法'],
  ] as const;

  it.each(NAMED)('lists %s on the reference list and cites it from a page', (refId, title) => {
    const entry = references.getElementById(`ref-${refId}`);
    expect(text(entry)).toContain(title);
    const pages = [
      ...careerIds.map((id) => `careers/${id}/index.html`),
      ...CHINA_FAQ.map((id) => `faq/${id}/index.html`),
    ];
    const citing = pages.filter((p) => load(p).querySelector(`sup.cite a[href="/references/#ref-${refId}"]`));
    expect(citing.length, refId).toBeGreaterThan(0);
  });
});

describe('China FAQ entries', () => {
  it('builds the new entries, each linked from a career page and named by a starting point', () => {
    const paths = JSON.parse(readFileSync(join(SITE_DIR, 'plan/paths.json'), 'utf8')) as {
      starts: { faq: string[] }[];
    };
    const startFaq = new Set(paths.starts.flatMap((s) => s.faq));
    for (const id of CHINA_FAQ) {
      expect(text(load(`faq/${id}/index.html`).querySelector('h1')), id).not.toBe('');
      const linked = careerIds.some((c) =>
        load(`careers/${c}/index.html`).querySelector(`#related-faq ~ ul a[href="/faq/${id}/"]`),
      );
      expect(linked, id).toBe(true);
      expect(startFaq.has(id), id).toBe(true);
    }
  });

  it('works a PUE example with dates on every survey figure, and gives the Chinese targets beside ISO and the EU', () => {
    const pue = text(load('faq/what-is-pue/index.html').querySelector('main'));
    expect(pue).toContain('PUE = 1400 ÷ 1000 = 1.4');
    expect(pue).toMatch(/截至 2023 年的 Uptime Institute 调查|截至 2023 年的调查/);
    for (const named of ['GB 40879—2021', '1.5 以下', '1.25 以下', 'ISO/IEC 30134-2', '欧盟'])
      expect(pue).toContain(named);
  });

  it('gives the ASHRAE class for high-density equipment beside the general range', () => {
    const energy = text(load('faq/dc-energy-reduction/index.html').querySelector('main'));
    expect(energy).toMatch(/H1.{0,30}18–22 °C/);
    expect(energy).toContain('18–27 °C');
  });
});
