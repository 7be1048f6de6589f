/**
 * Links from the demos to the article's numbered sections ("4.2", "7.1"), found in the
 * headings the Markdown pipeline produced, so a renamed heading never leaves a stale anchor.
 */

/** A heading as Astro's `render()` lists it. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/** A numbered section of the article: its number, title and anchor. */
export interface ArticleSection {
  number: string;
  title: string;
  slug: string;
}

/**
 * The heading numbered `number` ("4.2" matches "4.2 公式推导过程" and "5. 项目实践…" matches
 * "5"). Throws if the article has no such section, so the build fails instead of linking nowhere.
 */
export function findSection(headings: readonly HeadingLike[], number: string): ArticleSection {
  const pattern = new RegExp(`^${number.replace('.', '\\.')}\\.?\\s+(.*)$`);
  for (const h of headings) {
    const match = pattern.exec(h.text.trim());
    if (match) return { number, title: match[1] ?? '', slug: h.slug };
  }
  throw new Error(`findSection: the article has no section ${number}`);
}
