/**
 * Fuzzing content: malformed frontmatter generated with fast-check (missing fields, wrong
 * types, broken YAML, hostile strings) must always fail `astro sync` with the file named and
 * a message before any stack trace — never a bare crash, never a silent pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_FIXTURE, ROOT } from '../../tools/site-build.ts';

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fuzz-content-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD: Record<string, string> = {
  question: '第一个测试问题是什么？',
  order: '1',
  category: 'article',
  summary: '用于测试的问题。',
  careers: '[alpha-engineer]',
  citations: '[alpha2020]',
};
const REQUIRED = ['question', 'order', 'category', 'summary', 'citations'];

/** A way to break the frontmatter, each certainly invalid. */
const breakage = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...REQUIRED) }),
  fc.record({
    kind: fc.constant('retype' as const),
    field: fc.constantFrom('order', 'citations', 'careers', 'category'),
    value: fc.constantFrom(
      '{ a: 1 }',
      '"three"',
      '[1, 2]',
      'true',
      '-5',
      '1.5',
      '"<script>alert(1)</script>"',
    ),
  }),
  fc.record({
    kind: fc.constant('yaml' as const),
    junk: fc.constantFrom(
      'question: [unclosed',
      '\torder: 1',
      'summary: "no end',
      'careers: {x',
      ': : :',
      'order: 1\norder: 2',
    ),
  }),
  fc.record({ kind: fc.constant('unknown-id' as const), id: fc.stringMatching(/^[a-z][a-z0-9-]{2,12}$/) }),
);

function render(
  b:
    | { kind: 'drop'; field: string }
    | { kind: 'retype'; field: string; value: string }
    | { kind: 'yaml'; junk: string }
    | { kind: 'unknown-id'; id: string },
  noise: string,
): string {
  const fields = { ...GOOD };
  if (b.kind === 'drop') delete fields[b.field];
  if (b.kind === 'retype') fields[b.field] = b.value;
  if (b.kind === 'unknown-id') fields['citations'] = `[zz-${b.id}]`;
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  if (b.kind === 'yaml') lines.splice(1, 0, b.junk);
  // Noise the schema accepts, so the breakage is the only thing wrong.
  lines.push(`related: []`, `# ${noise.replace(/\n/g, ' ')}`);
  return `---\n${lines.join('\n')}\n---\n\n正文。\n`;
}

describe('malformed frontmatter (fuzzed)', () => {
  const cases = fc.sample(fc.tuple(breakage, fc.string({ maxLength: 30 })), { seed: 20261128, numRuns: 8 });

  it.each(cases.map((c, i) => [i, c] as const))(
    'case %i fails the build naming the file',
    (i, [b, noise]) => {
      const dir = join(work, `case-${i}`);
      cpSync(CONTENT_FIXTURE, dir, { recursive: true });
      writeFileSync(join(dir, 'faq/first.md'), render(b, noise));
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1' },
        encoding: 'utf8',
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, `${JSON.stringify(b)}\n${output}`).not.toBe(0);
      expect(output).toContain('faq/first.md');
      // A message comes first: the file and what is wrong, not only a stack trace.
      const beforeStack = output.split('Stack trace')[0] ?? '';
      expect(beforeStack).toMatch(/first\.md/);
      expect(beforeStack.trim().length).toBeGreaterThan(20);
    },
  );
});
