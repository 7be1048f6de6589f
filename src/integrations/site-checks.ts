import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { checkPageFacts, formatProblems, type PageFacts } from '../lib/site-checks/html-checks.ts';
import { mergeCsp, setHeader } from '../lib/site-checks/headers-file.ts';
import type { builtPages } from './built-pages.ts';

/**
 * One policy for the whole site: the union of every page's CSP meta tag (pages differ only in
 * the hashes of their own inline styles and scripts). As a header it never forbids what a
 * page's own, stricter meta policy allows, and browsers enforce both.
 */
function siteCsp(pages: readonly PageFacts[]): string {
  const policies = pages.map((page) => {
    if (!page.csp) throw new Error(`Site check failed: ${page.url} has no Content-Security-Policy meta tag`);
    return page.csp;
  });
  return mergeCsp(policies);
}

/**
 * After the build: checks every page's links, anchors, math and citations (failing the build
 * with the content file named) and writes the site's CSP into `_headers`. Search indexing is
 * the next integration's job (`search/pagefind-index.ts`).
 */
export function siteChecks(pages: ReturnType<typeof builtPages>): AstroIntegration {
  return {
    name: 'site-checks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Read by the KaTeX font subsetting before it rewrote font links: what is checked here
        // (links, ids, headings, prose, inline scripts, the CSP) is the same after.
        const site = await pages.read(out);
        const problems = checkPageFacts(site.pages, site.assets);
        if (problems.length > 0) {
          throw new Error(
            `Site check failed, ${problems.length} problem(s):\n${formatProblems(problems, relative(process.cwd(), out) || '.')}`,
          );
        }
        logger.info(`checked ${site.pages.length} pages: links, anchors, math and citations resolve`);

        // The same CSP as a response header, plus what only a header can say (frame-ancestors).
        const headersFile = join(out, '_headers');
        if (existsSync(headersFile)) {
          const csp = `${siteCsp(site.pages).replace(/;\s*$/, '')}; frame-ancestors 'none'`;
          writeFileSync(
            headersFile,
            setHeader(readFileSync(headersFile, 'utf8'), '/*', 'Content-Security-Policy', csp),
          );
          logger.info('wrote the Content-Security-Policy header into _headers');
        }
      },
    },
  };
}
