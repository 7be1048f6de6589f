/**
 * Facts about a Markdown/MDX document that pages need, recorded by the remark plugin that walks
 * its tree (`remarkContentFacts`) instead of searched for in the source text: the editor's
 * notes (`<Erratum id="…" title="…">`) in order, the label-bug numbers the notes state
 * (`<ReproNumber id="…" digits="2" />`: the number itself is read from models/label-bug.json by
 * the component, never written in the text), and whether the document has math. Pages read them
 * from `render(entry).remarkPluginFrontmatter` with `readContentFacts`. Pure: no Astro.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reproNumberOf, type ReproNumberFact } from './repro-numbers.ts';

export type { ReproNumberFact };

/** One editor's note: its id (anchor `erratum-<id>`) and its short title. */
interface ErratumFact {
  id: string;
  title: string;
}

/** What `remarkContentFacts` records about a document. */
export interface ContentFacts {
  /** Every `<Erratum>` in document order. */
  errata: ErratumFact[];
  /** Every `<ReproNumber>` in document order. */
  reproNumbers: ReproNumberFact[];
  /** True when the document has inline or display math (remark-math nodes). */
  hasMath: boolean;
}

/** Anchor id of an editor's note; `Erratum.astro` renders it, the errata summary links to it. */
export function erratumAnchor(id: string): string {
  return `erratum-${id}`;
}

/** Thrown for an `<Erratum>` whose attributes are missing or not plain strings. */
class ContentFactAttributeError extends Error {
  constructor(file: string, line: number | undefined, element: string, what: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: <${element}> needs ${what}`);
    this.name = 'ContentFactAttributeError';
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
 * Remark plugin (after remark-math): records `errata`, `reproNumbers` and `hasMath` (see
 * `ContentFacts`) in the document's `remarkPluginFrontmatter`. An `<Erratum>` without a literal
 * `id` or `title`, or a `<ReproNumber>` whose id names no label-bug quantity or whose digits are
 * missing or not 0–6 (or given for a measured quantity), or that writes a number itself, fails the
 * build, naming the file and line.
 */
export function remarkContentFacts() {
  return (tree: Root, file: VFile) => {
    const errata: ErratumFact[] = [];
    const reproNumbers: ReproNumberFact[] = [];
    let hasMath = false;
    walk(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
      const repro = reproNumberOf(node, file.path || '(unknown file)');
      if (repro) {
        reproNumbers.push(repro);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const fail = (what: string): never => {
        throw new ContentFactAttributeError(
          file.path || '(unknown file)',
          node.position?.start.line,
          node.name ?? '',
          what,
        );
      };
      const attr = (name: string): string | undefined => {
        const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        if (found === undefined) return undefined;
        if (typeof found.value !== 'string' || found.value === '')
          fail(`${name}="…" written as a plain string`);
        return found.value as string;
      };
      if (node.name === 'Erratum') {
        const id = attr('id') ?? fail('id="…" written as a plain string');
        const title = attr('title') ?? fail('title="…" written as a plain string');
        errata.push({ id, title });
      }
    });
    recordFrontmatter(file, 'errata', errata);
    recordFrontmatter(file, 'reproNumbers', reproNumbers);
    recordFrontmatter(file, 'hasMath', hasMath);
  };
}

/** The facts recorded for a rendered entry; an entry the plugin did not see has none. */
export function readContentFacts(frontmatter: Record<string, unknown>): ContentFacts {
  const errata = Array.isArray(frontmatter['errata']) ? (frontmatter['errata'] as ErratumFact[]) : [];
  const reproNumbers = Array.isArray(frontmatter['reproNumbers'])
    ? (frontmatter['reproNumbers'] as ReproNumberFact[])
    : [];
  return { errata, reproNumbers, hasMath: frontmatter['hasMath'] === true };
}
