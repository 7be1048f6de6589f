import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { entryIds, readReferenceList } from '../../../src/data/content-ids.ts';

let dir = '';
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'ids-')));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readReferenceList', () => {
  it('reads a list in order', () => {
    fresh();
    writeFileSync(join(dir, 'references.yaml'), '- id: a\n- id: b\n');
    expect(readReferenceList(join(dir, 'references.yaml'), dir).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('names the file and entry of a duplicate id', () => {
    fresh();
    writeFileSync(join(dir, 'references.yaml'), '- id: a\n- id: b\n- id: a\n');
    expect(() => readReferenceList(join(dir, 'references.yaml'), dir)).toThrow(
      'references.yaml → [2].id: duplicate id "a" (also entry [0])',
    );
  });

  it('names a missing id and a YAML syntax error', () => {
    fresh();
    writeFileSync(join(dir, 'references.yaml'), '- title: x\n');
    expect(() => readReferenceList(join(dir, 'references.yaml'), dir)).toThrow(
      'references.yaml → [0].id: missing id',
    );
    writeFileSync(join(dir, 'references.yaml'), '- id: a\n  title: [unclosed\n');
    expect(() => readReferenceList(join(dir, 'references.yaml'), dir)).toThrow(
      /^references.yaml: cannot read YAML/,
    );
  });
});

describe('entryIds', () => {
  it('uses file names as ids and rejects a name used twice', () => {
    fresh();
    mkdirSync(join(dir, 'faq'));
    writeFileSync(join(dir, 'faq', 'a.md'), '');
    writeFileSync(join(dir, 'faq', '_draft.md'), '');
    expect([...entryIds(join(dir, 'faq'), dir)]).toEqual(['a']);
    writeFileSync(join(dir, 'faq', 'a.mdx'), '');
    expect(() => entryIds(join(dir, 'faq'), dir)).toThrow('faq/a.mdx → id: duplicate id "a" (also a.md)');
  });
});
