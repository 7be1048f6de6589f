import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { citationNumbers, loadReferences } from '../../../src/data/references.ts';

let dir = '';
const write = (text: string, mtime: Date) => {
  const file = join(dir, 'references.yaml');
  writeFileSync(file, text);
  utimesSync(file, mtime, mtime);
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('citationNumbers', () => {
  it('numbers entries group by group in the type order of the reference list, file order within a group', () => {
    // File order: a web page, a book, a paper, another book, a type the schema does not know.
    expect(citationNumbers(['web', 'book', 'paper', 'book', 'thesis'])).toEqual([4, 1, 3, 2, 5]);
  });

  it('keeps file order when every entry has the same type', () => {
    expect(citationNumbers(['docs', 'docs', 'docs'])).toEqual([1, 2, 3]);
  });
});

describe('loadReferences', () => {
  it('numbers the entries by type group, as the reference list shows them', () => {
    dir = mkdtempSync(join(tmpdir(), 'refs-'));
    write('- id: page\n  type: docs\n- id: book\n  type: book\n', new Date(1_000_000));
    const loaded = loadReferences(dir, dir);
    expect(loaded.entries.map((e) => [e.id, e.order])).toEqual([
      ['page', 2],
      ['book', 1],
    ]);
    expect(loaded.citable.get('book')?.number).toBe(1);
  });

  it('numbers references by file order and derives ids and citable titles from one parse', () => {
    dir = mkdtempSync(join(tmpdir(), 'refs-'));
    write('- id: b\n  title: Bee\n- id: a\n  status: unsupportable\n', new Date(1_000_000));
    const loaded = loadReferences(dir, dir);
    expect(loaded.entries.map((e) => [e.id, e.order])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect([...loaded.ids]).toEqual(['b', 'a']);
    expect([...loaded.unsupportable]).toEqual(['a']);
    expect(loaded.citable.get('b')).toEqual({ id: 'b', number: 1, title: 'Bee', unsupportable: false });
    // An entry without a title is cited by its id; an unsupportable one is marked for the plugin.
    expect(loaded.citable.get('a')).toEqual({ id: 'a', number: 2, title: 'a', unsupportable: true });
  });

  it('returns the cached result while the file is unchanged and re-reads it after an edit', () => {
    dir = mkdtempSync(join(tmpdir(), 'refs-'));
    write('- id: a\n', new Date(1_000_000));
    const first = loadReferences(dir, dir);
    expect(loadReferences(dir, dir)).toBe(first);
    write('- id: new\n- id: a\n', new Date(2_000_000));
    const second = loadReferences(dir, dir);
    expect(second).not.toBe(first);
    expect(second.citable.get('a')?.number).toBe(2);
  });

  it('names the file and entry of a broken list', () => {
    dir = mkdtempSync(join(tmpdir(), 'refs-'));
    write('- id: a\n- id: a\n', new Date(3_000_000));
    expect(() => loadReferences(dir, dir)).toThrow(
      'references.yaml → [1].id: duplicate id "a" (also entry [0])',
    );
  });
});
