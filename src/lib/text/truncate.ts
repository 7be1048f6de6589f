/** Shortening text for display. Pure. */

/**
 * `text` cut to at most `max` characters (code points, so a surrogate pair is never split),
 * the last of them an ellipsis when anything was cut.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}
