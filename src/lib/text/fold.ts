/**
 * The one way this project compares text a reader typed or a page wrote: every matcher (search,
 * the careers filter, the role picker, the link-text check) folds both sides with `fold` and
 * then applies its own rule about spaces and punctuation. Pure.
 */

/**
 * Compatibility forms unified (Unicode NFKC), case kept: full-width ＧＰＵ → GPU, ① → 1, ﬁ → fi,
 * the ideographic space → a space. For text that is shown as well as compared.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/** `foldWidth`, then lower case: the form two texts are compared in. */
export function fold(text: string): string {
  return foldWidth(text).toLowerCase();
}
