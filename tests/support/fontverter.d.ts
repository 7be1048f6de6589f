/** Types for the parts of `fontverter` (no types of its own) that the tests use. */
declare module 'fontverter' {
  /** Converts a font between sfnt (TrueType/OpenType), woff and woff2. */
  export function convert(buffer: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}
