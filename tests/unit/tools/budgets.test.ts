import { describe, expect, it } from 'vitest';
import { scriptBaselineOf } from '../../../tools/budgets.ts';

const BASELINE = {
  '/': 2000,
  '/careers/': 2100,
  '/careers/a/': 5000,
  '/careers/b/': 5200,
  '/article/': 12000,
};

describe('scriptBaselineOf', () => {
  it('returns the recorded baseline of a known page', () => {
    expect(scriptBaselineOf('/careers/a/', BASELINE)).toBe(5000);
    expect(scriptBaselineOf('/', BASELINE)).toBe(2000);
  });

  it('holds a new page to the largest baseline of its siblings', () => {
    expect(scriptBaselineOf('/careers/c/', BASELINE)).toBe(5200);
  });

  it('holds a page in a new section to the largest content-page baseline (a career), not the article', () => {
    expect(scriptBaselineOf('/plan/', BASELINE)).toBe(5200);
    expect(scriptBaselineOf('/plan/x/', BASELINE)).toBe(5200);
  });
});
