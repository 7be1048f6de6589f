/** The SHA-256 of a model file, as the model card writes it. Runs wherever Web Crypto does (pages, workers, Node). */

/** `bytes`' SHA-256 as 64 lowercase hex digits. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
