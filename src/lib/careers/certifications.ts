/**
 * How a certification is named on a career page. Pure: no DOM, no `astro:` imports.
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The exam code to print after a certification's name, or `undefined` when there is none or the
 * name already shows it ("Certified Kubernetes Administrator (CKA)" with code CKA prints the code
 * once, not again as "（CKA）"). The code must appear as a whole token, ignoring case: a name
 * containing "CKAD" does not already show the code "CKA".
 */
export function certificationCode(name: string, code: string | undefined): string | undefined {
  const trimmed = code?.trim();
  if (!trimmed) return undefined;
  const token = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(trimmed)}(?![A-Za-z0-9])`, 'i');
  return token.test(name) ? undefined : trimmed;
}
