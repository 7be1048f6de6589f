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
