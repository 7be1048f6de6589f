/**
 * Facts about a Markdown/MDX document that pages need, recorded by the remark plugin that walks
 * its tree (`remarkContentFacts`) instead of searched for in the source text: the editor's
 * notes (`<Erratum id="…" title="…">`) in order, the numbers the notes quote from the site's
 * TypeScript reproduction of the article's training (`<ReproNumber id="…" value="…" />` or
 * `min="…" max="…"`), and whether the document has math. Pages read them from
 * `render(entry).remarkPluginFrontmatter` with `readContentFacts`; the erratum number test reads
 * the same facts and recomputes each number. Pure: no Astro.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** One editor's note: its id (anchor `erratum-<id>`) and its short title. */
interface ErratumFact {
  id: string;
  title: string;
}

/**
 * A number written in the text as `<ReproNumber>`: either one `value` or a range `min`–`max`
 * (over several seeds), as decimal strings, so the digits given say how precise the claim is.
 */
export interface ReproNumberFact {
  /** What the number is, e.g. `pm1-logits-final-loss`; the test knows how to recompute each id. */
  id: string;
  value?: string;
  min?: string;
  max?: string;
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

/** Thrown for an `<Erratum>` or `<ReproNumber>` whose attributes are missing or not plain strings. */
class ContentFactAttributeError extends Error {
  constructor(file: string, line: number | undefined, element: string, what: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: <${element}> needs ${what}`);
    this.name = 'ContentFactAttributeError';
  }
}

/** A decimal number as written in `<ReproNumber>`: optional minus, digits, optional fraction. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

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
 * `id` or `title`, or a `<ReproNumber>` without a literal id and decimal value(s), fails the
 * build, naming the file and line.
 */
export function remarkContentFacts() {
  return (tree: Root, file: VFile) => {
    const errata: ErratumFact[] = [];
    const reproNumbers: ReproNumberFact[] = [];
    let hasMath = false;
    walk(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
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
      } else if (node.name === 'ReproNumber') {
        const id = attr('id') ?? fail('id="…" written as a plain string');
        const value = attr('value');
        const min = attr('min');
        const max = attr('max');
        const single = value !== undefined && min === undefined && max === undefined;
        const range = value === undefined && min !== undefined && max !== undefined;
        if (!single && !range) fail('either value="…" or both min="…" and max="…"');
        for (const n of [value, min, max]) {
          if (n !== undefined && !DECIMAL.test(n)) fail(`decimal numbers such as "-4.96", got "${n}"`);
        }
        reproNumbers.push(single ? { id, value } : { id, min, max });
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

/** A decimal string for reading: the minus sign as U+2212 (−), as in the rest of the text. */
function readableDecimal(n: string): string {
  return n.replace(/^-/, '−');
}

/** The text a `<ReproNumber>` shows: `−4.96`, or a range `−10.44 至 −5.33`. */
export function formatReproNumber(fact: {
  value?: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
}): string {
  if (fact.value !== undefined) return readableDecimal(fact.value);
  return `${readableDecimal(fact.min ?? '')} 至 ${readableDecimal(fact.max ?? '')}`;
}
