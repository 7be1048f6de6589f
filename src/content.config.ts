import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, relative } from 'node:path';
import { contentDir } from './data/content-dir.ts';
import { entryIds } from './data/content-ids.ts';
import { loadReferences } from './data/references.ts';
import { loadSkillVocabulary, loadStartingPoints, type LoadedIdList } from './data/skills.ts';
import { loadSkillResources } from './data/skill-resources.ts';
import { referenceSchema } from './schemas/references.ts';
import { createFaqSchema } from './schemas/faq.ts';
import { createCareerSchema } from './schemas/career.ts';
import { createArticleSchema } from './schemas/article.ts';
import { createSkillConceptSchema, createStartingPointSchema } from './schemas/skills.ts';
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
  concepts: loadSkillVocabulary(dir, root).ids,
};
// Every skill concept needs a learning resource: checked here so any build fails early, naming
// the concept (the pages read the same cached result).
loadSkillResources(dir, root);

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

/** Loads one of the optional YAML lists (`skills.yaml`, `starting-points.yaml`), in file order. */
function yamlListLoader(name: string, read: () => LoadedIdList): Loader {
  return {
    name,
    async load(context) {
      const { store, watcher } = context;
      const { file, exists, entries } = read();
      store.clear();
      for (const raw of entries) {
        const id = String(raw['id']);
        const data = await context.parseData({ id, data: raw, filePath: file });
        store.set({ id, data, filePath: relative(root, file) });
      }
      if (exists) watcher?.add(file);
    },
  };
}

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
  skills: defineCollection({
    loader: yamlListLoader('skills-yaml', () => loadSkillVocabulary(dir, root)),
    schema: createSkillConceptSchema(known),
  }),
  startingPoints: defineCollection({
    loader: yamlListLoader('starting-points-yaml', () => loadStartingPoints(dir, root)),
    schema: createStartingPointSchema(known),
  }),
};
