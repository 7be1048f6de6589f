import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { checkBuiltPages, formatProblems, type BuiltPage } from '../lib/site-checks/html-checks.ts';
import { mergeCsp, setHeader } from '../lib/site-checks/headers-file.ts';

/**
 * One policy for the whole site: the union of every page's CSP meta tag (pages differ only in
 * the hashes of their own inline styles and scripts). As a header it never forbids what a
 * page's own, stricter meta policy allows, and browsers enforce both.
 */
function siteCsp(pages: BuiltPage[]): string {
  const policies = pages.map((page) => {
    const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html);
    if (!match?.[1])
      throw new Error(`Site check failed: ${page.url} has no Content-Security-Policy meta tag`);
    return match[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  });
  return mergeCsp(policies);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build: checks every page's links, anchors, math and citations (failing the build
 * with the content file named) and writes the site's CSP into `_headers`. Search indexing is
 * the next integration's job (`search/pagefind-index.ts`).
 */
export function siteChecks(): AstroIntegration {
  return {
    name: 'site-checks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await listFiles(out);
        const pages: BuiltPage[] = [];
        const assets = new Set<string>();
        for (const file of files) {
          const url = '/' + relative(out, file).split(sep).join('/');
          if (file.endsWith('.html')) {
            const path = url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
            pages.push({ url: path, html: await readFile(file, 'utf8') });
          } else assets.add(url);
        }
        const problems = checkBuiltPages(pages, assets);
        if (problems.length > 0) {
          throw new Error(
            `Site check failed, ${problems.length} problem(s):\n${formatProblems(problems, relative(process.cwd(), out) || '.')}`,
          );
        }
        logger.info(`checked ${pages.length} pages: links, anchors, math and citations resolve`);

        // The same CSP as a response header, plus what only a header can say (frame-ancestors).
        const headersFile = join(out, '_headers');
        if (existsSync(headersFile)) {
          const csp = `${siteCsp(pages).replace(/;\s*$/, '')}; frame-ancestors 'none'`;
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
