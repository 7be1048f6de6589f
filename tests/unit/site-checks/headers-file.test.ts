import { describe, expect, it } from 'vitest';
import {
  headersFor,
  mergeCsp,
  parseHeadersFile,
  setHeader,
} from '../../../src/lib/site-checks/headers-file.ts';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/*.wasm
  Content-Type: application/wasm
`;

describe('parseHeadersFile / headersFor', () => {
  it('applies every matching block in order', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/*.wasm']);
    expect(Object.fromEntries(headersFor(rules, '/_astro/ort.abc.wasm'))).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Type': 'application/wasm',
    });
    expect(headersFor(rules, '/faq/').has('Cache-Control')).toBe(false);
  });

  it('names the line of a header outside any block', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1');
  });
});

describe('setHeader', () => {
  it('adds a header to an existing block, replaces it on a second call, or adds a block', () => {
    const once = setHeader(FILE, '/*', 'Content-Security-Policy', "default-src 'self'");
    expect(headersFor(parseHeadersFile(once), '/').get('Content-Security-Policy')).toBe("default-src 'self'");
    const twice = setHeader(once, '/*', 'Content-Security-Policy', "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    const added = setHeader(FILE, '/new/*', 'X-B', 'c');
    expect(headersFor(parseHeadersFile(added), '/new/x').get('X-B')).toBe('c');
  });
});

describe('mergeCsp', () => {
  it('unites the sources of each directive', () => {
    expect(
      mergeCsp(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b';"]),
    ).toBe("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });
});
