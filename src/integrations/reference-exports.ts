/**
 * The reference list as files for reference managers, written in one pass after the build
 * (instead of one Astro route per file: with 1,000 references those were 3,000 renders):
 * `/references/references.<format>` (the whole list, in citation-number order) and
 * `/references/export/<id>.<format>` (one entry), for BibTeX, RIS and CSL-JSON
 * (`exportReferences`; URLs from `url.referenceExport`). `astro dev` serves the same files from
 * memory. Runs before the pages are read for the site checks, so links to them resolve.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../data/content-dir.ts';
import { loadReferences } from '../data/references.ts';
import { exportFormats, exportReferences, type ExportFormat } from '../lib/citations/format-reference.ts';
import { url } from '../lib/site.ts';
import { referenceSchema } from '../schemas/references.ts';

/** Every export file: URL path → body and media type. */
export function referenceExportFiles(dir = contentDir()): Map<string, { body: string; mediaType: string }> {
  // In citation-number order: numbers run group by group (the loader's `order`), not file order.
  const references = [...loadReferences(dir).entries]
    .sort((a, b) => a.order - b.order)
    .map(({ id, order, raw }) => referenceSchema.parse({ ...raw, id, order }));
  const files = new Map<string, { body: string; mediaType: string }>();
  for (const format of Object.keys(exportFormats) as ExportFormat[]) {
    const { mediaType } = exportFormats[format];
    files.set(url.referenceExport(format), { body: exportReferences(references, format), mediaType });
    for (const ref of references) {
      files.set(url.referenceExport(format, ref.id), { body: exportReferences([ref], format), mediaType });
    }
  }
  return files;
}

export function referenceExports(): AstroIntegration {
  return {
    name: 'reference-exports',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          if (!path.startsWith(url.references())) return next();
          const file = referenceExportFiles().get(path);
          if (file === undefined) return next();
          res.setHeader('Content-Type', file.mediaType);
          res.end(file.body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = referenceExportFiles();
        for (const [path, { body }] of files) {
          const file = join(out, ...path.split('/').filter(Boolean));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, body);
        }
        logger.info(`wrote ${files.size} reference export files`);
      },
    },
  };
}
