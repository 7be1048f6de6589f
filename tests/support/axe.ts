/**
 * axe-core in a Playwright page: the one way browser tests and the site audit run it. The
 * script is evaluated through DevTools, so the site's CSP (no inline scripts) does not apply
 * to it and tests keep the CSP on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 level A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The violations axe-core finds on `page` (or inside the first element matching `selector`),
 * one line each: `id (impact): target | target | target` (the first three nodes).
 */
export async function axeViolations(
  page: Page,
  options: { selector?: string; tags?: readonly string[] } = {},
): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ selector, tags }) => {
      interface Result {
        violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
      }
      const axe = (window as unknown as { axe: { run: (ctx: Element, o: object) => Promise<Result> } }).axe;
      const context = selector === undefined ? document.documentElement : document.querySelector(selector);
      if (context === null) throw new Error(`axe: no element matches ${selector}`);
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    },
    { selector: options.selector, tags: [...(options.tags ?? WCAG_TAGS)] },
  );
}
