/**
 * Typed access to the content collections, sorted the way pages show them, and the
 * citation index that links every reference back to the places that cite it.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sourceAnchor, type CitationSite } from '../lib/citations/citations.ts';
import { section, url } from '../lib/site.ts';
import { loadSkillVocabulary, loadStartingPoints } from './skills.ts';
import { careerSourceIds } from '../lib/careers/china.ts';

export type ArticleEntry = CollectionEntry<'article'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type CareerEntry = CollectionEntry<'careers'>;
export type ReferenceEntry = CollectionEntry<'references'>;

/**
 * Memoises a collection query for the whole build: every page asks for the sorted lists, and
 * sorting them again per page made build time grow with pages × entries. In `astro dev` content
 * changes while the server runs, so nothing is cached there.
 */
function once<T>(query: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= query()) : query());
}

/** The site's article (the first entry of `content/article/`). */
export async function getArticle(): Promise<ArticleEntry> {
  const [article] = await getCollection('article');
  if (!article) throw new Error('content/article/: no article found (expected one .mdx file)');
  return article;
}

/** FAQ entries in display order (`order`, then id). */
export const getFaqs = once(async (): Promise<FaqEntry[]> =>
  (await getCollection('faq')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
);

/** Career paths, grouped by area then by Chinese role name. */
export const getCareers = once(async (): Promise<CareerEntry[]> => {
  const areaOrder = ['infrastructure', 'operations', 'ml', 'data'];
  return (await getCollection('careers')).sort(
    (a, b) =>
      areaOrder.indexOf(a.data.area) - areaOrder.indexOf(b.data.area) ||
      a.data.role.localeCompare(b.data.role, 'zh-CN'),
  );
});

/** References in file order; `order` is the number shown in citations. */
export const getReferences = once(async (): Promise<ReferenceEntry[]> =>
  (await getCollection('references')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0)),
);

/** A place that cites a reference, for the references page's back links. */
export interface CitedAt {
  /** Where the citation is, e.g. "文章" or "常见问题：…". */
  label: string;
  /** Link to the citation's anchor. */
  href: string;
}

/** Inline citations recorded by the remark plugin for one entry. */
async function inlineCitations(entry: ArticleEntry | FaqEntry | CareerEntry): Promise<CitationSite[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  return (remarkPluginFrontmatter['citations'] as CitationSite[] | undefined) ?? [];
}

/** Map from reference id to every place citing it: inline `[@id]` and frontmatter `citations`. */
export async function getCitationIndex(): Promise<Map<string, CitedAt[]>> {
  const index = new Map<string, CitedAt[]>();
  const add = (refId: string, at: CitedAt) => {
    const list = index.get(refId) ?? [];
    list.push(at);
    index.set(refId, list);
  };
  const article = await getArticle();
  for (const site of await inlineCitations(article)) {
    // Citations the editors added to the seed text are listed apart from the editor's notes';
    // mentions ([!@id]) apart from both: they point at the entry without relying on it.
    const label = site.mention
      ? `${section('article').label}（仅提及）`
      : site.editorial
        ? `${section('article').label}（编者加注）`
        : section('article').label;
    add(site.refId, { label, href: url.article(site.anchor) });
  }
  for (const faq of await getFaqs()) {
    const label = `${section('faq').label}：${faq.data.question}`;
    for (const site of await inlineCitations(faq))
      add(site.refId, { label, href: url.faq(faq.id, site.anchor) });
    for (const refId of faq.data.citations) add(refId, { label, href: url.faq(faq.id, sourceAnchor(refId)) });
  }
  for (const career of await getCareers()) {
    const label = `${section('careers').label}：${career.data.role}`;
    for (const site of await inlineCitations(career)) {
      add(site.refId, { label, href: url.career(career.id, site.anchor) });
    }
    for (const refId of careerSourceIds(career.data.citations, career.data.china)) {
      add(refId, { label, href: url.career(career.id, sourceAnchor(refId)) });
    }
  }
  return index;
}

/** Citing places grouped by label, in first-seen order: "文章 ↩1 ↩2；常见问题：… ↩". */
export function groupCitedAt(sites: CitedAt[]): { label: string; hrefs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const site of sites) {
    const hrefs = groups.get(site.label) ?? [];
    if (!hrefs.includes(site.href)) hrefs.push(site.href);
    groups.set(site.label, hrefs);
  }
  return [...groups].map(([label, hrefs]) => ({ label, hrefs }));
}

export type SkillConceptEntry = CollectionEntry<'skills'>;
export type StartingPointEntry = CollectionEntry<'startingPoints'>;

/** Sorts entries of a YAML list collection back into file order. */
const inFileOrder = <T extends { id: string }>(entries: T[], ids: ReadonlySet<string>): T[] => {
  const order = [...ids];
  return entries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
};

/** The skill vocabulary (`content/skills.yaml`) in file order. */
export const getSkillConcepts = once(async (): Promise<SkillConceptEntry[]> =>
  inFileOrder(await getCollection('skills'), loadSkillVocabulary().ids),
);

/** The picker's starting points (`content/starting-points.yaml`) in file order. */
export const getStartingPoints = once(async (): Promise<StartingPointEntry[]> =>
  inFileOrder(await getCollection('startingPoints'), loadStartingPoints().ids),
);
