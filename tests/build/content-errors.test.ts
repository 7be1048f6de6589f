/**
 * Bad content must fail the build and name the file and the field or id. Each case copies
 * the minimal fixture, breaks one thing, builds into a temporary folder and reads the output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, ROOT } from '../support/build.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/content-min');
let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'content-errors-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the fixture, applies `edit` to it, builds, and returns the build result. */
async function buildBroken(name: string, edit: (dir: string) => void) {
  const dir = join(work, name, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return buildSite({
    contentDir: dir,
    outDir: join(work, name, 'dist'),
    cacheDir: join(work, name, 'cache'),
  });
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(file, next);
};

describe('content errors fail the build', () => {
  it('the unbroken fixture builds', async () => {
    const result = await buildBroken('ok', () => {});
    expect(result.output).toContain('Complete!');
    expect(result.code).toBe(0);
    expect(existsSync(join(work, 'ok', 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    // Math in a FAQ entry gets KaTeX's stylesheet; a career page without math does not.
    const faq = readFileSync(join(work, 'ok', 'dist', 'faq/first/index.html'), 'utf8');
    const career = readFileSync(join(work, 'ok', 'dist', 'careers/beta-engineer/index.html'), 'utf8');
    expect(faq).toContain('class="katex"');
    expect(faq).toMatch(/<link rel="stylesheet" href="\/_astro\/katex\.min\.[\w-]+\.css">/);
    expect(career).not.toMatch(/katex\.min\.[\w-]+\.css/);
  });

  it('a missing field names the file and the field', async () => {
    const result = await buildBroken('missing-field', (dir) =>
      replaceIn(join(dir, 'faq/first.md'), /^summary: .*\n/m, ''),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('faq/first.md');
    expect(result.output).toMatch(/summary: .*(expected string|Required)/i);
  });

  it('a wrong type names the file and the field', async () => {
    const result = await buildBroken('wrong-type', (dir) =>
      replaceIn(join(dir, 'careers/beta-engineer.md'), 'lastVerified: 2026-11-28', 'lastVerified: 不是日期'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('careers/beta-engineer.md');
    expect(result.output).toContain('lastVerified');
  });

  it('an unknown reference in frontmatter names the file and the id', async () => {
    const result = await buildBroken('unknown-ref-frontmatter', (dir) =>
      replaceIn(join(dir, 'faq/first.md'), 'citations: [alpha2020]', 'citations: [ghost1999]'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('faq/first.md');
    expect(result.output).toContain('citations.0: unknown reference id "ghost1999"');
  });

  it('an unknown inline citation names the file, the line and the id', async () => {
    const result = await buildBroken('unknown-ref-inline', (dir) =>
      replaceIn(join(dir, 'article/sample.mdx'), '[@alpha2020]', '[@ghost1999]'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/article\/sample\.mdx:\d+: unknown reference id "ghost1999"/);
  });

  it('a duplicate reference id names the file and both entries', async () => {
    const result = await buildBroken('duplicate-ref', (dir) =>
      replaceIn(join(dir, 'references.yaml'), '- id: beta-docs', '- id: alpha2020'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('references.yaml → [1].id: duplicate id "alpha2020" (also entry [0])');
  });

  it('a duplicate skill id names the file and the field', async () => {
    const result = await buildBroken('duplicate-skill', (dir) =>
      replaceIn(join(dir, 'careers/beta-engineer.md'), '{ id: lead,', '{ id: sql,'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('careers/beta-engineer.md');
    expect(result.output).toContain('skills.2.id: duplicate skill id "sql" (also skills.0)');
  });

  it('a transition or FAQ relation to a missing career names the file and the id', async () => {
    const result = await buildBroken('missing-career', (dir) =>
      replaceIn(join(dir, 'careers/alpha-engineer.md'), 'career: beta-engineer', 'career: gamma-engineer'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('careers/alpha-engineer.md');
    expect(result.output).toContain('transitions.0.career: unknown career id "gamma-engineer"');
  });

  it('a broken internal link names the content file and the link', async () => {
    const result = await buildBroken('broken-link', (dir) =>
      replaceIn(join(dir, 'faq/first.md'), '回答正文', '见[不存在的页面](/careers/nobody/)。回答正文'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/faq\/first\.md \(page \/faq\/first\/\): broken link: \/careers\/nobody\//);
  });

  it('a broken anchor names the content file and the anchor', async () => {
    const result = await buildBroken('broken-anchor', (dir) =>
      replaceIn(join(dir, 'article/sample.mdx'), '(/faq/first/)', '(/faq/first/#no-such-heading)'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('broken anchor: /faq/first/#no-such-heading');
    expect(result.output).toContain('article/sample.mdx');
  });
});
