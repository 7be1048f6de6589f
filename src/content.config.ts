import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, relative } from 'node:path';
import { contentDir } from './data/content-dir.ts';
import { entryIds } from './data/content-ids.ts';
import { loadReferences } from './data/references.ts';
import { referenceSchema } from './schemas/references.ts';
import { createFaqSchema } from './schemas/faq.ts';
import { createCareerSchema } from './schemas/career.ts';
import { createArticleSchema } from './schemas/article.ts';
import type { KnownIds } from './schemas/common.ts';

const root = process.cwd();
const dir = contentDir(root);

/** Ids every schema checks cross-references against, read before any collection loads. */
const loadedReferences = loadReferences(dir, root);
const known: KnownIds = {
  references: new Set(loadedReferences.ids),
  unsupportable: new Set(loadedReferences.unsupportable),
  careers: entryIds(join(dir, 'careers'), root),
  faq: entryIds(join(dir, 'faq'), root),
};

/** Loads `references.yaml` through the shared cached reader; `order` is the citation number. */
const referencesLoader: Loader = {
  name: 'references-yaml',
  async load(context) {
    const { store, watcher } = context;
    const { file, entries } = loadReferences(dir, root);
    store.clear();
    for (const { id, order, raw } of entries) {
      const data = await context.parseData({ id, data: { ...raw, order }, filePath: file });
      store.set({ id, data, filePath: relative(root, file) });
    }
    watcher?.add(file);
  },
};

const entries = (folder: string) =>
  glob({ pattern: ['*.md', '*.mdx', '!_*'], base: relative(root, join(dir, folder)) || '.' });

export const collections = {
  references: defineCollection({
    loader: referencesLoader,
    schema: referenceSchema,
  }),
  article: defineCollection({ loader: entries('article'), schema: createArticleSchema(known) }),
  faq: defineCollection({ loader: entries('faq'), schema: createFaqSchema(known) }),
  careers: defineCollection({ loader: entries('careers'), schema: createCareerSchema(known) }),
};
