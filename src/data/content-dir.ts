import { isAbsolute, resolve } from 'node:path';

/**
 * Folder the site's content is read from: `content/` at the project root, or `$CONTENT_DIR`
 * (absolute, or relative to the working directory). Tests point it at fixture folders.
 */
export function contentDir(cwd: string = process.cwd()): string {
  const configured = process.env['CONTENT_DIR'];
  if (configured === undefined || configured === '') return resolve(cwd, 'content');
  return isAbsolute(configured) ? configured : resolve(cwd, configured);
}
