/**
 * Every page of the built site is valid HTML for the Nu HTML Checker (the W3C validator's
 * engine, `vnu-jar`): no errors, among them no content after `</html>`. Its CSP warnings are
 * left out: checking files, it has no origin for `'self'`, so it reports every same-origin
 * stylesheet and script as blocked (browser tests run every page under the real CSP and fail
 * on any violation).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { ensureSite } from '../../tools/site-build.ts';
import { checkHtml, type NuMessage } from '../support/nu-checker.ts';

let dir = '';
let messages: NuMessage[] = [];

beforeAll(async () => {
  dir = await ensureSite();
  messages = await checkHtml(dir);
}, 600_000);

const describeMessage = (m: NuMessage) =>
  `${m.file}${m.line === undefined ? '' : `:${m.line}`}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').slice(0, 80)}]` : ''}`;

describe('HTML validity (Nu checker)', () => {
  it('checks every page of the site', () => {
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    // The checker names a page only when it has something to say: it did run over the folder.
    expect(messages.length).toBeGreaterThan(0);
  });

  it('reports no error on any page', () => {
    expect(messages.filter((m) => m.type === 'error').map(describeMessage)).toEqual([]);
  });

  it('reports no warning other than its CSP ones for files without an origin', () => {
    const warnings = messages.filter(
      (m) => m.type === 'warning' && !m.message.includes('violates Content Security Policy'),
    );
    expect(warnings.map(describeMessage)).toEqual([]);
  });
});
