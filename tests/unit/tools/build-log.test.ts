import { describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration, routeType } from '../../../tools/build-log.ts';

describe('parseDuration', () => {
  it('reads the durations Astro prints', () => {
    expect(parseDuration('464ms')).toBeCloseTo(0.464, 10);
    expect(parseDuration('6.30s')).toBeCloseTo(6.3, 10);
    expect(parseDuration('1m 25s')).toBe(85);
    expect(parseDuration('2m')).toBe(120);
    expect(parseDuration('soon')).toBeNaN();
  });
});

describe('routeType', () => {
  it.each([
    ['/index.html', 'home'],
    ['/404.html', '404.html'],
    ['/faq/index.html', 'faq/index'],
    ['/faq/what-is-pue/index.html', 'faq'],
    ['/careers/index.html', 'careers/index'],
  ])('%s is %s', (route, type) => {
    expect(routeType(route)).toBe(type);
  });
});

describe('parseBuildLog', () => {
  const log = [
    '23:59:40 [content] Syncing content',
    '23:59:46 [types] Generated 6.30s',
    '23:59:46 [build] ✓ Completed in 6.38s.',
    ' generating static routes ',
    '23:59:50   ├─ /faq/a/index.html (+12ms) ',
    '23:59:50   ├─ /faq/b/index.html (+8ms) ',
    '23:59:51   ├─ /careers/index.html (+1.50s) ',
    '23:59:52 ✓ Completed in 1m 5s.',
    '23:59:58 [build] ✓ Completed in 1m 12s.',
    '00:00:05 [site-checks] checked 3 pages: links, anchors, math and citations resolve',
    '00:00:07 [search-index] Pagefind indexed 3 pages',
  ].join('\n');

  it('splits the build into sync, render, checks and Pagefind, and render time by page type', () => {
    const phases = parseBuildLog(log);
    expect(phases.syncSeconds).toBeCloseTo(6.3, 10);
    expect(phases.renderSeconds).toBe(65);
    expect(phases.checkSeconds).toBe(7); // across midnight
    expect(phases.pagefindSeconds).toBe(2);
    expect(phases.routes['faq']).toEqual({ pages: 2, seconds: 0.02 });
    expect(phases.routes['careers/index']).toEqual({ pages: 1, seconds: 1.5 });
  });

  it('gives NaN for phases missing from the log', () => {
    const phases = parseBuildLog('nothing here');
    expect(phases.syncSeconds).toBeNaN();
    expect(phases.checkSeconds).toBeNaN();
    expect(phases.routes).toEqual({});
  });
});
