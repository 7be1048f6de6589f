import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, foldWidth } from '../../../src/lib/text/fold.ts';

describe('fold', () => {
  it('unifies full-width and compatibility forms and case', () => {
    expect(fold('ＧＰＵ　Ｋ８ｓ')).toBe('gpu k8s');
    expect(fold('①ﬁ')).toBe('1fi');
    expect(fold('数据中心')).toBe('数据中心');
  });

  it('keeps case in foldWidth, for text that is also shown', () => {
    expect(foldWidth('ＫＵＢＥＲＮＥＴＥＳ')).toBe('KUBERNETES');
  });

  it('is the only place in src/ that applies NFKC', () => {
    const src = join(import.meta.dirname, '../../../src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|astro|mjs)$/.test(name)) files.push(path);
      }
    };
    walk(src);
    const users = files
      .filter((f) => /\.normalize\(\s*['"]NFKC/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(users).toEqual(['lib/text/fold.ts']);
  });
});
