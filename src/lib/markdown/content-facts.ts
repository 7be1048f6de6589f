/**
 * Facts about a Markdown/MDX document that pages need, recorded by the remark plugin that walks
 * its tree (`remarkContentFacts`) instead of searched for in the source text: the editor's
 * notes (`<Erratum id="…" title="…">`) in order, and whether the document has math. Pages read
 * them from `render(entry).remarkPluginFrontmatter` with `readContentFacts`. Pure: no Astro.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** One editor's note: its id (anchor `erratum-<id>`) and its short title. */
interface ErratumFact {
  id: string;
  title: string;
}

/** What `remarkContentFacts` records about a document. */
export interface ContentFacts {
  /** Every `<Erratum>` in document order. */
  errata: ErratumFact[];
  /** True when the document has inline or display math (remark-math nodes). */
  hasMath: boolean;
}

/** Anchor id of an editor's note; `Erratum.astro` renders it, the errata summary links to it. */
export function erratumAnchor(id: string): string {
  return `erratum-${id}`;
}

/** Thrown for an `<Erratum>` whose `id` or `title` is missing or not a plain string. */
class ErratumAttributeError extends Error {
  constructor(file: string, line: number | undefined, name: string) {
    super(
      `${file}${line === undefined ? '' : `:${line}`}: <Erratum> needs ${name}="…" written as a plain string`,
    );
    this.name = 'ErratumAttributeError';
  }
}

/** Stores `value` under `key` in the frontmatter Astro hands to pages as `remarkPluginFrontmatter`. */
export function recordFrontmatter(file: VFile, key: string, value: unknown): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}

/** The parts of an mdast node (including MDX JSX nodes) that the walk reads. */
interface WalkedNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: WalkedNode[];
  position?: { start: { line: number } };
}

/** Depth-first, document-order walk. */
function walk(node: WalkedNode, visit: (node: WalkedNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Remark plugin (after remark-math): records `errata` and `hasMath` (see `ContentFacts`) in
 * the document's `remarkPluginFrontmatter`. An `<Erratum>` without a literal `id` or `title`
 * fails the build, naming the file and line.
 */
export function remarkContentFacts() {
  return (tree: Root, file: VFile) => {
    const errata: ErratumFact[] = [];
    let hasMath = false;
    walk(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name === 'Erratum'
      ) {
        const attr = (name: string) => {
          const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
          if (typeof value !== 'string' || value === '') {
            throw new ErratumAttributeError(file.path || '(unknown file)', node.position?.start.line, name);
          }
          return value;
        };
        errata.push({ id: attr('id'), title: attr('title') });
      }
    });
    recordFrontmatter(file, 'errata', errata);
    recordFrontmatter(file, 'hasMath', hasMath);
  };
}

/** The facts recorded for a rendered entry; an entry the plugin did not see has none. */
export function readContentFacts(frontmatter: Record<string, unknown>): ContentFacts {
  const errata = Array.isArray(frontmatter['errata']) ? (frontmatter['errata'] as ErratumFact[]) : [];
  return { errata, hasMath: frontmatter['hasMath'] === true };
}
