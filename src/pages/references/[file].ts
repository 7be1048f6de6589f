/**
 * The whole reference list as one file: `/references/references.bib`, `.ris` and `.json`
 * (CSL-JSON), in citation-number order, written at build time by `exportReferences`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferences } from '../../data/collections.ts';
import { exportFormats, exportReferences, type ExportFormat } from '../../lib/citations/format-reference.ts';

export const getStaticPaths = (async () => {
  const references = await getReferences();
  return (Object.keys(exportFormats) as ExportFormat[]).map((format) => ({
    params: { file: `references.${format}` },
    props: {
      body: exportReferences(
        references.map((r) => r.data),
        format,
      ),
      format,
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; format: ExportFormat }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': exportFormats[props.format].mediaType } });
