// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkCitations } from './src/lib/citations/remark-citations.ts';
import { loadCitableReferences } from './src/lib/citations/reference-map.ts';
import { contentDir } from './src/lib/content/paths.ts';
import { siteChecks } from './src/integrations/site-checks.ts';

const root = process.cwd();

/** Public URL of the deployed site: `$SITE_URL`, else a placeholder for local builds. */
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

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
            references: () => loadCitableReferences(contentDir(root), root),
            referencesPath: '/references/',
          },
        ],
      ],
      rehypePlugins: [
        // KaTeX renders to HTML + MathML only: no client JavaScript, no network.
        [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true, strict: 'warn' }],
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
            content: { type: 'text', value: '#' },
          },
        ],
      ],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  integrations: [mdx(), sitemap(), siteChecks()],
  vite: {
    build: {
      // The model must stay a file of its own (fetched, hashed, cached; never a data: URL).
      assetsInlineLimit: (file) => (file.endsWith('.onnx') || file.endsWith('.wasm') ? false : undefined),
    },
  },
});
