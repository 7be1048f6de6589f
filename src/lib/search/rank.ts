/**
 * The one ranking formula of the search, and its parts. Pagefind matches index words one by one
 * (能耗 also finds 能力 + 消耗) and scores a bag of words; a page ranks by
 *
 *   rank = coverage × COVERAGE_WEIGHT + titleBonus + textBonus + Pagefind's score
 *
 * where coverage is the share of the query's concepts the page matched, the title bonus says how
 * well its title carries the typed words as phrases, and the text bonus the same of its text (0
 * until the text is loaded; a deferred page's from its summary). Pure.
 */
import type { SearchSummary } from '../../schemas/search.ts';
import { fold } from '../text/fold.ts';
import { conceptWeight, type Concept } from './analyze.ts';
import type { PagefindResultData } from './types.ts';

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
 * The share of the concepts' weight that `text` (compacted) carries as typed (or as a synonym);
 * a concept whose form's parts all stand in it, not side by side, earns `partCredit` of its weight.
 */
function phraseShare(concepts: Concept[], text: string, partCredit: number): number {
  let carried = 0;
  let total = 0;
  for (const concept of concepts) {
    const weight = conceptWeight(concept);
    total += weight;
    if (concept.literals.some((l) => text.includes(compact(l)))) carried += weight;
    else if (partCredit > 0 && concept.forms.some((f) => formParts(f).every((w) => text.includes(w))))
      carried += partCredit * weight;
  }
  return carried / total;
}

/**
 * How well a page's title carries the query's concepts as typed (phrases), between 0 and 3:
 * Pagefind matches index words one by one, so 能耗 also finds pages with 能力 and 消耗; a page
 * with 能耗 itself in its title is the better answer. Concepts count by their weight; all parts of
 * a form in the title, not side by side (降低能耗 in 如何降低…能耗), earn most of the credit.
 */
export function titleBonus(concepts: Concept[], rawTitle: string, normalizedQuery: string): number {
  if (concepts.length === 0) return 0;
  const title = compact(rawTitle);
  const whole = compact(concepts.map((c) => c.text).join(''));
  const exact = whole.length > 1 && (title === whole || title.includes(compact(normalizedQuery))) ? 1 : 0;
  return 2 * phraseShare(concepts, title, 0.7) + exact;
}

/**
 * How well a page's text carries the concepts as typed, between 0 and 2: the share of concept
 * weight found as phrases, plus 1 when a multi-word query stands verbatim (a paper title).
 */
export function textBonus(concepts: Concept[], content: string, normalizedQuery: string): number {
  if (concepts.length === 0) return 0;
  const text = compact(content);
  return (
    phraseShare(concepts, text, 0) + (concepts.length > 1 && text.includes(compact(normalizedQuery)) ? 1 : 0)
  );
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
export function pageTextBonus(concepts: Concept[], text: PageText, normalizedQuery: string): number {
  if (text.kind === 'fragment') return textBonus(concepts, text.data.content, normalizedQuery);
  const summary = text.summary;
  const summaryText = summary ? [summary.excerpt, ...summary.headings.map(([, t]) => t)].join(' ') : '';
  return Math.max(DEFERRED_TEXT_BONUS, textBonus(concepts, summaryText, normalizedQuery));
}

/** What a page is ranked on. */
export interface RankSignals {
  /** Share of the query's concept weight the page matched, 0–1. */
  coverage: number;
  /** The page's title. */
  title: string;
  /** Its text bonus (`pageTextBonus`); 0 while its text is not loaded. */
  text: number;
  /** Pagefind's score relative to the best of its probe, times the probe's weight. */
  pagefindScore: number;
}

/** The rank of a page for a query (see the module comment). */
export function rankScore(concepts: Concept[], normalizedQuery: string, signals: RankSignals): number {
  return (
    signals.coverage * COVERAGE_WEIGHT +
    titleBonus(concepts, signals.title, normalizedQuery) +
    signals.text +
    signals.pagefindScore
  );
}
