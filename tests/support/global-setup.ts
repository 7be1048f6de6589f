/**
 * Vitest's global setup of the build and browser tests: builds the site once (when `.tmp/site`
 * is missing or older than its sources) before any test file starts, so that test files running
 * side by side never build it at the same time.
 */
import { ensureSite } from '../../tools/site-build.ts';

export default async function setup(): Promise<void> {
  await ensureSite();
}
