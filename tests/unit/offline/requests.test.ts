import { describe, expect, it } from 'vitest';
import { isOnDemand, requestKind, servedPath } from '../../../src/lib/offline/requests.ts';

describe('isOnDemand', () => {
  it.each([
    ['/_astro/ort.wasm.bundle.min.CFGDPPcc.js', true],
    ['/_astro/ort.jspi.bundle.min.CAdJHIxN.js', true],
    ['/_astro/ort-wasm-simd-threaded.DcHrbrbl.wasm', true],
    ['/_astro/separator.DuzEhseK.onnx', true],
    // The playground's small check module imports ORT lazily; it is a text page's own script.
    ['/_astro/ort-check.oU9FFaAb.js', false],
    ['/_astro/island.CQb6CQrM.js', false],
    ['/pagefind/wasm.unknown.pagefind', false],
    ['/faq/', false],
  ])('%s → %s', (path, expected) => {
    expect(isOnDemand(path)).toBe(expected);
  });
});

describe('requestKind', () => {
  it.each([
    ['/faq/what-is-pue/', undefined, 'page'],
    ['/', undefined, 'page'],
    ['/faq/what-is-pue', 'navigate', 'page'],
    ['/_astro/BaseLayout.l3MuccWY.css', 'no-cors', 'asset'],
    ['/_astro/ort.wasm.bundle.min.CFGDPPcc.js', 'cors', 'on-demand'],
    ['/_astro/separator.DuzEhseK.onnx', 'navigate', 'on-demand'],
    ['/pagefind/pagefind.js', 'cors', 'search'],
    ['/references/export/x.bib', 'cors', 'other'],
    ['/sw.js', 'same-origin', 'other'],
  ])('%s (%s) is %s', (path, mode, kind) => {
    expect(requestKind(path, mode)).toBe(kind);
  });
});

describe('servedPath', () => {
  it.each([
    ['index.html', '/'],
    ['faq/what-is-pue/index.html', '/faq/what-is-pue/'],
    ['_astro/a.js', '/_astro/a.js'],
    ['/pagefind/pagefind.js', '/pagefind/pagefind.js'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, path) => {
    expect(servedPath(file)).toBe(path);
  });
});
