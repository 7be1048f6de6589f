import { describe, expect, it } from 'vitest';
import {
  pageResources,
  resolvePath,
  staticImportSpecifiers,
  staticScriptGraph,
} from '../../../tools/weight/static-graph.ts';

describe('resolvePath', () => {
  it('resolves relative and absolute references and drops other origins', () => {
    expect(resolvePath('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolvePath('../x.css', '/faq/a/')).toBe('/faq/x.css');
    expect(resolvePath('/_astro/c.js?v=1', '/')).toBe('/_astro/c.js');
    expect(resolvePath('https://cdn.example/x.js', '/')).toBeNull();
    expect(resolvePath('//cdn.example/x.js', '/')).toBeNull();
  });
});

describe('staticImportSpecifiers', () => {
  it('finds minified and formatted static imports and re-exports', () => {
    const source = [
      'import{a as e,i as t}from"./backend.D2.js";import"./side.js";',
      "import x, { y } from '../lib/y.js';",
      'import * as ns from "/abs/ns.mjs"',
      'export*from"./re.js";export{q}from"./q.js";',
      'import {\n  multi,\n  line\n} from "./multi.js";',
    ].join('\n');
    expect(staticImportSpecifiers(source)).toEqual([
      './backend.D2.js',
      './side.js',
      '../lib/y.js',
      '/abs/ns.mjs',
      './re.js',
      './q.js',
      './multi.js',
    ]);
  });

  it('ignores dynamic import(), import.meta, bare specifiers and look-alikes in strings', () => {
    const source = [
      'await import(`./ort.wasm.bundle.min.js`);const m=await import("./lazy.js");',
      'new URL("./x.wasm",import.meta.url);',
      'import{z}from"zod";',
      'document.querySelector(`[data-import"]`)?.click();let s="a";',
      'const o={import:"./not-a-module.js"};',
    ].join('\n');
    expect(staticImportSpecifiers(source)).toEqual([]);
  });
});

describe('pageResources', () => {
  it('lists stylesheets, scripts, preloads, media and inline module bodies', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/m.js"><link rel="canonical" href="https://x.example/">
      <script>inline classic</script><script type="module">import"/_astro/i.js";</script>
      <script type="application/json">{"model":"/_astro/m.onnx"}</script>
      <script type="module" src="/_astro/s.js"></script></head>
      <body><img src="pic.png"><link rel="stylesheet" href="/_astro/a.css"></body></html>`;
    expect(pageResources(html, '/faq/x/')).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/s.js'],
      preloads: ['/_astro/m.js'],
      media: ['/faq/x/pic.png'],
      inlineModules: ['import"/_astro/i.js";'],
    });
  });
});

describe('staticScriptGraph', () => {
  it('follows static imports from scripts and inline modules, not dynamic ones', () => {
    const files: Record<string, string> = {
      '/_astro/page.js': 'import{a}from"./shared.js";import("./ort.bundle.js");',
      '/_astro/shared.js': 'import"./leaf.js";import"./page.js";',
      '/_astro/leaf.js': 'export const x=1;',
      '/_astro/inline-dep.js': 'export{}',
      '/_astro/ort.bundle.js': 'import"./ort-core.js";',
    };
    const graph = staticScriptGraph(
      { scripts: ['/_astro/page.js'], preloads: [], inlineModules: ['import "/_astro/inline-dep.js";'] },
      '/',
      (path) => files[path],
    );
    expect(graph.sort()).toEqual([
      '/_astro/inline-dep.js',
      '/_astro/leaf.js',
      '/_astro/page.js',
      '/_astro/shared.js',
    ]);
  });

  it('keeps a missing file in the list', () => {
    expect(
      staticScriptGraph({ scripts: ['/gone.js'], preloads: [], inlineModules: [] }, '/', () => undefined),
    ).toEqual(['/gone.js']);
  });
});
