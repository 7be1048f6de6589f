/**
 * Transfer sizes of served files (brotli quality 11, or raw for compressed formats), cached on
 * disk by content hash in bench/results/transfer-cache.json: brotli 11 on onnxruntime-web's
 * 14 MB WASM takes about a minute, and the file rarely changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transferSize } from '../tools/weight/compress.ts';
import { assetKind, isPrecompressed, type AssetKind } from '../tools/weight/metrics.ts';
import type { SiteFiles } from '../tools/weight/page-weight.ts';
import type { Served } from '../tools/static-server.ts';

const CACHE_FILE = fileURLToPath(new URL('results/transfer-cache.json', import.meta.url));

export class TransferSizes {
  private readonly site: SiteFiles;
  private readonly byHash: Record<string, number>;
  private readonly byPath = new Map<string, number>();
  private dirty = false;

  constructor(site: SiteFiles) {
    this.site = site;
    this.byHash = existsSync(CACHE_FILE)
      ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, number>)
      : {};
  }

  /** Transferred bytes for a served path (0 when the file is not in the site). */
  size(path: string): number {
    const known = this.byPath.get(path);
    if (known !== undefined) return known;
    const bytes = this.site.read(path);
    let size = 0;
    if (bytes !== undefined) {
      const key = `${createHash('sha256').update(bytes).digest('hex')}:${isPrecompressed(path, bytes) ? 'raw' : 'br11'}`;
      const cached = this.byHash[key];
      if (cached !== undefined) size = cached;
      else {
        if (bytes.length > 1_000_000) {
          process.stderr.write(
            `  compressing ${path} (${(bytes.length / 1e6).toFixed(1)} MB) with brotli 11…\n`,
          );
        }
        size = transferSize(path, bytes);
        this.byHash[key] = size;
        this.dirty = true;
      }
    }
    this.byPath.set(path, size);
    return size;
  }

  /**
   * Bytes by kind for a list of responses: 200s count their transfer size; 304s and other
   * statuses count 0 (headers only). Requests served from the browser cache never reach the
   * server, so they are not in the list.
   */
  tally(served: readonly Served[]): { byKind: Record<AssetKind, number>; total: number; files: number } {
    const byKind: Record<AssetKind, number> = {
      html: 0,
      css: 0,
      js: 0,
      font: 0,
      wasm: 0,
      model: 0,
      other: 0,
    };
    let files = 0;
    for (const s of served) {
      if (s.status !== 200) continue;
      const kind = s.path.endsWith('/') ? 'html' : assetKind(s.path);
      byKind[kind] += this.size(s.path);
      files++;
    }
    return { byKind, total: Object.values(byKind).reduce((a, b) => a + b, 0), files };
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(CACHE_FILE), { recursive: true });
    writeFileSync(CACHE_FILE, `${JSON.stringify(this.byHash)}\n`);
    this.dirty = false;
  }
}
