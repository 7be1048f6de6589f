/**
 * Our reference schema (`schemas/references.ts`) as CSL-JSON, the input of the GB/T 7714-2015
 * style and of the BibTeX/RIS/CSL-JSON exports. Pure: no citation-js, Astro or file system.
 */
import type { Reference } from '../../schemas/references.ts';

/** A CSL-JSON name: a person split into family and given names, or an organisation as written. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL-JSON date: `[year, month?, day?]`. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON fields this site writes (a subset of the CSL 1.0.2 item schema). */
export interface CslItem {
  id: string;
  type:
    | 'book'
    | 'article-journal'
    | 'paper-conference'
    | 'article'
    | 'webpage'
    | 'software'
    | 'standard'
    | 'dataset';
  /** `zh-CN` selects the style's Chinese layout (Chinese punctuation, 等); else `en`. */
  language: 'zh-CN' | 'en';
  title: string;
  author: CslName[];
  issued: CslDate;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  accessed?: CslDate;
  /** The page's last update (GB/T's 更新日期): CSL 1.0.2 has no modified-date variable. */
  'available-date'?: CslDate;
}

/** The fields of a reference that its CSL-JSON form uses. */
export type CslSource = Pick<
  Reference,
  | 'id'
  | 'type'
  | 'authors'
  | 'authorKind'
  | 'title'
  | 'year'
  | 'venue'
  | 'place'
  | 'publishedIn'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'url'
  | 'doi'
  | 'isbn'
  | 'accessed'
  | 'updated'
>;

const HAN = /\p{Script=Han}/u;

/** True when `text` contains Chinese characters. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * The language a reference is written out in: Chinese when its title is Chinese (the title is
 * the work's own language; an English work by an author whose name we give in Chinese stays
 * English).
 */
export function referenceLanguage(ref: Pick<Reference, 'title'>): CslItem['language'] {
  return hasChinese(ref.title) ? 'zh-CN' : 'en';
}

/**
 * Who is responsible for a work, by default: persons for books and papers, organisations for
 * everything else; `authorKind` in the entry overrides it.
 */
export function authorKindOf(ref: Pick<Reference, 'type' | 'authorKind'>): 'person' | 'organisation' {
  return ref.authorKind ?? (ref.type === 'book' || ref.type === 'paper' ? 'person' : 'organisation');
}

/**
 * A person's name as written in Western order ("Charu C. Aggarwal") split into family (the
 * last word) and given names. A name with Chinese characters stays whole: Chinese names are
 * written family name first and are not initialised.
 */
export function personName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (hasChinese(name) || words.length < 2) return { literal: name.trim() };
  return { family: words[words.length - 1] ?? name, given: words.slice(0, -1).join(' ') };
}

/** Writes "et al." in an author list as the end of a truncated list, not as a name. */
const ET_AL = /^(et al\.?|等)$/i;

function date(d: Date): CslDate {
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
}

/** The CSL type of each of our types (papers by where they appeared). */
function cslType(ref: Pick<Reference, 'type' | 'publishedIn'>): CslItem['type'] {
  switch (ref.type) {
    case 'book':
      return 'book';
    case 'paper':
      return ref.publishedIn === 'proceedings'
        ? 'paper-conference'
        : ref.publishedIn === 'preprint'
          ? 'article'
          : 'article-journal';
    case 'software':
      return 'software';
    case 'standard':
      return 'standard';
    case 'dataset':
      return 'dataset';
    case 'article':
    case 'docs':
    case 'web':
    case 'course':
      return 'webpage';
  }
}

/** A reference as one CSL-JSON item (id kept: it is the citation key in every export). */
export function toCslItem(ref: CslSource): CslItem {
  const type = cslType(ref);
  const person = authorKindOf(ref) === 'person';
  const names = ref.authors.filter((a) => !ET_AL.test(a.trim()));
  // Journals and proceedings are the container; for the rest the venue is the publisher or site.
  const inContainer = type === 'article-journal' || type === 'paper-conference';
  const item: CslItem = {
    id: ref.id,
    type,
    language: referenceLanguage(ref),
    title: ref.title,
    author: names.map((a) => (person ? personName(a) : { literal: a })),
    issued: { 'date-parts': [[ref.year]] },
    ...(inContainer ? { 'container-title': ref.venue } : { publisher: ref.venue }),
  };
  if (ref.place !== undefined) item['publisher-place'] = ref.place;
  if (ref.volume !== undefined) item.volume = ref.volume;
  if (ref.issue !== undefined) item.issue = ref.issue;
  if (ref.pages !== undefined) item.page = ref.pages;
  if (ref.url !== undefined) item.URL = ref.url;
  if (ref.doi !== undefined) item.DOI = ref.doi;
  if (ref.isbn !== undefined) item.ISBN = ref.isbn;
  if (ref.accessed !== undefined) item.accessed = date(ref.accessed);
  if (ref.updated !== undefined) item['available-date'] = date(ref.updated);
  return item;
}
