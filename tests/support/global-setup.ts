/**
 * Vitest's global setup of the build and browser tests: builds the site once (when `.tmp/site`
 * is missing or older than its sources) before the first test file starts, so that a file's
 * time is its tests' and a build failure is reported once, before any test.
 */
import { ensureSite } from '../../tools/site-build.ts';

export default async function setup(): Promise<void> {
  await ensureSite();
}
