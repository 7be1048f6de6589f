import { z } from 'astro/zod';
import { dateSchema, idSchema, urlSchema } from './common.ts';

/**
 * Kinds of works in the reference list, each written with one GB/T 7714-2015 document type code
 * (`/OL` added when read online): book [M], paper [J] / [C] / preprint [EB], report [R] (reports
 * and white papers), standard [S], law [A] (laws, regulations, government documents: the
 * standard's 档案 code, as its example of a government notice), classification [EB] (occupation
 * and skill classifications read online: O*NET, ESCO, SFIA), article [EB] (news and blog posts),
 * docs / web / course [EB], software [CP], dataset [DS]. A type the style cannot code fails the
 * build (`format-reference.ts`), never a silent [Z]. The order is the reference list's: entries
 * are numbered group by group in this order (`data/references.ts`).
 */
export const referenceTypes = [
  'book',
  'paper',
  'report',
  'standard',
  'law',
  'classification',
  'article',
  'docs',
  'web',
  'course',
  'software',
  'dataset',
] as const;

/** Types whose entry prints a publication year (and so must have one): the rest are online pages. */
const DATED_TYPES: ReadonlySet<string> = new Set(['book', 'paper', 'report', 'standard', 'law']);

/**
 * How far an entry was checked. One rule for `verified`: the page at `url` itself (or a stored
 * or archived copy of that same page) was read, and the note says what was checked (核对…).
 * Reading something else about the work (second-hand reports, a mirror, the repository that
 * generates the page, package metadata) leaves it `unverified`, with a note saying what was read.
 * - `verified`: as above; needs a `note` saying what was checked (核对…).
 * - `corrected`: the seed article cited it wrongly; the entry holds the corrected details.
 * - `unverified`: plausible but the page itself was not read here; say what is missing in `note`.
 * - `unsupportable`: the seed cites it but the work cannot be found; kept, marked, never used as a
 *   source: citing it (`[@id]` or a `citations:` field) fails the build. Only the reference list
 *   and a plain link to its entry may mention it.
 */
const verificationStatuses = ['verified', 'corrected', 'unverified', 'unsupportable'] as const;

/** Where a paper appeared: GB/T 7714 writes a journal article [J], a conference paper [C]. */
const paperVenues = ['journal', 'proceedings', 'preprint'] as const;

/** Words in a `verified` note that say what was checked. */
const CHECKED = /核对|核查|比对|查阅|对照/;

/**
 * An author: a string (a person written "Given Family", or an organisation, as `authorKind`
 * says), or a person with the family name given explicitly (for names whose last word is not
 * the family name, or a person among organisations).
 */
const authorSchema = z.union([
  z.string().min(1),
  z.object({ family: z.string().min(1), given: z.string().min(1).optional() }).strict(),
]);

/** One entry of `content/references.yaml`. */
export const referenceSchema = z
  .object({
    /** Stable id used in citations: `[@id]`. */
    id: idSchema,
    /** Kind of work; see `referenceTypes`. */
    type: z.enum(referenceTypes),
    /**
     * Authors or the organisation responsible, in citation order ("et al." may end a cut list).
     * Empty when the work names none (GB/T 7714 then starts the entry with the title).
     */
    authors: z.array(authorSchema),
    /**
     * Whether the string `authors` are persons (written "Given Family", shown "FAMILY G") or
     * organisations (shown as written). Default: persons for books and papers, organisations
     * otherwise; say `person` for a report, article or page written by named people.
     */
    authorKind: z.enum(['person', 'organisation']).optional(),
    /** Title in its original language (without the report or standard number: see `number`). */
    title: z.string().min(1),
    /** Chinese title or gloss, shown beside the original. */
    titleZh: z.string().min(1).optional(),
    /**
     * Year of publication. Required for books, papers, reports, standards and laws; for online
     * pages, docs and software only when the page states one (a living page has none: GB/T 7714
     * then writes only the 引用日期).
     */
    year: z.number().int().min(1900).max(2100).optional(),
    /**
     * Full date of publication when the work gives it (a law's adoption, a notice's or a post's
     * date); an online page shows it as GB/T's (date) when it has no `updated`.
     */
    date: dateSchema.optional(),
    /**
     * Books, reports, standards, laws: the publisher (printed "place: publisher"). Papers: the
     * journal or the proceedings' title. Online pages: the site (kept in exports, not printed).
     */
    venue: z.string().min(1).optional(),
    /** Place of publication (books, reports, proceedings), e.g. "Cham". */
    place: z.string().min(1).optional(),
    /** Editors of a conference paper's proceedings (GB/T's 专著主要责任者), written like `authors`. */
    editors: z.array(authorSchema).min(1).optional(),
    /** Publisher of a conference paper's proceedings (its `venue` is the proceedings' title). */
    publisher: z.string().min(1).optional(),
    /** Where a paper appeared (required for `type: paper`): a journal, proceedings or a preprint server. */
    publishedIn: z.enum(paperVenues).optional(),
    /** Report number, standard number or a law's document number, printed "title: number". */
    number: z.string().min(1).optional(),
    /** Edition other than the first: a number (5 → "5th ed." / "5 版") or text as written ("Rev. 2"). */
    edition: z.union([z.number().int().min(2), z.string().min(1)]).optional(),
    /** Journal volume. */
    volume: z.string().min(1).optional(),
    /** Journal issue. */
    issue: z.string().min(1).optional(),
    /** Page range, e.g. "770-778". */
    pages: z
      .string()
      .regex(/^\d+(-\d+)?$/, { error: 'must be a page or a range like 770-778' })
      .optional(),
    /** Canonical URL. At least one of `url` and `doi` is required. */
    url: urlSchema.optional(),
    /** DOI without the `https://doi.org/` prefix. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a DOI like 10.1000/xyz' })
      .optional(),
    /** ISBN-13 (digits and hyphens), for books. */
    isbn: z.string().optional(),
    /** A standard that has been withdrawn (shown as 已废止 beside the entry). */
    withdrawn: z.boolean().optional(),
    /** The standard that replaced a withdrawn one, e.g. "ISO/IEC 30134-2:2026". */
    replacedBy: z.string().min(1).optional(),
    /** Verification status; see `verificationStatuses`. */
    status: z.enum(verificationStatuses),
    /** What was checked, against what, and what is still open (Chinese). */
    note: z.string().min(1),
    /** Position of the entry in the seed article's reference list (section 11), if it came from there. */
    seedIndex: z.number().int().positive().optional(),
    /** Where the seed article mentions the work (e.g. "8.1", "11"). */
    seedSections: z.array(z.string()).default([]),
    /** The citation number, set by the loader: entries numbered group by group (`referenceTypes` order). */
    order: z.number().int().positive().optional(),
    /** When the entry was checked and cited (GB/T's 引用日期): every online entry needs it. */
    accessed: dateSchema.optional(),
    /** When the page was last updated, if it says (GB/T's 更新日期). */
    updated: dateSchema.optional(),
  })
  .refine((r) => r.url !== undefined || r.doi !== undefined, {
    error: 'needs a url or a doi',
    path: ['url'],
  })
  .refine((r) => r.accessed !== undefined, {
    error: 'an online reference needs the date it was cited (GB/T 7714 引用日期)',
    path: ['accessed'],
  })
  .refine((r) => r.year !== undefined || !DATED_TYPES.has(r.type), {
    error: (issue) => `a ${(issue.input as { type: string }).type} needs its year of publication`,
    path: ['year'],
  })
  .refine((r) => r.venue !== undefined || (r.type !== 'book' && r.type !== 'paper'), {
    error: 'a book needs its publisher and a paper its journal or proceedings (venue)',
    path: ['venue'],
  })
  .refine((r) => r.isbn === undefined || isValidIsbn13(r.isbn), {
    error: (issue) =>
      `invalid ISBN-13 check digit in ${JSON.stringify((issue.input as { isbn?: string }).isbn)}`,
    path: ['isbn'],
  })
  .refine((r) => r.type !== 'paper' || r.publishedIn !== undefined, {
    error: 'a paper needs publishedIn: journal, proceedings or preprint',
    path: ['publishedIn'],
  })
  .refine((r) => r.publisher === undefined || (r.type === 'paper' && r.publishedIn === 'proceedings'), {
    error:
      'only a conference paper has a publisher apart from its venue (elsewhere the venue is the publisher)',
    path: ['publisher'],
  })
  .refine((r) => r.editors === undefined || (r.type === 'paper' && r.publishedIn === 'proceedings'), {
    error: 'only a conference paper has editors (of its proceedings)',
    path: ['editors'],
  })
  .refine((r) => (r.withdrawn === undefined && r.replacedBy === undefined) || r.type === 'standard', {
    error: 'only a standard can be withdrawn or replaced',
    path: ['withdrawn'],
  })
  .refine((r) => r.replacedBy === undefined || r.withdrawn === true, {
    error: 'a standard with replacedBy is withdrawn: add withdrawn: true',
    path: ['replacedBy'],
  })
  .refine((r) => r.status !== 'verified' || CHECKED.test(r.note), {
    error: 'a verified reference needs a note saying what was checked (核对…)',
    path: ['note'],
  });

export type Reference = z.infer<typeof referenceSchema>;

/** True when `isbn` (hyphens allowed) is 13 digits with a correct ISBN-13 check digit. */
export function isValidIsbn13(isbn: string): boolean {
  const digits = isbn.replace(/-/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}
