import type { APIRoute } from 'astro';
import { getFaqs } from '../../data/collections.ts';
import type { FaqQuestion } from '../../lib/search/ui/closest-questions.ts';
import { url } from '../../lib/site.ts';

/**
 * Every FAQ question and its page, for the search UI's empty state ("closest questions").
 * Fetched only when a query finds nothing.
 */
export const GET: APIRoute = async () => {
  const questions: FaqQuestion[] = (await getFaqs()).map((f) => ({
    question: f.data.question,
    url: url.faq(f.id),
  }));
  return new Response(JSON.stringify(questions), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
