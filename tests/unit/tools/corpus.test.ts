import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { corpusCounts, generateCorpus } from '../../../tools/corpus.ts';
import { createFaqSchema } from '../../../src/schemas/faq.ts';
import { createCareerSchema } from '../../../src/schemas/career.ts';
import { referenceSchema } from '../../../src/schemas/references.ts';

/** Frontmatter and body of a generated Markdown file. */
function split(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter');
  return { data: parseYaml(m[1]) as unknown, body: m[2] };
}

describe('corpusCounts', () => {
  it('splits new pages about 2:1 between FAQ entries and careers, with a reference per 4 pages', () => {
    expect(corpusCounts(59)).toEqual({ faq: 39, careers: 20, references: 15 });
    expect(corpusCounts(4959)).toEqual({ faq: 3306, careers: 1653, references: 1240 });
    expect(corpusCounts(1)).toEqual({ faq: 0, careers: 1, references: 2 });
    expect(corpusCounts(0)).toEqual({ faq: 0, careers: 0, references: 0 });
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ faq: 12, careers: 5, references: 4 });
  const references = parseYaml(corpus.referencesYaml) as { id: string }[];
  const known = {
    references: new Set(references.map((r) => r.id)),
    careers: new Set(
      corpus.files.filter((f) => f.path.startsWith('careers/')).map((f) => f.path.slice(8, -3)),
    ),
    faq: new Set(corpus.files.filter((f) => f.path.startsWith('faq/')).map((f) => f.path.slice(4, -3))),
    // Generated careers map no skill to the vocabulary (`concept` is optional).
    concepts: new Set<string>(),
  };

  it('writes the requested number of entries', () => {
    expect(references).toHaveLength(4);
    expect(known.careers.size).toBe(5);
    expect(known.faq.size).toBe(12);
  });

  it('produces entries that pass the content schemas', () => {
    for (const ref of references) expect(referenceSchema.safeParse(ref).success, ref.id).toBe(true);
    const faqSchema = createFaqSchema(known);
    const careerSchema = createCareerSchema(known);
    for (const file of corpus.files) {
      const { data } = split(file.text);
      const result = (file.path.startsWith('faq/') ? faqSchema : careerSchema).safeParse(data);
      expect(result.error?.issues ?? [], file.path).toEqual([]);
    }
  });

  it('writes Chinese FAQ bodies with inline and display math and known citations', () => {
    const { body } = split(corpus.files.find((f) => f.path === 'faq/gen-faq-1.md')!.text);
    expect(body).toMatch(/[\u4e00-\u9fff]{10}/);
    expect(body).toMatch(/\$[^$\n]+\$/);
    expect(body).toMatch(/^\$\$\n[^$]+\n\$\$$/m);
    const cited = [...body.matchAll(/\[@([\w-]+)\]/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((id) => known.references.has(id))).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(generateCorpus({ faq: 12, careers: 5, references: 4 })).toEqual(corpus);
    expect(generateCorpus({ faq: 12, careers: 5, references: 4 }, 7)).not.toEqual(corpus);
  });
});
