/**
 * Citation syntax shared by Markdown and MDX: `[@id]` or `[@id1; @id2]`, written right after
 * the claim it supports; `[!@id]` mentions an entry without citing it as a source (how the
 * article points at the seed's unsupportable references). Pure parsing, no unified or Astro
 * imports.
 */

/** One `[@…]` group found in a text. */
export interface CitationMatch {
  /** Offset of `[` in the text. */
  start: number;
  /** Offset just past `]`. */
  end: number;
  /** Cited ids in the order written. */
  ids: string[];
  /** True for a mention (`[!@id]`): it points at the entry but does not cite it as a source. */
  mention: boolean;
}

const GROUP = /\[(!?)@([A-Za-z][\w-]*)((?:\s*[;,]\s*@[A-Za-z][\w-]*)*)\]/g;

/** Finds every citation group in `text`, in order. */
export function findCitations(text: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const m of text.matchAll(GROUP)) {
    const ids = [m[2] ?? '', ...[...(m[3] ?? '').matchAll(/@([A-Za-z][\w-]*)/g)].map((x) => x[1] ?? '')];
    found.push({ start: m.index, end: m.index + m[0].length, ids, mention: m[1] === '!' });
  }
  return found;
}

/** Anchor id of the `n`-th (1-based) citation of `refId` in one document. */
export function citationAnchor(refId: string, n: number): string {
  return `cite-${refId}-${n}`;
}

/** Anchor id of a reference on the references page. */
export function referenceAnchor(refId: string): string {
  return `ref-${refId}`;
}

/** Anchor id of a reference's verification note on the notes page (`/references/notes/`). */
export function noteAnchor(refId: string): string {
  return `note-${refId}`;
}

/** Anchor id of a reference in a page's "来源" list (a FAQ entry's or a career's sources). */
export function sourceAnchor(refId: string): string {
  return `source-${refId}`;
}

/** Where a citation points back to: recorded per document, rendered on the references page. */
export interface CitationSite {
  refId: string;
  /** Anchor id of the citation in its document. */
  anchor: string;
  /** Set when the editors added the citation to text kept as its author wrote it (编者加注). */
  editorial?: true;
  /** Set for a mention (`[!@id]`): the entry is pointed at, not relied on. */
  mention?: true;
}

/**
 * Frontmatter key of a document whose body is someone else's text kept as written (the seed
 * article): citations in it outside an editor's element are editorial additions.
 */
export const SEED_TEXT_KEY = 'seedText';

/** MDX elements whose content the editors wrote; citations inside them are ordinary. */
export const EDITOR_ELEMENTS: readonly string[] = ['Erratum'];

/**
 * Visible label of a mention (`[!@id]`) and its link title: 无法核实 for an `unsupportable`
 * entry (the reason it cannot be a source), 提及 otherwise.
 */
export const MENTION_LABEL = {
  unsupportable: { short: '无法核实', long: '仅提及，不作为出处（无法核实）' },
  other: { short: '提及', long: '仅提及，不作为出处' },
} as const;

/** Visible label of an editorial citation, and its longer accessible description. */
export const EDITORIAL_LABEL = { short: '编注', long: '编者加注，原文未注出处' } as const;

/** What the citation plugin needs to know about each reference. */
export interface CitableReference {
  id: string;
  /** 1-based number shown as `[n]`. */
  number: number;
  title: string;
  /** True for an `unsupportable` entry: citing it fails the build. */
  unsupportable?: boolean;
}
