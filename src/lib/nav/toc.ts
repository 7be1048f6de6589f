/**
 * Table-of-contents entries from a page's headings, and which one is current while reading.
 * Pure: the component renders the entries, the `<dc-toc>` island feeds `currentHeading` the
 * headings' positions.
 */

/** A heading as Astro's `render()` returns it (`MarkdownHeading`) or a page lists it by hand. */
export interface TocHeading {
  /** 1 for h1 … 6 for h6. */
  depth: number;
  /** The heading's id, the link's target. */
  slug: string;
  /** The heading's text. */
  text: string;
}

/** Depths a table of contents lists by default: sections and subsections (h2, h3). */
export const TOC_DEPTHS = { min: 2, max: 3 } as const;

/**
 * The headings a table of contents lists: those with `min ≤ depth ≤ max` and an id, with the
 * text trimmed of the heading-anchor sign (`#`) that rehype-autolink-headings appends.
 */
export function tocItems(
  headings: readonly TocHeading[],
  depths: { min: number; max: number } = TOC_DEPTHS,
): TocHeading[] {
  return headings
    .filter((h) => h.depth >= depths.min && h.depth <= depths.max && h.slug !== '')
    .map((h) => ({ ...h, text: h.text.replace(/#\s*$/, '').trim() }));
}

/**
 * Index of the current section: the last heading whose top (in viewport pixels, in document
 * order) has passed `line`, the reading line below the header; 0 while none has (the reader is
 * above the first heading); -1 for no headings.
 */
export function currentHeading(tops: readonly number[], line: number): number {
  if (tops.length === 0) return -1;
  let current = 0;
  for (const [i, top] of tops.entries()) {
    if (top <= line) current = i;
    else break;
  }
  return current;
}
