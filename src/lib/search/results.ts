/**
 * What a result shows beside its title: a plain-text excerpt and sub-results (the headings and
 * list entries that carry the query), from a page's Pagefind fragment or, for a deferred page,
 * from its summary. Matches inside the list sections that end FAQ and career pages (sources,
 * resources, related pages: `listSectionId` in lib/site.ts) are never sub-results. Pure.
 */
import { listSectionId } from '../site.ts';
import { truncate } from '../text/truncate.ts';
import type { Concept } from './analyze.ts';
import { carriesConcept, compact } from './rank.ts';
import type { PagefindResultData, SearchHit } from './types.ts';

/** Sub-results shown per page at most. */
const MAX_SUB_RESULTS = 3;
/** A list entry's title and excerpt as a sub-result, in characters. */
const ENTRY_TITLE_CHARS = 80;
const ENTRY_EXCERPT_CHARS = 200;

const LIST_SECTIONS: ReadonlySet<string> = new Set(Object.values(listSectionId));

/** Pagefind's HTML excerpt as plain text. */
export function plainExcerpt(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200B/g, '')
    .trim();
}

/**
 * Sub-results of a page shown without its text (`deferred`): its headings that carry one of the
 * query's concepts as typed (or all parts of one of its forms), in page order, at most 3.
 */
export function headingSubResults(
  concepts: Concept[],
  url: string,
  headings: readonly (readonly [string, string])[],
): SearchHit['subResults'] {
  const out: SearchHit['subResults'] = [];
  for (const [id, text] of headings) {
    if (LIST_SECTIONS.has(id)) continue;
    const heading = compact(text);
    if (concepts.some((c) => carriesConcept(c, heading)))
      out.push({ title: text, url: `${url}#${id}`, excerpt: text });
    if (out.length === MAX_SUB_RESULTS) break;
  }
  return out;
}

/**
 * Sub-results of a loaded page: Pagefind's heading sub-results, and before them each list entry
 * with its own id that holds a matched word (the reference list's entries), most matches first.
 */
export function fragmentSubResults(data: PagefindResultData): SearchHit['subResults'] {
  const pageUrl = data.url.split('#')[0] ?? data.url;
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const sectionOf = (location: number) => {
    let section: string | undefined;
    for (const a of anchors) if (a.location <= location && /^h[2-6]$/i.test(a.element)) section = a.id;
    return section;
  };
  const inListSection = (location: number) => LIST_SECTIONS.has(sectionOf(location) ?? '');
  const out: SearchHit['subResults'] = [];
  for (const sub of data.sub_results) {
    const id = sub.url.split('#')[1];
    if (!id || sub.url.split('#')[0] !== pageUrl) continue;
    if (LIST_SECTIONS.has(id) || inListSection(sub.locations[0] ?? -1)) continue;
    out.push({ title: sub.title, url: sub.url, excerpt: plainExcerpt(sub.excerpt) });
  }
  // List entries with their own id (the reference list): each one a sub-result of its own, its
  // text read from the page's words between its anchor and the next (Pagefind keeps no text
  // for anchors that are not headings).
  const words = (data.raw_content ?? '').split('\u200B');
  const locations = data.locations;
  const entries: { sub: SearchHit['subResults'][number]; matches: number; at: number }[] = [];
  anchors.forEach((anchor, i) => {
    if (anchor.element.toLowerCase() !== 'li') return;
    const end = anchors[i + 1]?.location ?? Infinity;
    if (inListSection(anchor.location)) return;
    const matches = locations.filter((l) => l >= anchor.location && l < end).length;
    if (matches === 0) return;
    const text = plainExcerpt(
      anchor.text || words.slice(anchor.location, Math.min(end, anchor.location + 80)).join(''),
    )
      .replace(/\s+/g, ' ')
      .replace(/ ([.,;:)）])/g, '$1')
      .trim();
    if (!text) return;
    const sub = {
      title: truncate(text, ENTRY_TITLE_CHARS),
      url: `${pageUrl}#${anchor.id}`,
      excerpt: truncate(text, ENTRY_EXCERPT_CHARS),
    };
    entries.push({ sub, matches, at: anchor.location });
  });
  // The entries with most matched words first (an author and a title beat a word in a note).
  entries.sort((a, b) => b.matches - a.matches || a.at - b.at);
  out.unshift(...entries.map((e) => e.sub));
  return out.slice(0, MAX_SUB_RESULTS);
}
