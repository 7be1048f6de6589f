/**
 * The one ranking formula of the search, and its parts. Pagefind matches index words one by one
 * (能耗 also finds 能力 + 消耗) and scores a bag of words; a page ranks by
 *
 *   rank = coverage × COVERAGE_WEIGHT + titleBonus + textBonus + Pagefind's score + intentBonus
 *          + definitionBonus
 *
 * where coverage is the share of the query's concepts the page matched, the title bonus says how
 * well its title carries the typed words as phrases, and the text bonus the same of its text (0
 * until the text is loaded; a deferred page's from its summary). The intent bonus is the rule for
 * questions: a query phrased as a question favours an FAQ entry whose question carries the
 * query's words, and a definition question also the page whose title opens with the term. Pure.
 */
import type { SearchSummary } from '../../schemas/search.ts';
import { fold } from '../text/fold.ts';
import { conceptWeight, type Concept } from './analyze.ts';
import type { PagefindResultData, QueryIntent } from './types.ts';

/**
 * Rank points for matching every concept (a page matching concepts worth half the query's
 * weight gets half). Missing a weak concept costs less than a title match earns.
 */
export const COVERAGE_WEIGHT = 5;
/**
 * Least text bonus of a page shown without its text (`deferred` in the lexicon: the article and
 * the reference list, whose fragments would be 18 and 8 KB of a first search): a long page that
 * Pagefind found carries the query's words, so it gets at least the bonus for all concepts as
 * phrases; its summary (headings, entries) may earn the one for a verbatim multi-word query.
 */
export const DEFERRED_TEXT_BONUS = 1;
/**
 * For a question: rank points for an FAQ entry whose question carries all of the query's words
 * (a share of them earns a share). An FAQ question that matches is the answer the reader asked
 * for, over a long page that mentions the words.
 */
export const QUESTION_WEIGHT = 3;
/**
 * For a definition question (RDMA 是什么, what is mlops): rank points for a page whose title opens
 * with the term (after a definition word: 什么是 InfiniBand…), the page about it, over one that
 * names it on the way (软件工程师如何转向 MLOps…).
 */
export const DEFINITION_WEIGHT = 1;
/** For a question: the share of a concept's weight it earns standing in a page's text only. */
export const BODY_SHARE = 0.6;
/**
 * For a lookup: the same. Less than in a title or a name, so a page named by the words outranks
 * one that carries them scattered in a long text (制定转行计划: the plan, not a career page that
 * mentions 制定, 转行 and 计划).
 */
export const LOOKUP_BODY_SHARE = 0.8;

/**
 * Before a page's text is loaded: the share of a concept's text credit it earns when Pagefind
 * found it only in a form split into single characters (a single character matches every index
 * word it starts). Such a page may carry the word (能耗 as 能 + 耗) or only its characters apart,
 * so it ranks under pages that carry the words the index has, for the few pages whose text is
 * loaded (`RERANK_DEPTH`); the loaded text then decides.
 */
export const LOOSE_SHARE = 0.5;

/** Text reduced to letters and digits, folded: phrases compare across spacing and punctuation. */
export const compact = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

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

/** True when `text` (compacted) carries the concept as typed, or all parts of one of its forms. */
export function carriesConcept(concept: Concept, text: string): boolean {
  return (
    concept.literals.some((l) => compact(l).length > 0 && text.includes(compact(l))) ||
    concept.forms.some((f) => formParts(f).every((w) => text.includes(w)))
  );
}

/**
 * A query as ranking sees it: its concepts with their weights, the query as typed, what it asks.
 * A concept's weight is how much it says (`conceptWeight`: its length) times how rare it is among
 * the indexed pages (`rarity`), so the word that tells the answer apart (学历 in 转行做 AI 需要学历吗)
 * outweighs words that most pages carry (AI, 转行).
 */
export interface RankQuery {
  concepts: Concept[];
  weights: number[];
  normalized: string;
  intent: QueryIntent;
  /** Definition words (什么是 …), compacted: a title may open with one before the term. */
  definitions: readonly string[];
}

/**
 * How rare a concept is: log(1 + pages / pages that match it), from Pagefind's results for the
 * concept searched alone; 1 when that is unknown (no relaxed search ran).
 */
export function rarity(matchingPages: number | undefined, pages: number): number {
  if (!matchingPages || pages <= 0) return 1;
  return Math.log(1 + pages / matchingPages);
}

/** A ranking query (`RankQuery`); `rarities` by concept, 1 where not given. */
export function rankQuery(
  concepts: Concept[],
  normalized: string,
  intent: QueryIntent = 'lookup',
  rarities: readonly number[] = [],
  definitions: Iterable<string> = [],
): RankQuery {
  return {
    concepts,
    normalized,
    intent,
    definitions: [...definitions].map(compact).filter(Boolean),
    weights: concepts.map((c, i) => conceptWeight(c) * (rarities[i] ?? 1)),
  };
}

/** True when `text` (compacted) carries the concept as typed or as a synonym. */
function carriesLiteral(concept: Concept, text: string): boolean {
  return concept.literals.some((l) => compact(l).length > 0 && text.includes(compact(l)));
}

/** The share of the query's weight that `credit` gives its concepts (each 0–1 of its weight). */
function weightedShare(q: RankQuery, credit: (concept: Concept, index: number) => number): number {
  let earned = 0;
  let total = 0;
  q.concepts.forEach((concept, i) => {
    const weight = q.weights[i] ?? 0;
    total += weight;
    earned += credit(concept, i) * weight;
  });
  return total > 0 ? earned / total : 0;
}

/**
 * The share of the concepts' weight that `text` (compacted) carries as typed (or as a synonym);
 * a concept whose form's parts all stand in it, not side by side, earns `partCredit` of its weight.
 */
function phraseShare(q: RankQuery, text: string | readonly string[], partCredit: number): number {
  const texts = typeof text === 'string' ? [text] : text;
  return weightedShare(q, (concept) => {
    if (texts.some((t) => carriesLiteral(concept, t))) return 1;
    return partCredit > 0 &&
      texts.some((t) => concept.forms.some((f) => formParts(f).every((w) => t.includes(w))))
      ? partCredit
      : 0;
  });
}

/**
 * Up to 1 when the title holds the whole query as typed (its words, or the query verbatim): 1 for
 * a title that is the query, less the more else the title says (参考文献 is the reference list's
 * title, and only part of 参考文献核实说明). A one-concept query counts in any of its forms, so a
 * synonym is held as the word typed is (参考资料 and the title 参考文献).
 */
function exactness(q: RankQuery, title: string): number {
  const [only] = q.concepts;
  const wholes = [compact(q.concepts.map((c) => c.text).join(''))];
  if (q.concepts.length === 1 && only) wholes.push(...only.literals.map(compact));
  return Math.max(0, ...wholes.map((whole) => exactnessOf(whole, compact(q.normalized), title)));
}

function exactnessOf(whole: string, verbatim: string, title: string): number {
  if (whole.length <= 1 || title.length === 0) return 0;
  if (title === whole) return 1;
  const held = title.includes(whole) ? whole : title.includes(verbatim) ? verbatim : '';
  return held ? 0.5 + (0.5 * held.length) / title.length : 0;
}

/**
 * How well a page's title carries the query's concepts as typed (phrases), between 0 and 3:
 * Pagefind matches index words one by one, so 能耗 also finds pages with 能力 and 消耗; a page
 * with 能耗 itself in its title is the better answer. Concepts count by their weight; all parts of
 * a form in the title, not side by side (降低能耗 in 如何降低…能耗), earn most of the credit. For
 * a lookup, a page's other names (a career's aliases and English name) count as its title: each
 * concept counts where any name carries it (大数据 in 大数据工程师, 开发 in 数据开发工程师),
 * exactness is the best of the names. A question is not a look-up of a name: one of its words in
 * an alias (RDMA in RDMA 网络工程师 for RDMA 是什么) does not make the career its answer. What
 * readers call a page by its purpose or by who it is for (`aka`: 学习计划, 零基础) counts as its
 * title for every query: 在哪里训练模型 asks for the playground.
 */
export function titleBonus(
  q: RankQuery,
  rawTitle: string,
  otherNames: readonly string[] = [],
  aka: readonly string[] = [],
): number {
  if (q.concepts.length === 0) return 0;
  const names = namesFor(q, rawTitle, otherNames, aka);
  return (
    2 * phraseShare(q, names, 0.7) +
    ADJACENT_WEIGHT * adjacentShare(q, names) +
    Math.max(...names.map((name) => exactness(q, name)), nameHeld(q, standingNames(q, aka)))
  );
}

/**
 * Rank points, at most, for query words that stand side by side in a title as they do in the
 * query (数据工程 in 做数据分析或数据工程的人… for 数据工程转机器学习, where the index split
 * 数据工程 into 数据 + 工程 and another title carries 工程 alone).
 */
export const ADJACENT_WEIGHT = 1;

/**
 * The share of the query's weight in runs of two or more neighbouring concepts that a name
 * carries as one phrase, as typed: a title that says two of the query's words together answers
 * it better than one that says them apart.
 */
function adjacentShare(q: RankQuery, names: readonly string[]): number {
  const n = q.concepts.length;
  if (n < 2) return 0;
  const total = q.weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  const inRun = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n - 1; i++) {
    let phrase = compact(q.concepts[i]?.text ?? '');
    for (let j = i + 1; j < n; j++) {
      phrase += compact(q.concepts[j]?.text ?? '');
      if (!names.some((name) => name.includes(phrase))) break;
      for (let k = i; k <= j; k++) inRun[k] = true;
    }
  }
  return inRun.reduce((sum, held, i) => sum + (held ? (q.weights[i] ?? 0) : 0), 0) / total;
}

/**
 * Up to 1 when the query holds one of the page's `aka` names whole: the share of the query (its
 * concepts' text) the name makes up, so 学习计划 is all of 学习计划 and most of 学习路线规划.
 */
function nameHeld(q: RankQuery, standing: readonly string[]): number {
  const said = compact(q.concepts.map((c) => c.text).join(''));
  if (standing.length === 0 || said.length === 0) return 0;
  return Math.min(1, Math.max(...standing.map((name) => name.length / said.length)));
}

/**
 * How well a page's text carries the concepts as typed, between 0 and 2: the share of concept
 * weight found as phrases, plus 1 when a multi-word query stands verbatim (a paper title).
 */
export function textBonus(q: RankQuery, content: string): number {
  if (q.concepts.length === 0) return 0;
  const text = compact(content);
  return phraseShare(q, text, 0) + (q.concepts.length > 1 && text.includes(compact(q.normalized)) ? 1 : 0);
}

/**
 * A page's text as a search has it: its Pagefind fragment, or for a deferred page its summary
 * (undefined when the summary could not be loaded).
 */
export type PageText =
  | { kind: 'fragment'; data: PagefindResultData }
  | { kind: 'summary'; url: string; summary: SearchSummary | undefined };

/**
 * The text bonus of a loaded page: from its fragment; for a deferred page from its summary
 * (excerpt and headings), never less than `DEFERRED_TEXT_BONUS`.
 */
export function pageTextBonus(q: RankQuery, text: PageText): number {
  if (text.kind === 'fragment') return textBonus(q, text.data.content);
  return Math.max(DEFERRED_TEXT_BONUS, textBonus(q, summaryText(text)));
}

/** A deferred page's summary as text (excerpt and headings); empty when it failed to load. */
function summaryText(text: Extract<PageText, { kind: 'summary' }>): string {
  const summary = text.summary;
  return summary ? [summary.excerpt, ...summary.headings.map(([, t]) => t)].join(' ') : '';
}

/** What a page is ranked on. */
export interface RankSignals {
  /** True for an FAQ entry (its title is a question). */
  faq: boolean;
  /** The page's title. */
  title: string;
  /** Its other names (a career's role name, English name and aliases), ranked as its title for a lookup. */
  names?: readonly string[];
  /** What readers call it by its purpose or by who it is for, ranked as its title for every query. */
  aka?: readonly string[];
  /** Concepts Pagefind found on the page (their indexes). */
  matched: ReadonlySet<number>;
  /**
   * Of those, the ones found only in a form the index split into single characters (管道 as 管 +
   * 道, which Pagefind also finds in 管理): until the text is loaded they count `LOOSE_SHARE`.
   */
  looseMatched?: ReadonlySet<number>;
  /** Its text, once loaded (a deferred page's summary is not its text). */
  text?: PageText;
  /** Pagefind's score relative to the best of its probe, times the probe's weight. */
  pagefindScore: number;
}

/**
 * The share of the query's weight the page covers: a concept in its title counts whole; one in
 * its text counts `LOOKUP_BODY_SHARE` of it for a lookup and `BODY_SHARE` for a question (a
 * question is answered by the page that is about it, not by a long one that mentions its words). Once the page's text
 * is loaded, a concept counts only where it stands as typed or as a synonym, not as the scattered
 * index words Pagefind matched (能 and 耗 for 能耗).
 */
export function coverage(q: RankQuery, signals: RankSignals): number {
  const names = namesFor(q, signals.title, signals.names, signals.aka);
  const loaded = signals.text?.kind === 'fragment' ? compact(signals.text.data.content) : undefined;
  const inText = q.intent === 'lookup' ? LOOKUP_BODY_SHARE : BODY_SHARE;
  const answer = signals.text?.kind === 'fragment' ? compact(signals.text.data.meta?.['answer'] ?? '') : '';
  return weightedShare(q, (concept, i) => {
    if (names.some((name) => carriesLiteral(concept, name))) return 1;
    if (answer && carriesLiteral(concept, answer)) return 1;
    if (loaded !== undefined) return carriesConcept(concept, loaded) ? inText : 0;
    if (!signals.matched.has(i)) return 0;
    return signals.looseMatched?.has(i) ? inText * LOOSE_SHARE : inText;
  });
}

/**
 * The question rule: an FAQ entry whose question carries the query's words, for a question. The
 * names readers give the entry by who it is for (`aka`: 零基础 for no-degree) count as its
 * question: 零基础可以学吗 asks it.
 */
export function intentBonus(q: RankQuery, signals: Pick<RankSignals, 'faq' | 'title' | 'aka'>): number {
  if (q.intent === 'lookup' || !signals.faq || q.concepts.length === 0) return 0;
  return (
    QUESTION_WEIGHT * phraseShare(q, [compact(signals.title), ...standingNames(q, signals.aka ?? [])], 0.7)
  );
}

/**
 * The names of `aka` that stand whole in the query (学习计划 in 制定学习计划, 零基础 as a synonym of
 * 小白), compacted: a name counts only where the reader said it, so one word of it (学习, 转型)
 * does not make every query with that word a search for the page.
 */
export function standingNames(
  q: Pick<RankQuery, 'concepts' | 'normalized'>,
  aka: readonly string[],
): string[] {
  if (aka.length === 0) return [];
  const said = [
    compact(q.normalized),
    compact(q.concepts.map((c) => c.text).join('')),
    ...q.concepts.flatMap((c) => c.literals.map(compact)),
  ];
  const saidWords = [q.normalized, ...q.concepts.flatMap((c) => c.literals)].map(latinWords);
  return aka
    .filter((name) =>
      LATIN_NAME.test(fold(name))
        ? saidWords.some((words) => words.includes(latinWords(name)))
        : compact(name).length > 1 && said.some((s) => s.includes(compact(name))),
    )
    .map(compact);
}

/** A name in Latin letters (an English page name: `playground`, `learn without gpu`). */
const LATIN_NAME = /^[a-z0-9][a-z0-9 ]*$/;

/**
 * Text as its Latin words, each without a plural `s`, between spaces: an English name stands in
 * a query only as whole words (`plan` is not in `explanation`), singular or plural (`demo`,
 * `certification` name the pages `demos` and `certifications`).
 */
function latinWords(text: string): string {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && /[a-z]s$/.test(w) && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return ` ${words.join(' ')} `;
}

/** The title, the `aka` names said in the query and, for a lookup, the other names of a page, compacted. */
function namesFor(
  q: RankQuery,
  title: string,
  otherNames: readonly string[] = [],
  aka: readonly string[] = [],
): string[] {
  const standing = standingNames(q, aka);
  return [...(q.intent === 'lookup' ? [title, ...otherNames] : [title]).map(compact), ...standing];
}

/**
 * The definition rule: for a definition question, `DEFINITION_WEIGHT` when the page's title opens
 * with one of the query's terms (as typed or a synonym), or with a definition word and then one.
 */
export function definitionBonus(q: RankQuery, rawTitle: string): number {
  if (q.intent !== 'definition' || q.concepts.length === 0) return 0;
  let title = compact(rawTitle);
  const opener = q.definitions.find((w) => title.startsWith(w));
  if (opener) title = title.slice(opener.length);
  const opens = q.concepts.some((c) =>
    c.literals.some((l) => compact(l).length > 0 && title.startsWith(compact(l))),
  );
  return opens ? DEFINITION_WEIGHT : 0;
}

/** The rank of a page for a query (see the module comment). */
export function rankScore(q: RankQuery, signals: RankSignals): number {
  return (
    coverage(q, signals) * COVERAGE_WEIGHT +
    titleBonus(q, signals.title, signals.names, signals.aka) +
    (signals.text ? pageTextBonus(q, signals.text) : 0) +
    signals.pagefindScore +
    intentBonus(q, signals) +
    definitionBonus(q, signals.title)
  );
}
