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

/** The CSL item types this site writes, one per GB/T 7714 document type code. */
export type CslType =
  | 'book'
  | 'article-journal'
  | 'paper-conference'
  | 'article'
  | 'report'
  | 'standard'
  | 'legislation'
  | 'webpage'
  | 'software'
  | 'dataset';

/** The CSL-JSON fields this site writes (a subset of the CSL 1.0.2 item schema). */
export interface CslItem {
  id: string;
  type: CslType;
  /** `zh-CN` selects the style's Chinese terms (等, 出版地不详); else `en`. */
  language: 'zh-CN' | 'en';
  title: string;
  author: CslName[];
  /** Editors of the proceedings a conference paper appeared in. */
  editor?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  /** Report, standard or document number. */
  number?: string;
  edition?: string;
  volume?: string;
  issue?: string;
  page?: string;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  accessed?: CslDate;
  /**
   * The date GB/T 7714 writes in parentheses: the page's last update (更新或修改日期; CSL 1.0.2
   * has no modified-date variable), or for a work read online without a publisher, its full
   * date of publication when it has no update date.
   */
  'available-date'?: CslDate;
  /** Set for a withdrawn standard ("withdrawn", or "withdrawn; replaced by …"). */
  status?: string;
}

/** The fields of a reference that its CSL-JSON form uses. */
export type CslSource = Pick<
  Reference,
  | 'id'
  | 'type'
  | 'authors'
  | 'authorKind'
  | 'editors'
  | 'title'
  | 'year'
  | 'date'
  | 'venue'
  | 'place'
  | 'publisher'
  | 'publishedIn'
  | 'number'
  | 'edition'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'url'
  | 'doi'
  | 'isbn'
  | 'withdrawn'
  | 'replacedBy'
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
 * everything else; `authorKind` in the entry overrides it (for string authors; an author given
 * as `{ family, given }` is always a person).
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

/** Thrown for a reference the GB/T 7714 style cannot write (a type without a document code). */
export class UnsupportedReferenceError extends Error {
  constructor(id: string, what: string) {
    super(`reference "${id}": ${what}; GB/T 7714-2015 has no document type code for it here`);
    this.name = 'UnsupportedReferenceError';
  }
}

/**
 * The CSL type of each of our types (papers by where they appeared). Anything else throws: a
 * reference is never written with a guessed or empty type code.
 */
export function cslType(ref: Pick<Reference, 'id' | 'type' | 'publishedIn'>): CslType {
  switch (ref.type) {
    case 'book':
      return 'book';
    case 'paper':
      if (ref.publishedIn === 'journal') return 'article-journal';
      if (ref.publishedIn === 'proceedings') return 'paper-conference';
      if (ref.publishedIn === 'preprint') return 'article';
      throw new UnsupportedReferenceError(ref.id, `a paper with publishedIn "${String(ref.publishedIn)}"`);
    case 'report':
      return 'report';
    case 'standard':
      return 'standard';
    case 'law':
      return 'legislation';
    case 'software':
      return 'software';
    case 'dataset':
      return 'dataset';
    case 'article':
    case 'classification':
    case 'docs':
    case 'web':
    case 'course':
      return 'webpage';
    default:
      throw new UnsupportedReferenceError(ref.id, `type "${String(ref.type)}"`);
  }
}

/** Types whose venue is the work's container (a journal, proceedings or site), not its publisher. */
const CONTAINED: ReadonlySet<CslType> = new Set([
  'article-journal',
  'paper-conference',
  'webpage',
  'software',
  'dataset',
  'article',
]);

/** Names as CSL-JSON: strings as `person` says, `{ family, given }` always persons; "et al." dropped. */
function names(list: Reference['authors'], person: boolean): CslName[] {
  return list
    .filter((a) => typeof a !== 'string' || !ET_AL.test(a.trim()))
    .map((a) =>
      typeof a !== 'string'
        ? { family: a.family, ...(a.given === undefined ? {} : { given: a.given }) }
        : person
          ? personName(a)
          : { literal: a },
    );
}

/**
 * True when the style writes the item as an online resource without a publisher (GB/T 7714
 * 4.6 / 8.8): its date goes in parentheses instead of a publication year.
 */
function writtenAsOnlineResource(type: CslType, ref: CslSource): boolean {
  if (ref.url === undefined && ref.doi === undefined) return false;
  if (type === 'report' || type === 'standard' || type === 'legislation') return ref.venue === undefined;
  return type === 'webpage' || type === 'software' || type === 'dataset' || type === 'article';
}

/** A reference as one CSL-JSON item (id kept: it is the citation key in every export). */
export function toCslItem(ref: CslSource): CslItem {
  const type = cslType(ref);
  const person = authorKindOf(ref) === 'person';
  const item: CslItem = {
    id: ref.id,
    type,
    language: referenceLanguage(ref),
    title: ref.title,
    author: names(ref.authors, person),
  };
  // Editors of proceedings are persons unless the entry says the authors are organisations.
  if (ref.editors !== undefined) item.editor = names(ref.editors, ref.authorKind !== 'organisation');
  if (ref.date !== undefined) item.issued = date(ref.date);
  else if (ref.year !== undefined) item.issued = { 'date-parts': [[ref.year]] };
  // Journals, proceedings and sites contain the work; for the rest the venue is the publisher.
  if (ref.venue !== undefined) {
    if (CONTAINED.has(type)) item['container-title'] = ref.venue;
    else item.publisher = ref.venue;
  }
  if (ref.publisher !== undefined) item.publisher = ref.publisher;
  if (ref.place !== undefined) item['publisher-place'] = ref.place;
  if (ref.number !== undefined) item.number = ref.number;
  if (ref.edition !== undefined) item.edition = String(ref.edition);
  if (ref.volume !== undefined) item.volume = ref.volume;
  if (ref.issue !== undefined) item.issue = ref.issue;
  if (ref.pages !== undefined) item.page = ref.pages;
  if (ref.url !== undefined) item.URL = ref.url;
  if (ref.doi !== undefined) item.DOI = ref.doi;
  if (ref.isbn !== undefined) item.ISBN = ref.isbn;
  if (ref.accessed !== undefined) item.accessed = date(ref.accessed);
  const shownDate = ref.updated ?? (writtenAsOnlineResource(type, ref) ? ref.date : undefined);
  if (shownDate !== undefined) item['available-date'] = date(shownDate);
  if (ref.withdrawn === true)
    item.status = ref.replacedBy === undefined ? 'withdrawn' : `withdrawn; replaced by ${ref.replacedBy}`;
  return item;
}
