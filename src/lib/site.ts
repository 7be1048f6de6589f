/**
 * Facts about the site's structure in one place: its name, its sections (path, Chinese label,
 * search type, navigation order) and every internal URL. Pages and components build links with
 * `url.*` instead of typing paths, so a path changes here only. Pure: no Astro, DOM or fs.
 */
import { noteAnchor, referenceAnchor } from './citations/citations.ts';

/** The site's name, as the header, the home page title and Open Graph show it. */
export const SITE_NAME = 'AI 大模型与数据中心职业指南';

/** Name of the Pagefind filter that holds a page's search type (`data-pagefind-filter`). */
export const SEARCH_FILTER = '类型';

/**
 * Built pages kept out of the search index, by path, each with the reason. Every other HTML page
 * is indexed (`search` on BaseLayout); tests/build/search-coverage.test.ts fails on a page that is
 * neither indexed nor listed here.
 */
export const searchExcludedPages: Readonly<Record<string, string>> = {
  '/':
    'The front page only introduces the sections (each found by its own pages) and repeats the ' +
    'role picker of the careers index; the site name links to it from every page.',
  '/404.html':
    'Served for any missing address (noindex), not a page a reader looks for; it offers search itself.',
  '/offline/':
    'The service worker answers with it when a page is not saved and there is no network (noindex, ' +
    'nothing links to it); its saved-pages list is written on the device, not in the built page.',
};

/**
 * Ids of the sections that close FAQ and career pages with lists: their sources, learning
 * resources and related pages. The pages write these ids from here, and search shows no
 * sub-result inside them (a match there is a cited title or a link, not the page's answer).
 */
export const listSectionId = {
  sources: 'sources',
  resources: 'resources',
  relatedFaq: 'related-faq',
  relatedCareers: 'related-careers',
} as const;

/**
 * Query parameter that opens the site search with a query on any page (`/?q=GPU`): the 404
 * page's search form submits it, and `<dc-search>` reads it.
 */
export const SEARCH_PARAM = 'q';

/** A top-level section of the site. */
export interface Section {
  /** Stable key used in code (`section="faq"`). */
  id: string;
  /** Path of the section's index page, with the trailing slash the site uses. */
  path: `/${string}/`;
  /** Chinese label in the navigation and breadcrumbs. */
  label: string;
  /**
   * Value of the search filter (`类型`) for the section's indexed pages; sections without one
   * are left out of search.
   */
  searchType?: string;
}

/** The sections in navigation order. */
export const sections = [
  { id: 'article', path: '/article/', label: '文章', searchType: '文章' },
  { id: 'careers', path: '/careers/', label: '职业', searchType: '职业' },
  // The reader's own page (picker choice, plan, progress): found by its name, under 职业.
  { id: 'plan', path: '/plan/', label: '我的计划', searchType: '职业' },
  { id: 'faq', path: '/faq/', label: '常见问题', searchType: '常见问题' },
  { id: 'demos', path: '/demos/', label: '演示', searchType: '演示' },
  { id: 'playground', path: '/playground/', label: '训练场', searchType: '训练场' },
  { id: 'references', path: '/references/', label: '参考文献', searchType: '参考文献' },
] as const satisfies readonly Section[];

/** Key of a section (`'article' | 'careers' | …`). */
export type SectionId = (typeof sections)[number]['id'];

/** The section with key `id`. */
export function section(id: SectionId): Section {
  const found = sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`unknown section "${String(id)}"`);
  return found;
}

/** The section a URL path belongs to (its index page or any page below it), if any. */
export function sectionOfPath(pathname: string): Section | undefined {
  return sections.find((s) => pathname === s.path || pathname.startsWith(s.path));
}

/** One step of a breadcrumb trail; the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * Breadcrumbs after 首页 for a page of `sectionId`: the section alone on its index page, or the
 * section (linked) then `current` on a page below it.
 */
export function breadcrumbs(sectionId: SectionId, current?: string): Crumb[] {
  const s = section(sectionId);
  return current === undefined
    ? [{ label: s.label }]
    : [{ label: s.label, href: s.path }, { label: current }];
}

/** `path` with `#anchor` appended when an anchor is given. */
function withAnchor(path: string, anchor: string | undefined): string {
  return anchor === undefined ? path : `${path}#${anchor}`;
}

/** Every internal URL of the site. Ids are content ids (file names); anchors are element ids. */
export const url = {
  /** The home page. */
  home: (): string => '/',
  /** The article, or an anchor inside it. */
  article: (anchor?: string): string => withAnchor(section('article').path, anchor),
  /** The errata summary at the top of the article. */
  errata: (): string => withAnchor(section('article').path, 'errata'),
  /** The careers index, or an anchor inside it (e.g. the transitions map). */
  careers: (anchor?: string): string => withAnchor(section('careers').path, anchor),
  /** One career's page, or an anchor inside it. */
  career: (id: string, anchor?: string): string => withAnchor(`${section('careers').path}${id}/`, anchor),
  /** The FAQ index. */
  faqs: (): string => section('faq').path,
  /** One FAQ entry's page, or an anchor inside it. */
  faq: (id: string, anchor?: string): string => withAnchor(`${section('faq').path}${id}/`, anchor),
  /** The personal plan, optionally with a plan hash (`#v1&to=…`, see careers/plan-hash.ts). */
  plan: (hash = ''): string => `${section('plan').path}${hash}`,
  /** The data the role picker and the plan compute with (JSON, see careers/paths.ts). */
  pathsData: (): string => `${section('plan').path}paths.json`,
  /** Learning resources per skill concept for the picker and the plan (JSON, see careers/resources.ts). */
  skillResources: (): string => `${section('plan').path}resources.json`,
  /** The demos page. */
  demos: (): string => section('demos').path,
  /** The playground (training in the browser), optionally with a settings query such as `?seed=1`. */
  playground: (query = ''): string => `${section('playground').path}${query}`,
  /** The reference list. */
  references: (): string => section('references').path,
  /** One reference's entry on the reference list. */
  reference: (id: string): string => withAnchor(section('references').path, referenceAnchor(id)),
  /** A reference's verification note (what was checked) on the notes page. */
  referenceNote: (id: string): string => withAnchor(`${section('references').path}notes/`, noteAnchor(id)),
  /**
   * A reference exported as BibTeX (`bib`), RIS (`ris`) or CSL-JSON (`json`); without an id, the
   * whole list. Written after the build by `integrations/reference-exports.ts`.
   */
  referenceExport: (format: 'bib' | 'ris' | 'json', id?: string): string =>
    id === undefined
      ? `${section('references').path}references.${format}`
      : `${section('references').path}export/${id}.${format}`,
  /** The sitemap index written by @astrojs/sitemap. */
  sitemap: (): string => '/sitemap-index.xml',
  /** The service worker written by the build (src/integrations/service-worker.ts). */
  serviceWorker: (): string => '/sw.js',
  /** The page the service worker shows for a page not saved when the reader is offline. */
  offline: (): string => '/offline/',
  /** The web app manifest (pages/manifest.webmanifest.ts). */
  webManifest: (): string => '/manifest.webmanifest',
  /** An app icon written by tools/make-icons.ts into public/icons/. */
  icon: (name: string): string => `/icons/${name}`,
} as const;

/**
 * The public origin the site is deployed at, from `$SITE_URL`: an absolute http(s) URL, or
 * undefined when unset or empty (a local build: no canonical links, Open Graph URLs or sitemap,
 * since no absolute URL would be true). Throws on anything else, so a typo fails the build.
 */
export function parseSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://example.org, not ${JSON.stringify(value)}`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  return parsed.origin;
}
