/**
 * Link texts on the built site (`.tmp/site`): every internal link in the article, the FAQ, the
 * careers and the home page names its target page (title, career aliases, a section's label)
 * or the heading at its anchor, or is a generic phrase (tests/support/link-text.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSite, SITE_DIR } from '../../tools/site-build.ts';
import { checkLinkTexts } from '../support/link-text.ts';
import { type BuiltPage } from '../../src/lib/site-checks/html-checks.ts';
import { sections, SITE_NAME, url } from '../../src/lib/site.ts';

let pages: BuiltPage[] = [];
beforeAll(async () => {
  await ensureSite();
  pages = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({
      url: '/' + f.replace(/\\/g, '/').replace(/index\.html$/, ''),
      html: readFileSync(join(SITE_DIR, f), 'utf8'),
    }));
}, 300_000);

describe('link texts', () => {
  it('name their targets on the home page, the article, the FAQ and the careers', () => {
    const checked = [url.home(), url.article(), url.faqs(), url.careers()];
    const include = (path: string) => checked.some((p) => path === p || (p !== '/' && path.startsWith(p)));
    const names = new Map<string, string[]>([
      [url.home(), ['首页', SITE_NAME]],
      ...sections.map((s): [string, string[]] => [s.path, [s.label]]),
    ]);
    expect(pages.filter((p) => include(p.url)).length).toBeGreaterThan(30);
    const problems = checkLinkTexts(pages, { referencesPath: url.references(), include, names });
    expect(problems.map((p) => `${p.url}: ${p.message}`)).toEqual([]);
  });
});
