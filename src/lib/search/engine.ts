/**
 * The search engine over Pagefind's browser API: query analysis (`analyze.ts`), a strict search
 * (every concept on the page, each in any of its forms), relaxed searches when that finds little
 * (each concept alone; pages ranked by how many concepts they match), then a re-ranking of the
 * best pages by what Pagefind's bag of index words cannot see: the typed words as phrases in the
 * title and the text. Pure: Pagefind and the lexicon are passed in.
 */
import type { SearchLexicon, SearchSummary } from '../../schemas/search.ts';
import { analyzeQuery, conceptWeight, type Concept } from './analyze.ts';
import { prepareLexicon } from './lexicon.ts';
import type {
  PagefindApi,
  PagefindResultData,
  SearchEngine,
  SearchHit,
  SearchOptions,
  SearchOutcome,
} from './types.ts';

/**
 * Pagefind ranking: page length counts little (the article and the reference list are long but
 * are the right answer for their words), and a query word prefers index words of its own length
 * (算 should find 算, not 算法 or 算力).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 40,
  ranking: { pageLength: 0.4, termSimilarity: 3, termSaturation: 1.2, termFrequency: 0.8 },
} as const;

/** A strict search with fewer pages than this also runs the relaxed searches. */
const RELAX_BELOW = 3;
/**
 * Rank points for matching every concept (a page matching concepts worth half the query's
 * weight gets half). Missing a weak concept costs less than a title match earns.
 */
const COVERAGE_WEIGHT = 5;
/**
 * Pages whose text (Pagefind's fragment) is loaded to re-rank them and to show them. Each
 * fragment is a download on the first search (1–16 KB compressed), and the first search must stay
 * within 110 KB: the ten bench queries loaded 23–56 KB of fragments at depth 10 (README, Search).
 * Pages below this depth are loaded only when more are asked for (`limit`), re-ranked among
 * themselves and shown after these, so the first hits stay the same.
 */
export const RERANK_DEPTH = 4;
/**
 * Least text bonus of a page shown without its text (`deferred` in the lexicon: the article and
 * the reference list, whose fragments would be 18 and 8 KB of a first search): a long page that
 * Pagefind found carries the query's words, so it gets at least the bonus for all concepts as
 * phrases; its summary (headings, entries) may earn the one for a verbatim multi-word query.
 */
const DEFERRED_TEXT_BONUS = 1;
/** At most this many Pagefind searches per query (bounded work). */
export const MAX_SEARCHES = 16;
/** Section ids whose matches are not shown as sub-results (source and resource lists). */
const LIST_SECTION_IDS: readonly string[] = ['sources', 'resources', 'related-faq', 'related-careers'];

interface Candidate {
  id: string;
  score: number;
  matched: Set<number>;
  data: () => Promise<PagefindResultData>;
  rank: number;
  loaded?: PagefindResultData;
}

/** A Pagefind query: its text, which concepts it covers, and how much its score counts. */
interface Probe {
  term: string;
  concepts: number[];
  weight: number;
}

/** Strict probes: all concepts in their first form, then each alternative form swapped in. */
function strictProbes(concepts: Concept[]): Probe[] {
  const all = concepts.map((_, i) => i);
  const primary = concepts.map((c) => c.forms[0] ?? '');
  const probes: Probe[] = [{ term: primary.join(' '), concepts: all, weight: 1 }];
  concepts.forEach((concept, i) => {
    concept.forms.slice(1).forEach((form) => {
      const terms = [...primary];
      terms[i] = form;
      probes.push({ term: terms.join(' '), concepts: all, weight: concept.corrected ? 1 : 0.8 });
    });
  });
  return probes;
}

function relaxedProbes(concepts: Concept[]): Probe[] {
  return concepts.flatMap((concept, i) =>
    concept.forms.map((form, k) => ({
      term: form,
      concepts: [i],
      weight: k === 0 || concept.corrected ? 1 : 0.8,
    })),
  );
}

/** Text reduced to letters and digits, lower case: phrases compare across spacing and punctuation. */
const compact = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

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
 * The parts of a Pagefind form that must stand as written: its words, with neighbouring single
 * characters joined (降低 能 耗 → 降低, 能耗), since a lone character is found inside any word.
 */
export function formParts(form: string): string[] {
  const parts: string[] = [];
  let singles = '';
  for (const word of form.split(' ')) {
    if ([...word].length === 1) singles += word;
    else {
      if (singles) parts.push(singles);
      singles = '';
      parts.push(word);
    }
  }
  if (singles) parts.push(singles);
  return parts;
}

/**
 * How well a page's title carries the query's concepts as typed (phrases), between 0 and 3:
 * Pagefind matches index words one by one, so 能耗 also finds pages with 能力 and 消耗; a page
 * with 能耗 itself in its title is the better answer. Concepts count by their weight.
 */
export function titleBonus(concepts: Concept[], rawTitle: string, normalizedQuery: string): number {
  if (concepts.length === 0) return 0;
  const title = compact(rawTitle);
  let inTitle = 0;
  let total = 0;
  for (const concept of concepts) {
    const weight = conceptWeight(concept);
    total += weight;
    if (concept.literals.some((l) => title.includes(compact(l)))) inTitle += weight;
    // All parts of a form in the title, not side by side (降低能耗 in 如何降低…能耗): most of the credit.
    else if (concept.forms.some((f) => formParts(f).every((w) => title.includes(w)))) inTitle += 0.7 * weight;
  }
  const whole = compact(concepts.map((c) => c.text).join(''));
  const exact = whole.length > 1 && (title === whole || title.includes(compact(normalizedQuery))) ? 1 : 0;
  return (2 * inTitle) / total + exact;
}

/**
 * How well a page's text carries the concepts as typed, between 0 and 2: the share of concept
 * weight found as phrases, plus 1 when a multi-word query stands verbatim (a paper title).
 */
export function textBonus(concepts: Concept[], content: string, normalizedQuery: string): number {
  if (concepts.length === 0) return 0;
  const text = compact(content);
  let inText = 0;
  let total = 0;
  for (const concept of concepts) {
    const weight = conceptWeight(concept);
    total += weight;
    if (concept.literals.some((l) => text.includes(compact(l)))) inText += weight;
  }
  return inText / total + (concepts.length > 1 && text.includes(compact(normalizedQuery)) ? 1 : 0);
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
    if (LIST_SECTION_IDS.includes(id)) continue;
    const heading = compact(text);
    const carries = concepts.some(
      (c) =>
        c.literals.some((l) => compact(l).length > 0 && heading.includes(compact(l))) ||
        c.forms.some((f) => formParts(f).every((w) => heading.includes(w))),
    );
    if (carries) out.push({ title: text, url: `${url}#${id}`, excerpt: text });
    if (out.length === 3) break;
  }
  return out;
}

function subResults(data: PagefindResultData): SearchHit['subResults'] {
  const pageUrl = data.url.split('#')[0] ?? data.url;
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const sectionOf = (location: number) => {
    let section: string | undefined;
    for (const a of anchors) if (a.location <= location && /^h[2-6]$/i.test(a.element)) section = a.id;
    return section;
  };
  const out: SearchHit['subResults'] = [];
  for (const sub of data.sub_results) {
    const id = sub.url.split('#')[1];
    if (!id || sub.url.split('#')[0] !== pageUrl) continue;
    if (LIST_SECTION_IDS.includes(id) || LIST_SECTION_IDS.includes(sectionOf(sub.locations[0] ?? -1) ?? ''))
      continue;
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
    if (LIST_SECTION_IDS.includes(sectionOf(anchor.location) ?? '')) return;
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
      title: text.length > 80 ? `${text.slice(0, 79)}…` : text,
      url: `${pageUrl}#${anchor.id}`,
      excerpt: text.length > 200 ? `${text.slice(0, 199)}…` : text,
    };
    entries.push({ sub, matches, at: anchor.location });
  });
  // The entries with most matched words first (an author and a title beat a word in a note).
  entries.sort((a, b) => b.matches - a.matches || a.at - b.at);
  out.unshift(...entries.map((e) => e.sub));
  return out.slice(0, 3);
}

/**
 * Creates the engine. Pagefind is configured (`PAGEFIND_OPTIONS`) and initialised on the first
 * search; a failed initialisation is retried by the next search.
 */
export function createSearchEngine(
  pagefind: PagefindApi,
  lexicon: SearchLexicon,
  /** Fetches a deferred page's summary (`/pagefind/summary/<id>.json`) when a result shows it. */
  loadSummary: (id: string) => Promise<SearchSummary> = () => Promise.reject(new Error('no summaries')),
): SearchEngine {
  const prepared = prepareLexicon(lexicon);
  let ready: Promise<void> | undefined;
  const init = () => {
    ready ??= pagefind
      .options({ ...PAGEFIND_OPTIONS })
      .then(() => pagefind.init())
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    return ready;
  };
  /** Deferred pages' summaries, fetched once each; a failed fetch is retried on a later search. */
  const summaryCache = new Map<string, Promise<SearchSummary | undefined>>();
  const summaryOf = (id: string): Promise<SearchSummary | undefined> => {
    let found = summaryCache.get(id);
    if (!found) {
      found = loadSummary(id).catch(() => {
        summaryCache.delete(id);
        return undefined;
      });
      summaryCache.set(id, found);
    }
    return found;
  };
  const typeOf = (id: string, data?: PagefindResultData) =>
    prepared.pageTypes.get(id) ?? data?.filters['类型']?.[0] ?? '';

  async function runProbes(probes: Probe[], into: Map<string, Candidate>): Promise<void> {
    const settled = await Promise.all(probes.map((p) => pagefind.search(p.term).then((r) => ({ p, r }))));
    for (const { p, r } of settled) {
      const top = Math.max(...r.results.map((x) => x.score), 0) || 1;
      for (const result of r.results) {
        const score = (result.score / top) * p.weight;
        const found = into.get(result.id);
        if (found) {
          found.score = Math.max(found.score, score);
          for (const c of p.concepts) found.matched.add(c);
        } else
          into.set(result.id, {
            id: result.id,
            score,
            matched: new Set(p.concepts),
            data: () => result.data(),
            rank: 0,
          });
      }
    }
  }

  return {
    init,
    async search(raw: string, options: SearchOptions = {}): Promise<SearchOutcome> {
      const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
      const { query, concepts } = analyzeQuery(raw, prepared);
      if (concepts.length === 0) return { query, mode: 'none', hits: [], typeCounts: {} };
      await init();
      const candidates = new Map<string, Candidate>();
      // The query as typed and with each synonym swapped in (a synonym may load another index
      // chunk of 25–35 KB on the first search; searching only the typed words when they find
      // enough saved up to 50 KB but lost pages that use another word, e.g. 转向 for 转型).
      await runProbes(strictProbes(concepts).slice(0, MAX_SEARCHES), candidates);
      // Relaxed searches when the strict one found little, or when a weak concept (a lone
      // character such as 好 in …哪个好) may have removed the answer.
      const weights = concepts.map(conceptWeight);
      const totalWeight = weights.reduce((a, b) => a + b, 0);
      if (concepts.length > 1 && (candidates.size < RELAX_BELOW || weights.some((w) => w <= 1))) {
        await runProbes(relaxedProbes(concepts).slice(0, MAX_SEARCHES), candidates);
      }
      const coverage = (c: Candidate) =>
        [...c.matched].reduce((sum, i) => sum + (weights[i] ?? 0), 0) / totalWeight;
      if (candidates.size === 0) return { query, mode: 'none', hits: [], typeCounts: {} };

      const typeCounts: Record<string, number> = {};
      for (const c of candidates.values()) {
        const type = typeOf(c.id);
        if (type) typeCounts[type] = (typeCounts[type] ?? 0) + 1;
      }
      // Ranked first by concepts matched, titles (from the lexicon) and Pagefind's score; the best
      // pages are then loaded and re-ranked with their text.
      const titleOf = (id: string) => prepared.pageTitles.get(id) ?? '';
      const pool = [...candidates.values()].filter((c) => !options.type || typeOf(c.id) === options.type);
      for (const c of pool)
        c.rank =
          coverage(c) * COVERAGE_WEIGHT + titleBonus(concepts, titleOf(c.id), query.normalized) + c.score;
      pool.sort((a, b) => b.rank - a.rank);
      const rerank = async (slice: Candidate[]) => {
        const loaded = await Promise.all(
          slice.map((c) => (prepared.deferred.has(c.id) ? Promise.resolve(undefined) : c.data())),
        );
        const summaries = await Promise.all(
          slice.map((c) => (prepared.deferred.has(c.id) ? summaryOf(c.id) : Promise.resolve(undefined))),
        );
        slice.forEach((c, i) => {
          const data = loaded[i];
          if (prepared.deferred.has(c.id)) {
            // Its summary (excerpt, headings, list entries) can earn more, e.g. a paper's title
            // typed whole; never less than a page whose text carries every concept.
            const summary = summaries[i];
            const summaryText = summary
              ? [summary.excerpt, ...summary.headings.map(([, t]) => t)].join(' ')
              : '';
            c.rank =
              coverage(c) * COVERAGE_WEIGHT +
              titleBonus(concepts, titleOf(c.id), query.normalized) +
              Math.max(DEFERRED_TEXT_BONUS, textBonus(concepts, summaryText, query.normalized)) +
              c.score;
            return;
          }
          if (!data) return;
          c.loaded = data;
          c.rank =
            coverage(c) * COVERAGE_WEIGHT +
            titleBonus(concepts, data.meta['title'] ?? '', query.normalized) +
            textBonus(concepts, data.content, query.normalized) +
            c.score;
        });
        return slice.sort((a, b) => b.rank - a.rank);
      };
      // The first RERANK_DEPTH pages re-ranked with their text; more, when asked for, after them.
      const first = await rerank(pool.slice(0, RERANK_DEPTH));
      const rest = limit > RERANK_DEPTH ? await rerank(pool.slice(RERANK_DEPTH, limit)) : [];
      const hits: SearchHit[] = [];
      const shown = [...first, ...rest].slice(0, limit);
      // A summary that fails to load leaves its page as a bare result (title and link).
      const summaries = await Promise.all(
        shown.map((c) => (prepared.deferred.has(c.id) ? summaryOf(c.id) : Promise.resolve(undefined))),
      );
      for (const [i, c] of shown.entries()) {
        const deferred = prepared.deferred.get(c.id);
        if (deferred) {
          const summary = summaries[i];
          hits.push({
            url: deferred.url,
            title: titleOf(c.id) || deferred.url,
            excerpt: summary?.excerpt ?? '',
            type: typeOf(c.id),
            subResults: summary ? headingSubResults(concepts, deferred.url, summary.headings) : [],
            matchedTerms: c.matched.size,
            score: c.rank,
          });
          continue;
        }
        const data = c.loaded;
        if (!data) continue;
        hits.push({
          url: data.url,
          title: data.meta['title'] ?? data.url,
          excerpt: plainExcerpt(data.excerpt),
          type: typeOf(c.id, data),
          subResults: subResults(data),
          matchedTerms: c.matched.size,
          score: c.rank,
        });
      }
      const mode = hits.every((h) => h.matchedTerms === concepts.length) ? 'strict' : 'relaxed';
      return { query, mode, hits, typeCounts };
    },
  };
}
