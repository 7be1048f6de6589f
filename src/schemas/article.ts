import { z } from 'astro/zod';
import { dateSchema, knownId, uniqueIds, type KnownIds } from './common.ts';

/** Frontmatter of an article in `content/article/`. */
export function createArticleSchema(known: KnownIds) {
  return z.object({
    /** Title shown on the page and in `<title>`. */
    title: z.string().min(1),
    /** Meta description and summary on the home page. */
    description: z.string().min(1),
    /** Keywords from the article's header line. */
    keywords: z.array(z.string()).default([]),
    /** Author as the article signs itself. */
    author: z.string().min(1),
    /** Date the text was imported into the site. */
    imported: dateSchema,
    /**
     * The body is someone else's text kept as written (the seed article): citations in it
     * outside `<Erratum>` are editorial additions and render labelled 编注 (remark-citations.ts).
     */
    seedText: z.boolean().default(false),
    /** Career paths the site links from the article (the article itself analyses none). */
    careers: uniqueIds(knownId(known.careers, 'career')).default([]),
  });
}
