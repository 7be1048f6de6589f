/**
 * `<ReproNumber id="…" digits="…" />` in content: a label-bug number stated by name, never by
 * value. The value comes from the generated results (models/label-bug.json) through
 * `LABEL_BUG_QUANTITIES` (src/lib/model/label-bug.ts). Written the same way in MDX (a JSX element)
 * and in Markdown (inline HTML, so FAQ entries can state the numbers too); `remarkReproNumbers`
 * replaces both with `<span class="repro-number" data-repro="…">−10.44 至 −5.33</span>`, the
 * markup `src/components/ReproNumber.astro` writes on .astro pages. Pure: the results are passed in.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LabelBugResults } from '../../schemas/label-bug.ts';
import {
  LABEL_BUG_QUANTITY_IDS,
  formatStated,
  isLabelBugQuantityId,
  isMeasuredQuantity,
  stateQuantity,
  type LabelBugQuantityId,
} from '../model/label-bug.ts';

/** A `<ReproNumber>` as written: which quantity, and how many decimals (none for a measurement). */
export interface ReproNumberFact {
  /** What the number is, e.g. `pm1-logits-final-loss`. */
  id: LabelBugQuantityId;
  /** Decimals written; absent for a measured quantity. */
  digits?: number;
}

/**
 * Reads a `<ReproNumber>`'s attributes with `attr` (undefined when absent) and checks them: `id`
 * names a quantity; `digits` is 0–6, required unless the quantity is a measurement (which has its
 * own digits and takes none); no `value`, `min` or `max` (the number is never written by hand).
 * Calls `fail` (which throws) with what is wrong.
 */
export function readReproNumber(
  attr: (name: string) => string | undefined,
  fail: (what: string) => never,
): ReproNumberFact {
  const id = attr('id') ?? fail('id="…" written as a plain string');
  if (!isLabelBugQuantityId(id)) {
    return fail(`an id of a label-bug quantity (${LABEL_BUG_QUANTITY_IDS.join(', ')}), got "${id}"`);
  }
  for (const name of ['value', 'min', 'max']) {
    if (attr(name) !== undefined) {
      fail(`no ${name}="…": the number is read from models/label-bug.json (write digits="2")`);
    }
  }
  const digits = attr('digits');
  if (isMeasuredQuantity(id)) {
    if (digits !== undefined) fail(`no digits="…" for "${id}", a measurement stated with its own digits`);
    return { id };
  }
  if (digits === undefined || !/^[0-6]$/.test(digits)) {
    fail(`digits="…" (0 to 6 decimals) for "${id}"${digits === undefined ? '' : `, got "${digits}"`}`);
  }
  return { id, digits: Number(digits) };
}

/** One `<ReproNumber … />` written as inline HTML in Markdown: its attributes, or undefined. */
export function parseReproNumberHtml(html: string): Map<string, string> | undefined {
  const match = /^<ReproNumber((?:\s+[A-Za-z]+="[^"]*")*)\s*\/>$/.exec(html.trim());
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const [, name, value] of match[1].matchAll(/([A-Za-z]+)="([^"]*)"/g)) attributes.set(name, value);
  return attributes;
}

/** What a stated number renders as: its text and the span's attributes. */
export interface ReproNumberView {
  text: string;
  properties: { className: string[]; 'data-repro': string; 'data-digits': string; 'data-measured'?: '' };
}

/** The text and attributes of `<ReproNumber>` for `fact`, from `results`. */
export function reproNumberView(results: LabelBugResults, fact: ReproNumberFact): ReproNumberView {
  const stated = stateQuantity(results, fact.id, fact.digits);
  return {
    text: formatStated(stated),
    properties: {
      className: ['repro-number'],
      'data-repro': fact.id,
      'data-digits': String(stated.digits),
      ...(isMeasuredQuantity(fact.id) ? { 'data-measured': '' as const } : {}),
    },
  };
}

/** Thrown for a `<ReproNumber>` whose attributes are wrong; names the file and line. */
export class ReproNumberError extends Error {
  constructor(file: string, line: number | undefined, what: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: <ReproNumber> needs ${what}`);
    this.name = 'ReproNumberError';
  }
}

/** The parts of an mdast node (MDX JSX or HTML) the plugin reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: Record<string, unknown>;
}

/**
 * The `<ReproNumber>` a node writes (checked; a bad one throws {@link ReproNumberError}), or
 * undefined when the node is something else.
 */
export function reproNumberOf(node: Node, file: string): ReproNumberFact | undefined {
  const fail = (what: string): never => {
    throw new ReproNumberError(file, node.position?.start.line, what);
  };
  if (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    node.name === 'ReproNumber'
  ) {
    return readReproNumber((name) => {
      const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      if (found === undefined) return undefined;
      if (typeof found.value !== 'string' || found.value === '')
        fail(`${name}="…" written as a plain string`);
      return found.value as string;
    }, fail);
  }
  if (node.type === 'html' && typeof node.value === 'string' && /^\s*<ReproNumber\b/.test(node.value)) {
    const attributes = parseReproNumberHtml(node.value);
    if (!attributes) return fail('to be written <ReproNumber id="…" digits="…" /> on its own, self-closed');
    return readReproNumber((name) => attributes.get(name), fail);
  }
  return undefined;
}

/**
 * Remark plugin: replaces every `<ReproNumber>` (MDX element or Markdown inline HTML) with its
 * span, the number read from `results()`. A bad `<ReproNumber>` fails the build naming the file
 * and line.
 */
export function remarkReproNumbers(options: { results: () => LabelBugResults }) {
  return (tree: Root, file: VFile) => {
    const path = file.path || '(unknown file)';
    const visit = (parent: Node): void => {
      const children = parent.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        const fact = reproNumberOf(node, path);
        if (fact) {
          const view = reproNumberView(options.results(), fact);
          // An mdast node remark-rehype turns into <span …>text</span>, in MDX and Markdown alike.
          children[i] = {
            type: 'emphasis',
            data: { hName: 'span', hProperties: view.properties },
            children: [{ type: 'text', value: view.text }],
            position: node.position,
          };
        } else {
          visit(node);
        }
      }
    };
    visit(tree as unknown as Node);
  };
}
