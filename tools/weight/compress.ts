/**
 * Transfer sizes as a static host with brotli would serve files: brotli at quality 11 (what
 * hosts use for pre-compressed static files), except formats that are compressed already.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { isPrecompressed } from './metrics.ts';

/** Size of `bytes` compressed with brotli at quality 11. */
export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/** Bytes a browser receives for the file at `path`: raw when already compressed, else brotli. */
export function transferSize(path: string, bytes: Uint8Array): number {
  return isPrecompressed(path, bytes) ? bytes.length : brotliSize(bytes);
}
