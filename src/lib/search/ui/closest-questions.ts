/**
 * The empty state's suggestions: the FAQ questions closest to a query that found nothing, by
 * shared character pairs (`/search/faq-questions.json` lists the questions). Pure.
 */
import { fold } from '../../text/fold.ts';

/** Character bigrams (and single characters of one-character words) of a text, lower-cased. */
function grams(text: string): Set<string> {
  const chars = [...fold(text).replace(/[\s\p{P}\p{S}]+/gu, ' ')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    if (!pair.includes(' ')) out.add(pair);
  }
  return out;
}

/** An FAQ question and its page. */
export interface FaqQuestion {
  question: string;
  url: string;
}

/**
 * The `n` questions sharing the most character bigrams with `query` (Dice coefficient), for
 * the empty state. With no overlap at all, the first `n` questions (the site's order).
 */
export function closestQuestions(query: string, questions: readonly FaqQuestion[], n = 3): FaqQuestion[] {
  const q = grams(query.slice(0, 200));
  const scored = questions.map((item, order) => {
    const g = grams(item.question);
    let shared = 0;
    for (const x of q) if (g.has(x)) shared++;
    const score = q.size + g.size === 0 ? 0 : (2 * shared) / (q.size + g.size);
    return { item, order, score };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, n).map((s) => s.item);
}
