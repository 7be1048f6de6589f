import { describe, expect, it } from 'vitest';
import {
  SITE_NAME,
  breadcrumbs,
  parseSiteUrl,
  section,
  sectionOfPath,
  sections,
  url,
} from '../../../src/lib/site.ts';

describe('sections', () => {
  it('lists the navigation in order with unique ids and paths', () => {
    expect(sections.map((s) => [s.id, s.path, s.label])).toEqual([
      ['article', '/article/', '文章'],
      ['careers', '/careers/', '职业'],
      ['plan', '/plan/', '我的计划'],
      ['faq', '/faq/', '常见问题'],
      ['demos', '/demos/', '演示'],
      ['playground', '/playground/', '训练场'],
      ['references', '/references/', '参考文献'],
    ]);
  });

  it('gives a search type to every section (the demos page, the playground and the plan are indexed)', () => {
    expect(sections.every((s) => s.searchType.length > 0)).toBe(true);
    expect(section('demos').searchType).toBe('演示');
    expect(section('playground').searchType).toBe('训练场');
    expect(section('faq').searchType).toBe('常见问题');
  });
});

describe('sectionOfPath', () => {
  it.each([
    ['/faq/', 'faq'],
    ['/faq/what-is-a-gpu/', 'faq'],
    ['/careers/network-engineer/', 'careers'],
    ['/references/', 'references'],
    ['/', undefined],
    ['/404/', undefined],
    ['/faqs/', undefined],
  ])('%s → %s', (path, id) => expect(sectionOfPath(path)?.id).toBe(id));
});

describe('breadcrumbs', () => {
  it('shows the section alone on its index page and links it from a page below', () => {
    expect(breadcrumbs('careers')).toEqual([{ label: '职业' }]);
    expect(breadcrumbs('faq', '什么是 GPU？')).toEqual([
      { label: '常见问题', href: '/faq/' },
      { label: '什么是 GPU？' },
    ]);
  });
});

describe('url', () => {
  it('builds every page URL with the trailing slash the build uses', () => {
    expect(url.home()).toBe('/');
    expect(url.article()).toBe('/article/');
    expect(url.careers()).toBe('/careers/');
    expect(url.career('hpc-engineer')).toBe('/careers/hpc-engineer/');
    expect(url.faqs()).toBe('/faq/');
    expect(url.faq('gpu')).toBe('/faq/gpu/');
    expect(url.demos()).toBe('/demos/');
    expect(url.references()).toBe('/references/');
    expect(url.sitemap()).toBe('/sitemap-index.xml');
    expect(url.plan()).toBe('/plan/');
    expect(url.plan('#v1&to=a')).toBe('/plan/#v1&to=a');
    expect(url.pathsData()).toBe('/plan/paths.json');
    expect(url.skillResources()).toBe('/plan/resources.json');
  });

  it('appends anchors, including the reference list entry and the errata summary', () => {
    expect(url.reference('slurm-gres')).toBe('/references/#ref-slurm-gres');
    expect(url.faq('gpu', 'source-x')).toBe('/faq/gpu/#source-x');
    expect(url.career('a', 'cite-x-1')).toBe('/careers/a/#cite-x-1');
    expect(url.article('cite-y-2')).toBe('/article/#cite-y-2');
    expect(url.errata()).toBe('/article/#errata');
  });

  it('puts every page below its section', () => {
    expect(sectionOfPath(url.career('a'))?.id).toBe('careers');
    expect(sectionOfPath(url.faq('a'))?.id).toBe('faq');
  });
});

describe('SITE_NAME', () => {
  it('is the one spelling of the name', () => {
    expect(SITE_NAME).toBe('AI 大模型与数据中心职业指南');
  });
});

describe('parseSiteUrl', () => {
  it('treats unset or blank as "no public URL"', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it('keeps the origin of an http(s) URL', () => {
    expect(parseSiteUrl('https://example.org')).toBe('https://example.org');
    expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(parseSiteUrl(' http://example.org:8080/ ')).toBe('http://example.org:8080');
  });

  it('fails on anything else, quoting the value', () => {
    expect(() => parseSiteUrl('example.org')).toThrow(
      'SITE_URL must be an absolute URL such as https://example.org, not "example.org"',
    );
    expect(() => parseSiteUrl('ftp://example.org')).toThrow('SITE_URL must be an http(s) URL');
  });
});
