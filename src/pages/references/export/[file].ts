/**
 * One reference as a file to import into a reference manager: `/references/export/<id>.bib`,
 * `.ris` and `.json` (CSL-JSON), written at build time by `exportReferences`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferences } from '../../../data/collections.ts';
import {
  exportFormats,
  exportReferences,
  type ExportFormat,
} from '../../../lib/citations/format-reference.ts';

export const getStaticPaths = (async () => {
  const references = await getReferences();
  return references.flatMap((ref) =>
    (Object.keys(exportFormats) as ExportFormat[]).map((format) => ({
      params: { file: `${ref.id}.${format}` },
      props: { body: exportReferences([ref.data], format), format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; format: ExportFormat }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': exportFormats[props.format].mediaType } });
