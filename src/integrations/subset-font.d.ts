/** Types for `subset-font` (it ships none): the one call the KaTeX font subsetting makes. */
declare module 'subset-font' {
  /** Subsets a TrueType/WOFF/WOFF2 font to the glyphs of `text` with harfbuzz's hb-subset. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
  ): Promise<Buffer>;
}
