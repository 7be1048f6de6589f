/**
 * Every file under src/ stays short enough to read in one sitting (issue 23: no file in src/ over
 * 450 lines): a file that grows past the limit is split along its seams (pure logic into src/lib/,
 * component parts into sub-components or imported stylesheets), not allowed to sprawl.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tools/site-build.ts';

const MAX_LINES = 450;

/** Lines as `wc -l` counts them, plus a last line without its newline. */
const lineCount = (text: string) =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));

describe('source file length', () => {
  it('lists the files of src/ (the check is not vacuous)', () => {
    expect(files.some((f) => f.endsWith('plan-view.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('global.css'))).toBe(true);
    expect(files.length).toBeGreaterThan(100);
  });

  it('counts lines as wc -l does', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 2, 2]);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file: file.slice(ROOT.length + 1), lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
