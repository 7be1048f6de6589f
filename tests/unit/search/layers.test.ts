/**
 * The search's layers (docs/search.md): the browser half (src/lib/search/ outside build/, and
 * src/islands/search/) never imports the build half (src/lib/search/build/, src/integrations/),
 * and nothing in src/lib/search/ touches Node or the DOM of a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

function imports(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

const resolved = (file: string, spec: string) =>
  spec.startsWith('.') ? relative(SRC, join(SRC, file, '..', spec)) : spec;

describe('search layers', () => {
  const browser = [
    ...files('lib/search').filter((f) => !f.startsWith('lib/search/build/')),
    ...files('islands/search'),
  ];

  it('the browser half imports nothing of the build half', () => {
    const crossing = browser.flatMap((file) =>
      imports(file)
        .map((spec) => resolved(file, spec))
        .filter((target) => target.startsWith('lib/search/build/') || target.startsWith('integrations/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossing).toEqual([]);
  });

  it('src/lib/search/ is pure: no Node modules', () => {
    const node = files('lib/search').flatMap((file) =>
      imports(file)
        .filter((spec) => spec.startsWith('node:') || spec === 'yaml')
        .map((spec) => `${file} → ${spec}`),
    );
    expect(node).toEqual([]);
  });
});
