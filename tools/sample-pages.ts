/** Pages of the real site that browser tests and the bench use as examples of their types. */
import { url } from '../src/lib/site.ts';

/** A FAQ entry and a career of the real content, standing for their page types. */
export const SAMPLE = { faq: 'dc-energy-reduction', career: 'mlops-engineer' } as const;

/** One page of each type: home, the article, both indexes and an entry of each, references, demos, playground. */
export const PAGE_OF_EACH_TYPE: readonly string[] = [
  url.home(),
  url.article(),
  url.faqs(),
  url.faq(SAMPLE.faq),
  url.careers(),
  url.career(SAMPLE.career),
  url.references(),
  url.demos(),
  url.playground(),
];

/** The content pages (the ones a reader reads): home, the article, a FAQ entry, a career, references, demos. */
export const CONTENT_PAGES: readonly string[] = [
  url.home(),
  url.article(),
  url.faq(SAMPLE.faq),
  url.career(SAMPLE.career),
  url.references(),
  url.demos(),
];

/**
 * The page types Lighthouse scores in the bench (issue 22), each by a page of the real site:
 * home, the article, a FAQ entry, the careers index, a career, references, demos, playground, plan.
 */
export const LIGHTHOUSE_PAGES: readonly { name: string; path: string }[] = [
  { name: 'home', path: url.home() },
  { name: 'article', path: url.article() },
  { name: 'FAQ entry', path: url.faq(SAMPLE.faq) },
  { name: 'careers index', path: url.careers() },
  { name: 'career', path: url.career(SAMPLE.career) },
  { name: 'references', path: url.references() },
  { name: 'demos', path: url.demos() },
  { name: 'playground', path: url.playground() },
  { name: 'plan', path: url.plan() },
];
