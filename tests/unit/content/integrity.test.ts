/**
 * The real content, checked as a whole: every career and FAQ entry validates against its
 * schema, cites at least one reference that has a URL, and points only at entries that
 * exist; no id is used twice. (The build enforces the same rules file by file; this test
 * states them for the whole guide.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createCareerSchema } from '../../../src/schemas/career.ts';
import { createFaqSchema } from '../../../src/schemas/faq.ts';
import { authorKindOf, hasChinese } from '../../../src/lib/citations/csl-json.ts';
import { referenceSchema } from '../../../src/schemas/references.ts';
import { loadReferences } from '../../../src/data/references.ts';
import { loadSkillVocabulary } from '../../../src/data/skills.ts';
import type { KnownIds } from '../../../src/schemas/common.ts';

const CONTENT = join(import.meta.dirname, '../../../content');

function entries(folder: string): { id: string; data: unknown; body: string }[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const text = readFileSync(join(CONTENT, folder, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${f}: no frontmatter`);
      return {
        id: basename(f, extname(f)),
        data: parseYaml(match[1] ?? '') as unknown,
        body: match[2] ?? '',
      };
    });
}

const references = loadReferences(CONTENT, CONTENT).entries.map(({ raw, order }) =>
  referenceSchema.parse({ ...raw, order }),
);
const careers = entries('careers');
const faqs = entries('faq');
const known: KnownIds = {
  references: new Set(references.map((r) => r.id)),
  careers: new Set(careers.map((c) => c.id)),
  faq: new Set(faqs.map((f) => f.id)),
  concepts: loadSkillVocabulary(CONTENT, CONTENT).ids,
};
const withUrl = new Set(references.filter((r) => r.url !== undefined).map((r) => r.id));
const usable = new Set(references.filter((r) => r.status !== 'unsupportable').map((r) => r.id));

describe('content integrity', () => {
  it('has at least 10 careers and 20 FAQ entries', () => {
    expect(careers.length).toBeGreaterThanOrEqual(10);
    expect(faqs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(careers.map((c) => [c.id, c] as const))(
    'career %s validates and cites a reference with a URL',
    (_, c) => {
      const career = createCareerSchema(known).parse(c.data);
      expect(career.citations.some((id) => withUrl.has(id) && usable.has(id))).toBe(true);
      expect(career.transitions.every((t) => known.careers.has(t.career) && t.career !== c.id)).toBe(true);
      expect(career.resources.length).toBeLessThanOrEqual(8);
      for (const cert of career.certifications) expect(cert.url).toMatch(/^https:\/\//);
    },
  );

  it.each(faqs.map((f) => [f.id, f] as const))(
    'FAQ %s validates and cites a reference with a URL',
    (_, f) => {
      const faq = createFaqSchema(known).parse(f.data);
      expect(faq.citations.some((id) => withUrl.has(id) && usable.has(id))).toBe(true);
      expect(faq.careers.every((id) => known.careers.has(id))).toBe(true);
      expect(faq.related.every((id) => known.faq.has(id) && id !== f.id)).toBe(true);
    },
  );

  it('uses no id twice: references, careers, FAQ entries, and skills within each career', () => {
    const ids = [...references.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of careers) {
      const skills = (c.data as { skills: { id: string }[] }).skills.map((s) => s.id);
      expect(new Set(skills).size, c.id).toBe(skills.length);
    }
  });

  it('never cites an unsupportable reference as a source (only entries about the article may name them)', () => {
    const unsupportable = references.filter((r) => r.status === 'unsupportable').map((r) => r.id);
    const aboutArticle = (e: { data: unknown }) => (e.data as { category?: string }).category === 'article';
    for (const e of [...careers, ...faqs.filter((f) => !aboutArticle(f))]) {
      const cited = [
        ...((e.data as { citations: string[] }).citations ?? []),
        ...[...e.body.matchAll(/@([A-Za-z][\w-]*)/g)].map((m) => m[1] ?? ''),
      ];
      expect(
        cited.filter((id) => unsupportable.includes(id)),
        e.id,
      ).toEqual([]);
    }
  });

  it('writes every person author as "Given Family" (GB/T prints FAMILY G), organisations marked', () => {
    // Authors given as { family, given } say which part is the family name themselves.
    // A committee or company read as a person would print as "9.9 A T C".
    for (const r of references.filter((x) => authorKindOf(x) === 'person')) {
      const written = r.authors.filter((a): a is string => typeof a === 'string');
      for (const name of written.filter((a) => !/^(et al\.?|等)$/.test(a) && !hasChinese(a))) {
        expect(name, r.id).toMatch(/^\S+(\s+\S+)*\s+\p{Lu}[\p{L}'’-]*$/u);
      }
    }
  });

  it('shows readers no internal file name in a reference note', () => {
    // Notes are printed on the reference list: what was checked, in words a reader can follow.
    for (const r of references) expect(r.note, r.id).not.toMatch(/references-audit|(?<![\w/.-])(src|content|tests)\/|\.tmp\b/);
  });

  it('mentions no salary figures', () => {
    for (const e of [...careers, ...faqs]) {
      expect(`${JSON.stringify(e.data)}${e.body}`, e.id).not.toMatch(
        /(年薪|月薪|薪资|salary)[^。\n]{0,20}\d/i,
      );
    }
  });
});
