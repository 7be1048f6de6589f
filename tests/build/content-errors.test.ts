/**
 * Bad content must fail the build and name the file and the field or id. Each row copies the
 * minimal fixture, breaks one thing, builds into a temporary folder and reads the output.
 * These are the real builds, one per kind of check (schema, cross-reference, inline citation,
 * duplicate, post-build link check); each field-level rule of the schemas (missing field, wrong
 * type, unknown enum value, duplicate skill id…) is tested without a build in tests/unit/schemas/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CONTENT_FIXTURE, buildSite, ROOT } from '../../tools/site-build.ts';
import { pageWeight, SiteFiles } from '../../tools/weight/page-weight.ts';

let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'content-errors-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Copies the fixture, applies `edit` to it, builds, and returns the build result. With
 * `editModels`, the generated files of models/ are copied too and edited, and the build reads them.
 */
async function buildBroken(name: string, edit: (dir: string) => void, editModels?: (dir: string) => void) {
  const dir = join(work, name, 'content');
  cpSync(CONTENT_FIXTURE, dir, { recursive: true });
  edit(dir);
  let modelsDir: string | undefined;
  if (editModels) {
    modelsDir = join(work, name, 'models');
    cpSync(join(ROOT, 'models'), modelsDir, { recursive: true });
    editModels(modelsDir);
  }
  return buildSite({
    contentDir: dir,
    outDir: join(work, name, 'dist'),
    cacheDir: join(work, name, 'cache'),
    modelsDir,
  });
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(file, next);
};

interface BrokenCase {
  /** What is broken. */
  name: string;
  /** The edit: in this fixture file, replace `from` with `to`. */
  file: string;
  from: string | RegExp;
  to: string;
  /** The file the build must name (the one edited). */
  names: string;
  /** The field or id it must name, as a line of its output. */
  message: string | RegExp;
}

const CASES: BrokenCase[] = [
  {
    name: 'a missing field',
    file: 'faq/first.md',
    from: /^summary: .*\n/m,
    to: '',
    names: 'faq/first.md',
    message: /summary: .*(expected string|Required)/i,
  },
  {
    name: 'an unknown reference in frontmatter',
    file: 'faq/first.md',
    from: 'citations: [alpha2020]',
    to: 'citations: [ghost1999]',
    names: 'faq/first.md',
    message: 'citations.0: unknown reference id "ghost1999"',
  },
  {
    name: 'an unknown inline citation',
    file: 'article/sample.mdx',
    from: '[@alpha2020]',
    to: '[@ghost1999]',
    names: 'article/sample.mdx',
    message: /article\/sample\.mdx:\d+: unknown reference id "ghost1999"/,
  },
  {
    name: 'a duplicate reference id',
    file: 'references.yaml',
    from: '- id: beta-docs',
    to: '- id: alpha2020',
    names: 'references.yaml',
    message: 'references.yaml → [1].id: duplicate id "alpha2020" (also entry [0])',
  },
  {
    name: 'a reference of a type the GB/T 7714 style does not handle',
    file: 'references.yaml',
    from: 'type: docs',
    to: 'type: thesis',
    names: 'references.yaml',
    message: /references → beta-docs data does not match collection schema[\s\S]*type/,
  },
  {
    name: 'an unsupportable reference cited as a source',
    file: 'faq/first.md',
    from: 'citations: [alpha2020]',
    to: 'citations: [gamma-unfound]',
    names: 'faq/first.md',
    message: 'citations.0: reference "gamma-unfound" is unsupportable',
  },
  {
    name: 'a transition to a missing career',
    file: 'careers/alpha-engineer.md',
    from: 'career: beta-engineer',
    to: 'career: gamma-engineer',
    names: 'careers/alpha-engineer.md',
    message: 'transitions.0.career: unknown career id "gamma-engineer"',
  },
  {
    name: 'an unknown skill concept on a career skill',
    file: 'careers/alpha-engineer.md',
    from: 'concept: linux }',
    to: 'concept: ghost-skill }',
    names: 'careers/alpha-engineer.md',
    message: 'skills.0.concept: unknown skill concept id "ghost-skill"',
  },
  {
    name: 'an unknown FAQ id on a starting point',
    file: 'starting-points.yaml',
    from: 'faq: [first]',
    to: 'faq: [ghost-faq]',
    names: 'starting-points.yaml',
    message: 'faq.0: unknown FAQ id "ghost-faq"',
  },
  {
    name: 'a malformed national occupation code',
    file: 'careers/alpha-engineer.md',
    from: '- code: 2-02-38-01',
    to: '- code: 2-2-38-1',
    names: 'careers/alpha-engineer.md',
    message: /china\.occupations\.0\.code: "2-2-38-1" is not a national occupation code/,
  },
  {
    name: 'an unknown credential kind',
    file: 'careers/alpha-engineer.md',
    from: 'kind: ruankao',
    to: 'kind: diploma',
    names: 'careers/alpha-engineer.md',
    message: /china\.credentials\.0\.kind: /,
  },
  {
    name: 'a career without its China section',
    file: 'careers/beta-engineer.md',
    from: /^china:\n(?: {2}.*\n)+/m,
    to: '',
    names: 'careers/beta-engineer.md',
    message: /china\W+china: Required/,
  },
  {
    name: 'a skill concept without a learning resource',
    file: 'skill-resources.yaml',
    from: /^networking:\n.*\n/m,
    to: '',
    names: 'skill-resources.yaml',
    message: 'networking: skill concept "networking" has no learning resource (list at least one)',
  },
  {
    name: 'a learning resource that is not https',
    file: 'skill-resources.yaml',
    from: 'https://book.systemsapproach.org/',
    to: 'http://book.systemsapproach.org/',
    names: 'skill-resources.yaml',
    message: 'networking.0.url: must be an https URL',
  },
  {
    name: 'a learning resource listed twice for one concept',
    file: 'skill-resources.yaml',
    from: 'https://dev.mysql.com/doc/refman/8.4/en/tutorial.html',
    to: 'https://www.postgresql.org/docs/current/tutorial.html#intro',
    names: 'skill-resources.yaml',
    message:
      'sql.1.url: https://www.postgresql.org/docs/current/tutorial.html#intro is already listed for this concept (also entry 0)',
  },
  {
    name: 'a broken internal link',
    file: 'faq/first.md',
    from: '回答正文',
    to: '见[不存在的页面](/careers/nobody/)。回答正文',
    names: 'faq/first.md',
    message: /faq\/first\.md \(page \/faq\/first\/\): broken link: \/careers\/nobody\//,
  },
];

describe('content errors fail the build', () => {
  it('the unbroken fixture builds', async () => {
    const result = await buildBroken('ok', () => {});
    expect(result.output).toContain('Complete!');
    expect(result.code).toBe(0);
    expect(existsSync(join(work, 'ok', 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    // Math in a FAQ entry gets KaTeX's stylesheet; a career page without math does not.
    const site = new SiteFiles(join(work, 'ok', 'dist'));
    const faq = pageWeight(site, '/faq/first/');
    const career = pageWeight(site, '/careers/beta-engineer/');
    expect(faq.hasMath).toBe(true);
    expect(faq.katexStylesheets).toHaveLength(1);
    expect(career.hasMath).toBe(false);
    expect(career.katexStylesheets).toEqual([]);
  });

  it.each(CASES)('$name fails the build naming $names', async ({ name, file, from, to, names, message }) => {
    const result = await buildBroken(name.replace(/\W+/g, '-'), (dir) =>
      replaceIn(join(dir, file), from, to),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(names);
    if (typeof message === 'string') expect(result.output).toContain(message);
    else expect(result.output).toMatch(message);
  });

  it('a model card without its loss form fails the build naming the file and the field', async () => {
    const result = await buildBroken(
      'model-card-loss-form',
      () => {},
      (models) => replaceIn(join(models, 'separator.json'), /^ {4}"lossForm": .*\n/m, ''),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /models\/separator\.json: training\.lossForm must be one of logits, clipped-probability, got nothing/,
    );
  });
});
