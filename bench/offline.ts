/**
 * The service worker's precache (issue 22): how many files and how many bytes a first visit
 * stores for offline reading, compressed as a host serves them (brotli 11, or as they are when
 * already compressed), by kind and by tier: the shell, always installed, and the text tier,
 * skipped with Save-Data. The list is the build's own (`precacheList`, as written into sw.js).
 */
import { precacheList, type PrecacheFile } from '../src/integrations/service-worker.ts';
import type { SiteFiles } from '../tools/weight/page-weight.ts';
import { size, type Row } from './report.ts';
import { BUDGETS } from '../tools/budgets.ts';

/** The target for every text page and the search index. */
export const PRECACHE_TARGET_BYTES = BUDGETS.precache;

type Kind = 'pages' | 'search index' | 'scripts' | 'styles' | 'fonts' | 'other';

interface Tally {
  files: number;
  /** Uncompressed, as Cache Storage keeps them. */
  rawBytes: number;
  /** Transferred: brotli, or raw for files compressed already. */
  bytes: number;
}

export interface PrecacheSize {
  total: Tally;
  shell: Tally;
  byKind: Record<Kind, Tally>;
}

function kindOf(file: PrecacheFile): Kind {
  if (file.file.endsWith('.html')) return 'pages';
  if (file.url.startsWith('/pagefind/')) return 'search index';
  if (file.url.endsWith('.js')) return 'scripts';
  if (file.url.endsWith('.css')) return 'styles';
  if (file.url.endsWith('.woff2')) return 'fonts';
  return 'other';
}

const empty = (): Tally => ({ files: 0, rawBytes: 0, bytes: 0 });

/** Sizes of the precache of the site in `site.dir`. */
export async function precacheSize(site: SiteFiles): Promise<PrecacheSize> {
  const { files } = await precacheList(site.dir);
  const result: PrecacheSize = {
    total: empty(),
    shell: empty(),
    byKind: {
      pages: empty(),
      'search index': empty(),
      scripts: empty(),
      styles: empty(),
      fonts: empty(),
      other: empty(),
    },
  };
  for (const file of files) {
    const raw = file.bytes;
    const bytes = site.transfer(file.url) ?? raw;
    for (const tally of [
      result.total,
      result.byKind[kindOf(file)],
      ...(file.tier === 'shell' ? [result.shell] : []),
    ]) {
      tally.files += 1;
      tally.rawBytes += raw;
      tally.bytes += bytes;
    }
  }
  return result;
}

/** Rows for the bench table. */
export function precacheRows(p: PrecacheSize): Row[] {
  const kinds = (Object.entries(p.byKind) as [Kind, Tally][])
    .filter(([, t]) => t.files > 0)
    .map(([kind, t]) => `${kind} ${size(t.bytes)} (${t.files})`)
    .join(' · ');
  return [
    {
      section: 'offline',
      measure: 'precache after the first visit (sw.js)',
      median: size(p.total.bytes),
      range: '—',
      notes: `${p.total.files} files, ${size(p.total.rawBytes)} stored; target ${size(PRECACHE_TARGET_BYTES)} · ${kinds}`,
    },
    {
      section: 'offline',
      measure: 'precache with Save-Data or short storage (shell)',
      median: size(p.shell.bytes),
      range: '—',
      notes: `${p.shell.files} files: the offline page and what it loads`,
    },
  ];
}

/** A finding for RESULTS.md. */
export function precacheFinding(p: PrecacheSize): string {
  const within = p.total.bytes <= PRECACHE_TARGET_BYTES ? 'within' : 'OVER';
  return (
    `Offline precache: ${size(p.total.bytes)} compressed for ${p.total.files} files (${within} the ` +
    `${size(PRECACHE_TARGET_BYTES)} target), ${size(p.byKind.pages.bytes)} of it pages and ` +
    `${size(p.byKind['search index'].bytes)} the search index; ${size(p.shell.bytes)} with Save-Data.`
  );
}
