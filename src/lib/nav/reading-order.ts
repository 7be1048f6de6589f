/**
 * The order a reader can walk the site in with previous/next links: the article, then every
 * career in the order the careers index lists them, then every FAQ entry in the order the FAQ
 * index lists them (the seed article's own questions first, then by category). Pure: pages pass
 * their sorted collections in.
 */

/** A page in the reading order. */
export interface PageLink {
  /** The page's URL path (from `url.*`). */
  href: string;
  /** Its title as a link shows it. */
  label: string;
}

/** What `faqListOrder` needs of a FAQ entry. */
export interface ListedFaq<C extends string = string> {
  data: { fromSeed: boolean; category: C };
}

/**
 * FAQ entries as the FAQ index lists them: the seed article's questions first, then each
 * category in `categories` order; within a group the entries keep their given order (by
 * `order`, from `getFaqs()`). Entries of a category not in `categories` come last.
 */
export function faqListOrder<C extends string, F extends ListedFaq<C>>(
  faqs: readonly F[],
  categories: readonly C[],
): F[] {
  const rank = (f: F): number => {
    if (f.data.fromSeed) return -1;
    const i = categories.indexOf(f.data.category);
    return i === -1 ? categories.length : i;
  };
  // Array.prototype.sort is stable: ties keep the given order.
  return [...faqs].sort((a, b) => rank(a) - rank(b));
}

/** The page before and after `href` in `order` (none at either end, or when `href` is not in it). */
export function prevNext(
  order: readonly PageLink[],
  href: string,
): { prev: PageLink | undefined; next: PageLink | undefined } {
  const i = order.findIndex((p) => p.href === href);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: order[i - 1], next: order[i + 1] };
}
