/**
 * The real content's paths data (what the build writes to /plan/paths.json), made in Node from
 * the content files with the same schemas and the same `buildPathsData`, for unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createCareerSchema } from '../../src/schemas/career.ts';
import { createFaqSchema } from '../../src/schemas/faq.ts';
import {
  createSkillConceptSchema,
  createStartingPointSchema,
  skillGroups,
} from '../../src/schemas/skills.ts';
import { loadReferences } from '../../src/data/references.ts';
import { loadSkillVocabulary, loadStartingPoints } from '../../src/data/skills.ts';
import { buildPathsData, type PathsData } from '../../src/lib/careers/paths.ts';
import { url } from '../../src/lib/site.ts';
import type { KnownIds } from '../../src/schemas/common.ts';

export const CONTENT = join(import.meta.dirname, '../../content');

/** Frontmatter of every entry in a content folder, by id (file name). */
export function frontmatters(folder: string): { id: string; data: unknown }[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(CONTENT, folder, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match) throw new Error(`${folder}/${f}: no frontmatter`);
      return { id: basename(f, extname(f)), data: parseYaml(match[1] ?? '') as unknown };
    });
}

/** The real content, validated by the site's schemas. */
export function realContent() {
  const vocabulary = loadSkillVocabulary(CONTENT, CONTENT);
  const careerFiles = frontmatters('careers');
  const faqFiles = frontmatters('faq');
  const known: KnownIds = {
    references: loadReferences(CONTENT, CONTENT).ids,
    careers: new Set(careerFiles.map((c) => c.id)),
    faq: new Set(faqFiles.map((f) => f.id)),
    concepts: vocabulary.ids,
  };
  const careers = careerFiles.map((c) => ({ id: c.id, data: createCareerSchema(known).parse(c.data) }));
  const faqs = faqFiles.map((f) => ({ id: f.id, data: createFaqSchema(known).parse(f.data) }));
  const concepts = vocabulary.entries.map((e) => createSkillConceptSchema(known).parse(e));
  const starts = loadStartingPoints(CONTENT, CONTENT).entries.map((e) =>
    createStartingPointSchema(known).parse(e),
  );
  return { known, careers, faqs, concepts, starts };
}

/** `buildPathsData` over the real content. */
export function realPathsData(): PathsData {
  const { careers, faqs, concepts, starts } = realContent();
  return buildPathsData({
    groups: skillGroups,
    concepts,
    careers: careers.map((c) => ({ id: c.id, url: url.career(c.id), ...c.data })),
    starts,
    faqs: faqs.map((f) => ({
      id: f.id,
      question: f.data.question,
      url: url.faq(f.id),
      careers: f.data.careers,
    })),
  });
}
