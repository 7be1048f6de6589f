import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tools/site-build.ts';

/**
 * The guides (README.md, CONTRIBUTING.md, docs/*.md) name repository paths and npm scripts; a
 * file that moves or a script that is renamed leaves them pointing nowhere. This test reads
 * every inline code span, every `sh` code block and every relative link of the guides, and
 * checks that each repository path they name exists and each `npm run` script is defined.
 */

/** Where a repository path starts: a top-level folder of the repository or one of its root files. */
const REPO_PATH =
  /^(?:(?:content|src|tests|tools|bench|models|public|docs|\.ci)\/|(?:package\.json|package-lock\.json|tsconfig\.json|astro\.config\.mjs|vitest\.config\.ts|eslint\.config\.js|README\.md|CONTRIBUTING\.md)$)/;
/** Paths that only exist after a build or a bench run (git ignores them). */
const GENERATED = /^bench\/results\//;
/** Placeholders and patterns, not paths: `content/faq/<id>.md`, `tests/e2e/search*.test.ts`. */
const PATTERN = /[<>*…{}$]/;

function guideFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

/** Repository paths named in one guide's text: code spans and `sh` blocks, root-relative. */
function namedPaths(markdown: string): string[] {
  const found = new Set<string>();
  const fences = /^```(\w*)\n([\s\S]*?)^```/gm;
  const shell = [...markdown.matchAll(fences)].filter((m) => m[1] === 'sh').map((m) => m[2] ?? '');
  const prose = markdown.replace(fences, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  for (const text of [...spans, ...shell]) {
    for (const raw of text.split(/[\s,;()'"=]+/)) {
      const word = raw.replace(/^\.\//, '').replace(/[.:]+$/, '');
      if (REPO_PATH.test(word) && !PATTERN.test(word) && !GENERATED.test(word)) found.add(word);
    }
  }
  return [...found];
}

/** Targets of a guide's relative Markdown links (outside code blocks), as repository paths. */
function linkedPaths(markdown: string, guide: string): string[] {
  const found = new Set<string>();
  const prose = markdown.replace(/^```\w*\n[\s\S]*?^```/gm, '');
  for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = (m[1] ?? '').split('#')[0] ?? '';
    // Empty (an anchor), a URL, or a path on the site (`/careers/…`) rather than in the repository.
    if (target === '' || target.startsWith('/') || /^[a-z]+:/i.test(target)) continue;
    found.add(normalize(join(dirname(guide), target)).replace(/\\/g, '/'));
  }
  return [...found];
}

/** `npm run <script>` names in a guide. */
function npmScripts(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ''))];
}

function missing(root: string, path: string): boolean {
  const full = join(root, path);
  if (!existsSync(full)) return true;
  return path.endsWith('/') && !statSync(full).isDirectory();
}

describe('namedPaths', () => {
  it('finds repository paths in code spans and shell blocks, not placeholders or site URLs', () => {
    const text = [
      'See `src/lib/site.ts` and `tools/weight/`, run `npx vitest run tests/unit/x.test.ts`.',
      'Not `content/faq/<id>.md`, `tests/e2e/search*.test.ts`, `/plan/`, `dist/` or `bench/results/latest.json`.',
      '```sh',
      'node --experimental-strip-types tests/search-eval/explain.ts 查询',
      '```',
      '```text',
      'content/faq/first.md (page /faq/first/): broken link',
      '```',
    ].join('\n');
    expect(namedPaths(text).sort()).toEqual([
      'src/lib/site.ts',
      'tests/search-eval/explain.ts',
      'tests/unit/x.test.ts',
      'tools/weight/',
    ]);
  });

  it('resolves relative links from the guide, ignoring URLs and anchors', () => {
    const text = [
      '[a](../bench/RESULTS.md) [b](search.md#ranking) [c](https://pagefind.app/) [d](#top) [e](/plan/)',
      '```md',
      '[职业](careers/ml-engineer/)',
      '```',
    ].join('\n');
    expect(linkedPaths(text, 'docs/x.md').sort()).toEqual(['bench/RESULTS.md', 'docs/search.md']);
  });
});

describe('the guides', () => {
  const scripts = Object.keys(
    (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts,
  );

  it.each(guideFiles(ROOT))('%s names only paths and npm scripts that exist', (guide) => {
    const markdown = readFileSync(join(ROOT, guide), 'utf8');
    const paths = [...namedPaths(markdown), ...linkedPaths(markdown, guide)];
    expect(paths.length).toBeGreaterThan(0);
    expect({
      missingPaths: paths.filter((path) => missing(ROOT, path)).map((path) => relative('.', path)),
      unknownScripts: npmScripts(markdown).filter((name) => !scripts.includes(name)),
    }).toEqual({ missingPaths: [], unknownScripts: [] });
  });
});
