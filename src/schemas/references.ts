import { z } from 'astro/zod';
import { dateSchema, idSchema, urlSchema } from './common.ts';

/** Kinds of works in the reference list. */
const referenceTypes = [
  'book',
  'paper',
  'article',
  'docs',
  'course',
  'software',
  'web',
  'standard',
  'dataset',
] as const;

/**
 * How far an entry was checked.
 * - `verified`: the work itself (its page, or an archived copy of that page) was read and the
 *   details and link match; needs `accessed` and a `note` saying what was checked (核对…).
 * - `corrected`: the seed article cited it wrongly; the entry holds the corrected details.
 * - `unverified`: plausible but not checked here; say what is missing in `note`.
 * - `unsupportable`: the seed cites it but the work cannot be found; kept, marked, never used as a
 *   source: citing it (`[@id]` or a `citations:` field) fails the build. Only the reference list
 *   and a plain link to its entry may mention it.
 */
const verificationStatuses = ['verified', 'corrected', 'unverified', 'unsupportable'] as const;

/** Where a paper appeared: GB/T 7714 writes a journal article [J], a conference paper [C]. */
const paperVenues = ['journal', 'proceedings', 'preprint'] as const;

/** Words in a `verified` note that say what was checked. */
const CHECKED = /核对|核查|比对|查阅|对照/;

/** One entry of `content/references.yaml`. */
export const referenceSchema = z
  .object({
    /** Stable id used in citations: `[@id]`. */
    id: idSchema,
    /** Kind of work. */
    type: z.enum(referenceTypes),
    /** Authors or the organisation responsible, in citation order ("et al." may end a cut list). */
    authors: z.array(z.string().min(1)).min(1),
    /**
     * Whether `authors` are persons (written "Given Family", shown "FAMILY G") or organisations
     * (shown as written). Default: persons for books and papers, organisations otherwise.
     */
    authorKind: z.enum(['person', 'organisation']).optional(),
    /** Title in its original language. */
    title: z.string().min(1),
    /** Chinese title or gloss, shown beside the original. */
    titleZh: z.string().min(1).optional(),
    /** Year of publication (or of the version consulted, for living documents). */
    year: z.number().int().min(1900).max(2100),
    /** Journal, conference, publisher or site. */
    venue: z.string().min(1),
    /** Place of publication (books), e.g. "Cham". */
    place: z.string().min(1).optional(),
    /** Where a paper appeared (required for `type: paper`): a journal, proceedings or a preprint server. */
    publishedIn: z.enum(paperVenues).optional(),
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
    /** Verification status; see `verificationStatuses`. */
    status: z.enum(verificationStatuses),
    /** What was checked, against what, and what is still open (Chinese). */
    note: z.string().min(1),
    /** Position of the entry in the seed article's reference list (section 11), if it came from there. */
    seedIndex: z.number().int().positive().optional(),
    /** Where the seed article mentions the work (e.g. "8.1", "11"). */
    seedSections: z.array(z.string()).default([]),
    /** 1-based position in `references.yaml`, set by the loader; citations are numbered by it. */
    order: z.number().int().positive().optional(),
    /** When the link was last checked (GB/T's 引用日期); required for `verified`. */
    accessed: dateSchema.optional(),
    /** When the page was last updated, if it says (GB/T's 更新日期). */
    updated: dateSchema.optional(),
  })
  .refine((r) => r.url !== undefined || r.doi !== undefined, {
    error: 'needs a url or a doi',
    path: ['url'],
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
  .refine((r) => r.status !== 'verified' || r.accessed !== undefined, {
    error: 'a verified reference needs the date it was checked (accessed)',
    path: ['accessed'],
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
