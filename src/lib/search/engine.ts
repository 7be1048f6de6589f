/**
 * The search engine over Pagefind's browser API: query analysis (`analyze.ts`), a strict search
 * (every concept on the page, each in any of its forms), relaxed searches (each concept alone;
 * pages ranked by the share of the query they match), the pages found by what readers call them
 * (`aka`), then a re-ranking of the
 * best pages by what Pagefind's bag of index words cannot see: the typed words as phrases in the
 * title and the text. Pure: Pagefind and the lexicon are passed in.
 */
import type { SearchLexicon, SearchSummary } from '../../schemas/search.ts';
import { SEARCH_FILTER, section } from '../site.ts';
import { analyzeQuery, type Concept } from './analyze.ts';
import { addLatinWords, needsLatinWords, prepareLexicon } from './lexicon.ts';
import { compact, rankQuery, rankScore, rarity, standingNames, type PageText } from './rank.ts';
import { fragmentSubResults, headingSubResults, plainExcerpt } from './results.ts';
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

/**
 * Pages whose text (Pagefind's fragment) is loaded to re-rank them and to show them. Each
 * fragment is a download on the first search (1–16 KB compressed), and the first search must stay
 * within 110 KB: the ten bench queries loaded 23–56 KB of fragments at depth 10 (docs/search.md).
 * Pages below this depth are loaded only when more are asked for (`limit`), re-ranked among
 * themselves and shown after these, so the first hits stay the same.
 */
export const RERANK_DEPTH = 4;
/** The search type of FAQ entries, whose titles are questions (the question rule, `rank.ts`). */
const FAQ_TYPE = section('faq').searchType;
/** At most this many Pagefind searches per query (bounded work). */
export const MAX_SEARCHES = 16;

/** A page some probe found, with what the search has learnt about it so far. */
interface Candidate {
  id: string;
  /** Pagefind's best score for it, relative to the best of its probe, times the probe's weight. */
  score: number;
  /** Indexes of the concepts it matched. */
  matched: Set<number>;
  /** Of those, the ones it matched in a form that is not loose (`Probe.loose`), or by name. */
  exact: Set<number>;
  /** Loads its Pagefind fragment. */
  data: () => Promise<PagefindResultData>;
  rank: number;
  /** Its text once asked for (`loadText`). */
  text?: Promise<PageText | undefined>;
}

/** A Pagefind query: its text, which concepts it covers, and how much its score counts. */
export interface Probe {
  term: string;
  concepts: number[];
  weight: number;
  /**
   * The concepts this probe searches in a form the index split into single characters
   * (`exactForm`): its matches for them are loose (管 of 管道 matches 管理).
   */
  loose?: number[];
}

/**
 * True when Pagefind's results for a form are the pages that carry it: every word of the form is
 * an index word of two or more characters, or a Latin word. A form the index split into single
 * characters (文凭 → 文 凭) matches every page with those characters anywhere.
 */
function exactForm(form: string): boolean {
  return form.split(' ').every((w) => [...w].length > 1 || /^[a-z0-9]/.test(w));
}

/** Strict probes: all concepts in their first form, then each alternative form swapped in. */
function strictProbes(concepts: Concept[]): Probe[] {
  const all = concepts.map((_, i) => i);
  const primary = concepts.map((c) => c.forms[0] ?? '');
  const loose = (terms: string[]) => all.filter((i) => !exactForm(terms[i] ?? ''));
  const probes: Probe[] = [{ term: primary.join(' '), concepts: all, weight: 1, loose: loose(primary) }];
  concepts.forEach((concept, i) => {
    concept.forms.slice(1).forEach((form) => {
      const terms = [...primary];
      terms[i] = form;
      probes.push({
        term: terms.join(' '),
        concepts: all,
        weight: concept.corrected ? 1 : 0.8,
        loose: loose(terms),
      });
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
      loose: exactForm(form) ? [] : [i],
    })),
  );
}

/** How much a page found by one word of a concept counts, when nothing found the whole concept. */
export const ANY_WORD_WEIGHT = 0.5;

/**
 * Last-resort probes, for a query that found nothing: each index word of each concept's forms
 * on its own (a page that carries any of them is better than no result). Single characters are
 * left out unless a form has nothing else: they match nearly every page.
 */
export function anyWordProbes(concepts: Concept[]): Probe[] {
  const probes = new Map<string, Probe>();
  concepts.forEach((concept, i) => {
    for (const form of concept.forms) {
      const words = form.split(' ').filter(Boolean);
      const meaningful = words.filter((w) => [...w].length > 1 || /^[a-z0-9]/.test(w));
      for (const word of meaningful.length > 0 ? meaningful : words) {
        if (word === form) continue;
        if (!probes.has(word)) probes.set(word, { term: word, concepts: [i], weight: ANY_WORD_WEIGHT });
      }
    }
  });
  return [...probes.values()];
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
  /**
   * Fetches the Latin words (`/pagefind/search-latin.json`) when a query first needs them, unless
   * the lexicon carries them. Without them (or when the fetch fails) a Latin word is searched as
   * typed, without typo correction; a failed fetch is retried by a later query.
   */
  loadLatin?: () => Promise<Record<string, string>>,
): SearchEngine {
  const prepared = prepareLexicon(lexicon);
  let latin: Promise<void> | undefined;
  const latinWords = (): Promise<void> => {
    if (prepared.latinLoaded || !loadLatin) return Promise.resolve();
    latin ??= loadLatin().then(
      (groups) => addLatinWords(prepared, groups),
      () => {
        latin = undefined;
      },
    );
    return latin;
  };
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
  /** A page's type: from the lexicon, else from its loaded fragment's filter. */
  const typeOf = (id: string, data?: PagefindResultData) =>
    prepared.pages.get(id)?.type ?? data?.filters[SEARCH_FILTER]?.[0] ?? '';
  /** A page's text, loaded once per candidate: its fragment, or its summary when it is deferred. */
  const loadText = (c: Candidate): Promise<PageText | undefined> => {
    const deferred = prepared.pages.get(c.id)?.deferred;
    c.text ??= deferred
      ? summaryOf(c.id).then((summary) => ({ kind: 'summary', url: deferred.url, summary }))
      : c.data().then((data) => (data ? { kind: 'fragment', data } : undefined));
    return c.text;
  };

  /**
   * Loads the index chunk of every word of the probes' multi-word terms on its own first.
   * Pagefind picks the chunks for a query as a whole: a word that is not in the index (管 of an
   * unknown 管道) gets no chunk when another word of the query has one, and is then matched only
   * by whatever chunks earlier searches happened to load, so one query could rank differently
   * after other queries. A word preloaded alone gets Pagefind's own fallback (the chunk of the
   * words it prefixes), the same on every search. Chunks are fetched once; words are preloaded
   * once per engine.
   */
  const preloaded = new Set<string>();
  async function preloadWords(probes: readonly Probe[]): Promise<void> {
    const preload = pagefind.preload?.bind(pagefind);
    if (!preload) return;
    const words = new Set<string>();
    for (const probe of probes) {
      const parts = probe.term.split(' ').filter(Boolean);
      if (parts.length < 2) continue;
      for (const word of parts) if (!preloaded.has(word)) words.add(word);
    }
    await Promise.all(
      [...words].map((word) =>
        preload(word).then(
          () => void preloaded.add(word),
          () => undefined,
        ),
      ),
    );
  }

  /**
   * Runs the probes into the candidates; `carriers[i]`, when given, collects the pages that carry
   * concept i, from the probes of that concept alone in an exact form (`exactForm`).
   */
  async function runProbes(
    probes: Probe[],
    into: Map<string, Candidate>,
    carriers?: Set<string>[],
  ): Promise<void> {
    await preloadWords(probes);
    const settled = await Promise.all(probes.map((p) => pagefind.search(p.term).then((r) => ({ p, r }))));
    for (const { p, r } of settled) {
      const concept = p.concepts.length === 1 ? p.concepts[0] : undefined;
      if (carriers && concept !== undefined && exactForm(p.term))
        for (const result of r.results) carriers[concept]?.add(result.id);
      const top = Math.max(...r.results.map((x) => x.score), 0) || 1;
      for (const result of r.results) {
        const score = (result.score / top) * p.weight;
        const found = into.get(result.id);
        const exact = p.concepts.filter((c) => !p.loose?.includes(c));
        if (found) {
          found.score = Math.max(found.score, score);
          for (const c of p.concepts) found.matched.add(c);
          for (const c of exact) found.exact.add(c);
        } else
          into.set(result.id, {
            id: result.id,
            score,
            matched: new Set(p.concepts),
            exact: new Set(exact),
            data: () => result.data(),
            rank: 0,
          });
      }
    }
  }

  /**
   * Pages found by what readers call them (`aka` in the lexicon: 学习计划 for the plan) although
   * their text need not say it: each page whose `aka` carries a concept the probes did not find it
   * for joins the candidates, fetched by a search of its type alone (a Pagefind filter: no index
   * chunk, no fragment until it is shown).
   */
  async function addNamedPages(
    concepts: Concept[],
    normalized: string,
    into: Map<string, Candidate>,
  ): Promise<void> {
    const wanted = new Map<string, Set<number>>();
    for (const [id, page] of prepared.pages) {
      const names = standingNames({ concepts, normalized }, page.aka ?? []);
      if (names.length === 0) continue;
      concepts.forEach((concept, i) => {
        if (into.get(id)?.matched.has(i)) return;
        if (!concept.literals.some((l) => names.some((name) => name.includes(compact(l))))) return;
        const set = wanted.get(id) ?? new Set<number>();
        set.add(i);
        wanted.set(id, set);
      });
    }
    if (wanted.size === 0) return;
    const types = [...new Set([...wanted.keys()].map((id) => typeOf(id)).filter(Boolean))];
    const found = await Promise.all(
      types.map((type) => pagefind.search(null, { filters: { [SEARCH_FILTER]: type } })),
    );
    for (const result of found.flatMap((r) => r.results)) {
      const matched = wanted.get(result.id);
      if (!matched) continue;
      const known = into.get(result.id);
      if (known)
        for (const i of matched) {
          known.matched.add(i);
          known.exact.add(i);
        }
      else
        into.set(result.id, {
          id: result.id,
          score: 0,
          matched: new Set(matched),
          exact: new Set(matched),
          data: () => result.data(),
          rank: 0,
        });
    }
  }

  return {
    init,
    async search(raw: string, options: SearchOptions = {}): Promise<SearchOutcome> {
      const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
      if (needsLatinWords(raw)) await latinWords();
      const { query, concepts } = analyzeQuery(raw, prepared);
      if (concepts.length === 0) return { query, mode: 'none', hits: [], typeCounts: {} };
      await init();
      const candidates = new Map<string, Candidate>();
      // The query as typed and with each synonym swapped in (a synonym may load another index
      // chunk of 25–35 KB on the first search; searching only the typed words when they find
      // enough saved up to 50 KB but lost pages that use another word, e.g. 转向 for 转型).
      await runProbes(strictProbes(concepts).slice(0, MAX_SEARCHES), candidates);
      // Relaxed searches, each concept alone, for every query of two concepts or more: readers
      // phrase questions and lookups with words the answer need not carry (学 in 不用 GPU 学 AI),
      // and how rare each concept is (its weight in ranking) is known only from them. They search
      // the strict search's words again, so they load no other index chunk.
      const carriers = concepts.map(() => new Set<string>());
      if (concepts.length > 1)
        await runProbes(relaxedProbes(concepts).slice(0, MAX_SEARCHES), candidates, carriers);
      await addNamedPages(concepts, query.normalized, candidates);
      // Nothing carries any concept whole: any page with one of its words is better than none.
      if (candidates.size === 0) await runProbes(anyWordProbes(concepts).slice(0, MAX_SEARCHES), candidates);
      if (candidates.size === 0) return { query, mode: 'none', hits: [], typeCounts: {} };

      const typeCounts: Record<string, number> = {};
      for (const c of candidates.values()) {
        const type = typeOf(c.id);
        if (type) typeCounts[type] = (typeCounts[type] ?? 0) + 1;
      }
      // How rare each concept is among the pages (known when each was also searched alone).
      const q = rankQuery(
        concepts,
        query.normalized,
        query.intent,
        carriers.map((pages) => rarity(pages.size, prepared.pages.size)),
        prepared.definitions,
      );
      /** The one rank formula (`rankScore`), with the page's text once it is loaded. */
      const rank = (c: Candidate, text?: PageText) =>
        rankScore(q, {
          faq: typeOf(c.id) === FAQ_TYPE,
          title: prepared.pages.get(c.id)?.title ?? '',
          names: prepared.pages.get(c.id)?.names ?? [],
          aka: prepared.pages.get(c.id)?.aka ?? [],
          matched: c.matched,
          looseMatched: new Set([...c.matched].filter((i) => !c.exact.has(i))),
          ...(text ? { text } : {}),
          pagefindScore: c.score,
        });
      // Ranked first without their text (concepts matched, titles from the lexicon, Pagefind's
      // score); the best pages are then loaded and re-ranked with their text.
      const pool = [...candidates.values()].filter((c) => !options.type || typeOf(c.id) === options.type);
      for (const c of pool) c.rank = rank(c);
      pool.sort((a, b) => b.rank - a.rank);
      const rerank = async (slice: Candidate[]) => {
        const texts = await Promise.all(slice.map(loadText));
        slice.forEach((c, i) => {
          const text = texts[i];
          if (text) c.rank = rank(c, text);
        });
        return slice.sort((a, b) => b.rank - a.rank);
      };
      // The first RERANK_DEPTH pages re-ranked with their text; more, when asked for, after them.
      const first = await rerank(pool.slice(0, RERANK_DEPTH));
      const rest = limit > RERANK_DEPTH ? await rerank(pool.slice(RERANK_DEPTH, limit)) : [];
      const hits: SearchHit[] = [];
      for (const c of [...first, ...rest].slice(0, limit)) {
        const text = await c.text;
        if (!text) continue;
        const common = { matchedTerms: c.matched.size, score: c.rank };
        if (text.kind === 'summary') {
          // A summary that failed to load leaves its page as a bare result (title and link).
          hits.push({
            url: text.url,
            title: prepared.pages.get(c.id)?.title || text.url,
            excerpt: text.summary?.excerpt ?? '',
            type: typeOf(c.id),
            subResults: text.summary ? headingSubResults(concepts, text.url, text.summary.headings) : [],
            ...common,
          });
        } else {
          const { data } = text;
          const answer = data.meta['answer'];
          hits.push({
            url: data.url,
            title: data.meta['title'] ?? data.url,
            excerpt: plainExcerpt(data.excerpt),
            ...(answer ? { answer } : {}),
            type: typeOf(c.id, data),
            subResults: fragmentSubResults(data),
            ...common,
          });
        }
      }
      const mode = hits.every((h) => h.matchedTerms === concepts.length) ? 'strict' : 'relaxed';
      return { query, mode, hits, typeCounts };
    },
  };
}
