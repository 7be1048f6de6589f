// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkCitations } from './src/lib/citations/remark-citations.ts';
import { remarkContentFacts } from './src/lib/markdown/content-facts.ts';
import { remarkEditorNotes } from './src/lib/markdown/editor-notes.ts';
import { remarkReproNumbers } from './src/lib/markdown/repro-numbers.ts';
import { labelBugResults } from './src/data/models.ts';
import { codeErratumMeta, rehypeCodeCopy } from './src/lib/markdown/code-copy.ts';
import { rehypeHeadingAnchorTail } from './src/lib/markdown/heading-anchor.ts';
import { rehypeScrollableMath } from './src/lib/markdown/scrollable-math.ts';
import { loadReferences } from './src/data/references.ts';
import { parseSiteUrl, url } from './src/lib/site.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { searchIndex } from './src/integrations/search/pagefind-index.ts';
import { katexFontSubset } from './src/integrations/katex-fonts.ts';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { builtPages } from './src/integrations/built-pages.ts';
import { referenceExports } from './src/integrations/reference-exports.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Hash of the inline theme script (BaseLayout inlines src/islands/theme/theme-init.js verbatim). */
const themeInitHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256')
    .update(readFileSync(new URL('./src/islands/theme/theme-init.js', import.meta.url)))
    .digest('base64')}`
);

/**
 * CSP directives besides script-src and style-src, which Astro writes with the hashes of what it
 * emits (see `security.csp`). Also written to dist/_headers by the site-checks integration.
 */
export const CSP_DIRECTIVES = /** @type {const} */ ([
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

/**
 * Public URL of the deployed site: `$SITE_URL`. Without it the build writes no absolute URLs
 * (no canonical, og:url, sitemap) and warns (src/integrations/site-url.ts).
 */
const site = parseSiteUrl(process.env.SITE_URL);

/** The built pages, read once after the build by the integrations that need them. */
const pages = builtPages();

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Test fixtures build into temporary folders; keep their caches apart from the real site.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [
          remarkCitations,
          {
            references: () => loadReferences().citable,
            referenceHref: url.reference,
          },
        ],
        // Records the errata list and "has math" for pages (remarkPluginFrontmatter).
        remarkContentFacts,
        // <ReproNumber id="…" digits="…" />: the label-bug number, read from models/label-bug.json.
        [remarkReproNumbers, { results: labelBugResults }],
        // `> **编者注：** …` blockquotes become notes in the body colour (class editor-note).
        remarkEditorNotes,
      ],
      rehypePlugins: [
        // KaTeX renders to HTML + MathML only: no client JavaScript, no network.
        [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true, strict: 'warn' }],
        // Display formulas scroll sideways on narrow screens: focusable, so the keyboard can scroll them.
        rehypeScrollableMath,
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            // data-pagefind-ignore keeps the '#' out of search sub-result titles.
            properties: {
              className: ['heading-anchor'],
              ariaHidden: 'true',
              tabIndex: -1,
              dataPagefindIgnore: '',
            },
            content: { type: 'text', value: '#' },
          },
        ],
        // The '#' stays on the line of the heading's last character: never a line of its own.
        rehypeHeadingAnchorTail,
        // Every code block gets a copy button (<dc-code-block>, src/islands/code/code-copy.ts).
        rehypeCodeCopy,
      ],
    }),
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      // ```python erratum="<id>": the source article's wrong code, warned about (code-copy.ts).
      transformers: [codeErratumMeta()],
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      // 'wasm-unsafe-eval' only: Pagefind and onnxruntime-web compile WebAssembly. Astro adds
      // the hashes of every script it emits; no 'unsafe-inline', no 'unsafe-eval'.
      // Astro hashes the scripts it bundles; the one is:inline script's hash is added here.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      // The one exception, `style-src-attr 'unsafe-inline'`: KaTeX positions glyphs and Shiki
      // colours code with style="" attributes. Attribute styles cannot run script; <style>
      // elements and stylesheets stay limited to 'self' and hashes.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Build hooks run in this order: referenceExports writes the reference list's files,
  // katexFontSubset rewrites font files and references before siteChecks checks the pages;
  // searchIndex then indexes the checked pages with Pagefind; serviceWorker last, since its
  // precache list names the final files, Pagefind's included. katexFontSubset and siteChecks
  // share one read of the built pages (each page parsed once).
  integrations: [
    siteUrlWarning(),
    mdx(),
    // The offline page is served by the service worker, never visited at its own URL.
    sitemap({ filter: (page) => new URL(page).pathname !== url.offline() }),
    referenceExports(),
    katexFontSubset(pages),
    siteChecks(pages),
    searchIndex(),
    serviceWorker(),
  ],
  vite: {
    // Module workers, so that a worker's dynamic import() becomes a chunk of its own (the
    // playground's worker loads the ONNX writer only when the reader exports); the default
    // 'iife' format inlines it.
    worker: { format: 'es' },
    build: {
      // Never inline the model, WASM, fonts or linked stylesheets (the demos' CSS) as data: URLs:
      // they stay files of their own (hashed, cached; and the CSP allows only 'self'). Nor the
      // islands' scripts into the pages (Astro inlines a small one by this limit): as files they
      // are downloaded once for every page (the offline precache holds each once, not once per
      // page), and each page's CSP lists only the hashes of its own inline scripts.
      assetsInlineLimit: (file) => (/\.(onnx|wasm|woff2?|ttf|css|js)$/.test(file) ? false : undefined),
    },
  },
});
