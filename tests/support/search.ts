/**
 * The search dialog as browser tests drive it (the DOM contract of `<dc-search>`, see
 * docs/search.md "The search UI"): its input, and the wait until the results on screen are a query's.
 */
import type { Page } from 'playwright-core';
import { APP_READY_MS } from '../../tools/timeouts.ts';

/** The open dialog's one search input. */
export const SEARCH_INPUT = 'dc-search dialog[open] input[type="search"]';

/** Waits until `<dc-search>` has settled on `query`: its results (or empty state) are rendered. */
export async function searchSettled(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const host = document.querySelector<HTMLElement>('dc-search');
      return host?.dataset['state'] === 'done' && host.dataset['query'] === q;
    },
    query,
    { timeout: APP_READY_MS },
  );
}
