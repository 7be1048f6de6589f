/**
 * Which top-level folder may import which (see CONTRIBUTING.md, "Where code lives"), checked
 * over the sources with the TypeScript parser (tests/unit/support/import-boundaries.test.ts):
 * - `tests/` and `bench/` never import each other: what both need lives in `tools/`;
 * - `tools/` (the harness both share) imports neither;
 * - `src/` (shipped code) imports none of the three.
 * Every module reference counts: `import … from`, `export … from`, `import type`, `import('…')`,
 * `require('…')` and `import x = require('…')`. Only relative specifiers can reach another
 * folder of the repository, so bare ones (packages) are skipped. In an `.astro` file the
 * frontmatter and the `<script>` elements are read.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Folders a top-level folder must not import from. */
export const FORBIDDEN_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  tests: ['bench'],
  bench: ['tests'],
  tools: ['tests', 'bench'],
  src: ['tests', 'bench', 'tools'],
};

export interface ImportViolation {
  /** Importing file, relative to the root. */
  file: string;
  /** 1-based line of the reference. */
  line: number;
  /** The specifier as written. */
  specifier: string;
  /** Top-level folder it reaches. */
  reaches: string;
}

/**
 * The TypeScript of an `.astro` file: its frontmatter and its `<script>` bodies, every other
 * line blanked so that line numbers stay those of the file.
 */
function astroScripts(source: string): string {
  const keep = new Array<boolean>(source.length).fill(false);
  const mark = (start: number, end: number) => keep.fill(true, start, end);
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (front) mark(front.index + 3, front.index + 3 + front[1].length + 1);
  for (const m of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    mark(m.index + m[0].indexOf('>') + 1, m.index + m[0].length - '</script>'.length);
  return [...source].map((c, i) => (keep[i] || c === '\n' ? c : ' ')).join('');
}

/** Relative module specifiers referenced by a source file, with their lines. */
export function moduleSpecifiers(file: string, text: string): { specifier: string; line: number }[] {
  const source = file.endsWith('.astro') ? astroScripts(text) : text;
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: { specifier: string; line: number }[] = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) {
      found.push({
        specifier: node.text,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node.moduleReference.expression);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const dynamic = callee.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(callee) && callee.text === 'require';
      if (dynamic || required) add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.filter((f) => f.specifier.startsWith('.'));
}

/** The top-level folder of `path` under `root` (`tests`, `src` …), or undefined outside it. */
function topFolder(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel.startsWith('..') || rel === '') return undefined;
  return rel.split(sep)[0];
}

/** References in `file` (absolute path, contents `source`) that cross a forbidden boundary. */
export function importViolations(root: string, file: string, source: string): ImportViolation[] {
  const from = topFolder(root, file);
  const forbidden = from === undefined ? [] : (FORBIDDEN_IMPORTS[from] ?? []);
  if (forbidden.length === 0) return [];
  return moduleSpecifiers(file, source).flatMap(({ specifier, line }) => {
    const reaches = topFolder(root, resolve(dirname(file), specifier));
    return reaches !== undefined && forbidden.includes(reaches)
      ? [{ file: relative(root, file).split(sep).join('/'), line, specifier, reaches }]
      : [];
  });
}
