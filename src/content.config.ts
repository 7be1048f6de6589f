import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, relative } from 'node:path';
import { contentDir } from './data/content-dir.ts';
import { entryIds, readReferenceList } from './data/content-ids.ts';
import { referenceSchema } from './schemas/references.ts';
import { createFaqSchema } from './schemas/faq.ts';
import { createCareerSchema } from './schemas/career.ts';
import { createArticleSchema } from './schemas/article.ts';
import type { KnownIds } from './schemas/common.ts';

const root = process.cwd();
const dir = contentDir(root);
const referencesFile = join(dir, 'references.yaml');

/** Ids every schema checks cross-references against, read before any collection loads. */
const known: KnownIds = {
  references: new Set(readReferenceList(referencesFile, root).map((r) => String(r.id))),
  careers: entryIds(join(dir, 'careers'), root),
  faq: entryIds(join(dir, 'faq'), root),
};

/** Loads `references.yaml`, keeping its order (the citation numbers follow it). */
const referencesLoader: Loader = {
  name: 'references-yaml',
  async load(context) {
    const { store, watcher } = context;
    const items = readReferenceList(referencesFile, root);
    store.clear();
    for (const [index, raw] of items.entries()) {
      const id = String(raw.id);
      const data = await context.parseData({
        id,
        data: { ...raw, order: index + 1 },
        filePath: referencesFile,
      });
      store.set({ id, data, filePath: relative(root, referencesFile) });
    }
    watcher?.add(referencesFile);
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
