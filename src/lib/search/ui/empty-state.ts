/**
 * What the search dialog says when a query shows nothing: a query of question words only (怎么办？)
 * is pointed to the FAQ index; one with nothing searchable (punctuation, emoji, markup, only
 * words such as 的 or 是) is told so; a query whose words found nothing gets the hint to use fewer
 * words and the closest FAQ questions. Pure.
 */
import { truncate } from '../../text/truncate.ts';
import type { AnalyzedQuery } from '../types.ts';

/** Characters of the query repeated in the message. */
const SHOWN_QUERY_CHARS = 40;

export interface EmptyState {
  /** What happened, naming the query. */
  text: string;
  /** What to try instead. */
  hint: string;
  /** Offer the FAQ index (a question without a subject). */
  faqIndex: boolean;
  /** Offer the FAQ questions closest to the query. */
  closestQuestions: boolean;
}

export function emptyState(
  raw: string,
  query: Pick<AnalyzedQuery, 'terms' | 'intent'>,
  type?: string,
): EmptyState {
  const shown = truncate(raw.replace(/\s+/g, ' ').trim(), SHOWN_QUERY_CHARS);
  if (query.terms.length === 0 && query.intent !== 'lookup') {
    return {
      text: `“${shown}”只有疑问词，还看不出要问什么。`,
      hint: '加上想问的事，例如“PUE 是什么”“没有 GPU 怎么学”，或者先看看全部常见问题。',
      faqIndex: true,
      closestQuestions: false,
    };
  }
  if (query.terms.length === 0) {
    return {
      text: `“${shown}”里没有可以搜索的词。`,
      hint: '标点、符号和“的”“是”这类虚词不参与搜索。请输入一个词，例如“液冷”或“PUE”。',
      faqIndex: false,
      closestQuestions: false,
    };
  }
  return {
    text: type ? `在“${type}”中没有找到与“${shown}”相关的内容。` : `没有找到与“${shown}”相关的内容。`,
    hint: '试试更少或更短的词，例如只搜一个关键词。',
    faqIndex: false,
    closestQuestions: true,
  };
}
