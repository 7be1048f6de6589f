import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importViolations, moduleSpecifiers } from '../../support/import-boundaries.ts';
import { ROOT } from '../../../tools/site-build.ts';

const violations = (file: string, source: string) =>
  importViolations('/repo', `/repo/${file}`, source).map((v) => `${v.line} ${v.reaches} ${v.specifier}`);

describe('moduleSpecifiers', () => {
  it('finds static, type-only, re-exported, dynamic and required modules, relative ones only', () => {
    const source = `
import a from './a.ts';
import type { B } from '../b.ts';
export * from './c.ts';
const d = await import('./d.ts');
const e = require('../e.cjs');
import f = require('./f');
type G = import('./g.ts').G;
import pkg from 'vitest';
export const h = 1;
`;
    expect(moduleSpecifiers('x.ts', source)).toEqual([
      { specifier: './a.ts', line: 2 },
      { specifier: '../b.ts', line: 3 },
      { specifier: './c.ts', line: 4 },
      { specifier: './d.ts', line: 5 },
      { specifier: '../e.cjs', line: 6 },
      { specifier: './f', line: 7 },
      { specifier: './g.ts', line: 8 },
    ]);
  });

  it("reads an .astro file's frontmatter and scripts, not its markup", () => {
    const source = `---
import Layout from '../layouts/Base.astro';
---
<p>import x from './not-code.ts';</p>
<script>
  import { run } from '../islands/run.ts';
</script>
`;
    expect(moduleSpecifiers('Page.astro', source)).toEqual([
      { specifier: '../layouts/Base.astro', line: 2 },
      { specifier: '../islands/run.ts', line: 6 },
    ]);
  });
});

describe('importViolations', () => {
  it('forbids tests → bench and bench → tests, in every form', () => {
    expect(violations('tests/e2e/x.test.ts', `import { a } from '../../bench/lib/a.ts';`)).toEqual([
      '1 bench ../../bench/lib/a.ts',
    ]);
    expect(violations('bench/run.ts', `const m = await import('../tests/support/e2e.ts');`)).toEqual([
      '1 tests ../tests/support/e2e.ts',
    ]);
    expect(violations('bench/run.ts', `export { x } from '../tests/x.ts';`)).toEqual([
      '1 tests ../tests/x.ts',
    ]);
  });

  it('lets both import tools/ and src/, but not tools/ or src/ import them', () => {
    expect(
      violations('tests/build/x.test.ts', `import '../../tools/budgets.ts'; import '../../src/lib/site.ts';`),
    ).toEqual([]);
    expect(violations('bench/run.ts', `import '../tools/budgets.ts';`)).toEqual([]);
    expect(violations('tools/weight/a.ts', `import '../../bench/b.ts';\nimport '../../tests/c.ts';`)).toEqual(
      ['1 bench ../../bench/b.ts', '2 tests ../../tests/c.ts'],
    );
    expect(violations('src/lib/a.ts', `import '../../tools/budgets.ts';`)).toEqual([
      '1 tools ../../tools/budgets.ts',
    ]);
  });

  it('judges the folder a path resolves to, not the words in it', () => {
    expect(violations('tests/unit/bench-like.test.ts', `import './bench/helper.ts';`)).toEqual([]);
    expect(violations('tests/a.ts', `import '../tests/../bench/x.ts';`)).toEqual([
      '1 bench ../tests/../bench/x.ts',
    ]);
  });
});

describe('the repository', () => {
  it('has no import between tests/ and bench/, and none from src/ or tools/ into them', () => {
    const files = ['src', 'tests', 'bench', 'tools'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|mts|tsx|js|mjs|astro)$/.test(f))
        .map((f) => join(ROOT, dir, f)),
    );
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .flatMap((file) => importViolations(ROOT, file, readFileSync(file, 'utf8')))
      .map((v) => `${v.file}:${v.line} imports ${v.specifier} (${v.reaches}/)`);
    expect(found).toEqual([]);
  });
});
