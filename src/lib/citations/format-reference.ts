/**
 * How a reference is written out, in one place: the reference list and the 来源 list under a
 * FAQ answer or career both render what `formatReference` returns (through
 * `components/ReferenceText.astro`). Pure: no Astro or DOM.
 */
import type { Reference } from '../../schemas/references.ts';

/** The fields of a reference that its written form uses. */
export type FormattableReference = Pick<
  Reference,
  'authors' | 'title' | 'titleZh' | 'venue' | 'year' | 'url' | 'doi' | 'isbn'
>;

/** A reference's written form, in the order it is shown; plain text (markup is the renderer's). */
export interface FormattedReference {
  /** Authors in citation order, comma-separated. */
  authors: string;
  /** Title in its original language (shown as `<cite>`). */
  title: string;
  /** Chinese title or gloss (full form only). */
  titleZh: string | undefined;
  /** Venue and year: "venue, year". */
  published: string;
  /** Identifiers after the year (full form only): "DOI: …", "ISBN …". */
  identifiers: string[];
  /** The link: the URL, else the DOI resolver link. */
  href: string;
  /** Text of the link: the address itself (full) or 原始链接 (short). */
  linkText: string;
}

/**
 * Writes out a reference. `full` is the reference list's form (with the Chinese title,
 * identifiers and the address); `short` is the 来源 list's (no identifiers, link text 原始链接).
 */
export function formatReference(ref: FormattableReference, form: 'full' | 'short'): FormattedReference {
  const href = referenceHref(ref);
  const full = form === 'full';
  return {
    authors: ref.authors.join(', '),
    title: ref.title,
    titleZh: full ? ref.titleZh : undefined,
    published: `${ref.venue}, ${ref.year}`,
    identifiers: full
      ? [ref.doi !== undefined && `DOI: ${ref.doi}`, ref.isbn !== undefined && `ISBN ${ref.isbn}`].filter(
          (x): x is string => x !== false,
        )
      : [],
    href,
    linkText: full ? href : '原始链接',
  };
}

/** The link shown for a reference: its URL, else its DOI resolver link. */
export function referenceHref(ref: Pick<Reference, 'url' | 'doi'>): string {
  return ref.url ?? `https://doi.org/${ref.doi ?? ''}`;
}

/** Chinese label of each verification status, as the reference list and the 来源 tags show it. */
export const statusLabels = {
  verified: '已核实',
  corrected: '已更正',
  unverified: '未核实',
  unsupportable: '无法核实（原文引用有误）',
} as const satisfies Record<Reference['status'], string>;
