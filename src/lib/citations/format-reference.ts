/**
 * How a reference is written out, in one place: GB/T 7714-2015 (numeric) by citeproc-js through
 * citation-js, with the style this project keeps beside this file
 * (`gb-t-7714-2015-numeric.csl`). The reference list, the 来源 lists under FAQ answers and
 * careers (through `components/ReferenceText.astro`) and the exports all go through here.
 * Build time only: nothing here may be imported by an island (citation-js must not ship).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import styleXml from './gb-t-7714-2015-numeric.csl?raw';
import zhLocaleXml from './locale-zh-CN.xml?raw';
import {
  toCslItem,
  UnsupportedReferenceError,
  type CslItem,
  type CslSource,
  type CslType,
} from './csl-json.ts';
import type { Reference } from '../../schemas/references.ts';

/** Name the style is registered under in citation-js. */
const STYLE = 'gb-t-7714-2015-numeric';

const csl = plugins.config.get('@csl');
if (!csl.styles.has(STYLE)) csl.styles.add(STYLE, styleXml);
// citation-js ships no Chinese locale; the style's Chinese layout loads this one.
if (!csl.locales.has('zh-CN')) csl.locales.add('zh-CN', zhLocaleXml);

/** The fields of a reference that its written form uses. */
export type FormattableReference = CslSource;

// BibTeX: keep our ids as the citation keys (hyphens included), and write Chinese as UTF-8 (the default ASCII
// mode drops characters it cannot write as LaTeX commands, i.e. every Chinese title).
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.checkLabel = false; // ids are already valid keys; it would drop their hyphens

/** A piece of the written form after the title: text, or a link (the URL, the DOI). */
export interface Segment {
  text: string;
  href?: string;
}

/** A reference written out, split so a renderer can mark up the parts. */
export interface FormattedReference {
  /** The whole GB/T 7714 entry as plain text (without the [n] number). */
  text: string;
  /** The authors and the punctuation after them ("GOODFELLOW I, BENGIO Y, COURVILLE A. "). */
  authors: string;
  /** The title as written in the entry (shown as `<cite>`). */
  title: string;
  /** Everything after the title: type code, publication, dates, then the URL and DOI as links. */
  rest: Segment[];
}

/**
 * The GB/T 7714-2015 document type code (文献类型标识) each CSL type must be written with: the
 * style's codes, checked after formatting so the style and this list cannot drift apart.
 */
export const typeCodes = {
  book: 'M',
  'article-journal': 'J',
  'paper-conference': 'C',
  article: 'EB',
  report: 'R',
  standard: 'S',
  legislation: 'A',
  webpage: 'EB',
  software: 'CP',
  dataset: 'DS',
} as const satisfies Record<CslType, string>;

/** The "[code]" or "[code/OL]" an item must carry after its title. */
export function typeMark(item: Pick<CslItem, 'id' | 'type' | 'URL' | 'DOI'>): string {
  const code = (typeCodes as Partial<Record<string, string>>)[item.type];
  if (code === undefined) throw new UnsupportedReferenceError(item.id, `CSL type "${item.type}"`);
  return `[${code}${item.URL !== undefined || item.DOI !== undefined ? '/OL' : ''}]`;
}

/** Formatted text by CSL item (serialised): an entry is formatted once per build. */
const cache = new Map<string, string>();

/** The GB/T 7714 text of each item, in input order; formats only the items not cached. */
function bibliographyTexts(items: CslItem[]): string[] {
  const keys = items.map((item) => JSON.stringify(item));
  const missing = items.filter((_, i) => !cache.has(keys[i] ?? ''));
  if (missing.length > 0) {
    const entries = new Cite(missing).format('bibliography', {
      template: STYLE,
      lang: 'en-US',
      format: 'text',
      asEntryArray: true,
    });
    const byId = new Map(entries.map(([id, text]) => [id, text]));
    for (const item of missing) {
      const text = byId.get(item.id);
      if (text === undefined) throw new Error(`citeproc wrote no entry for reference "${item.id}"`);
      // The style numbers its entries ("[3] …"); the page shows the number itself.
      const entry = text.replace(/^\[\d+\]\s*/, '').trim();
      const mark = typeMark(item);
      const head = `${item.title}${item.number === undefined ? '' : `: ${item.number}`}${mark}`;
      if (findTitle(entry, head) === undefined)
        throw new UnsupportedReferenceError(
          item.id,
          `the style wrote no ${mark} after the title ("${entry}")`,
        );
      cache.set(JSON.stringify(item), entry);
    }
  }
  return keys.map((key) => cache.get(key) ?? '');
}

/** Splits the text after the title into plain text and links (URL, then DOI). */
function linkSegments(rest: string, item: CslItem): Segment[] {
  const links: Segment[] = [];
  if (item.URL !== undefined) links.push({ text: item.URL, href: item.URL });
  if (item.DOI !== undefined) links.push({ text: item.DOI, href: `https://doi.org/${item.DOI}` });
  const out: Segment[] = [];
  let from = 0;
  for (const link of links) {
    const at = rest.indexOf(link.text, from);
    if (at < 0) continue;
    if (at > from) out.push({ text: rest.slice(from, at) });
    out.push(link);
    from = at + link.text.length;
  }
  if (from < rest.length) out.push({ text: rest.slice(from) });
  return out;
}

/**
 * Where `title` stands in `text` and how it is written there: citeproc writes straight
 * apostrophes and quotes as typographic ones (O'Brien → O’Brien).
 */
function findTitle(text: string, title: string): { at: number; written: string } | undefined {
  for (const written of [title, title.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”')]) {
    const at = text.indexOf(written);
    if (at >= 0) return { at, written };
  }
  return undefined;
}

function split(text: string, item: CslItem): FormattedReference {
  const found = findTitle(text, item.title);
  if (found === undefined) return { text, authors: '', title: '', rest: linkSegments(text, item) };
  return {
    text,
    authors: text.slice(0, found.at),
    title: found.written,
    rest: linkSegments(text.slice(found.at + found.written.length), item),
  };
}

/**
 * Writes out references in GB/T 7714-2015 (numeric) form, without their numbers, with the
 * standard's punctuation (". ", ": ", ", ") for every work; Chinese works take 等 and 版.
 * Throws `UnsupportedReferenceError`, naming the entry, for a reference the style cannot code.
 */
export function formatReferences(refs: readonly FormattableReference[]): FormattedReference[] {
  const items = refs.map(toCslItem);
  const texts = bibliographyTexts(items);
  return items.map((item, i) => split(texts[i] ?? '', item));
}

/** Writes out one reference (see `formatReferences`). */
export function formatReference(ref: FormattableReference): FormattedReference {
  const [formatted] = formatReferences([ref]);
  if (formatted === undefined) throw new Error(`reference "${ref.id}" was not formatted`);
  return formatted;
}

/** Export formats: file extension, media type and the citation-js output that writes them. */
export const exportFormats = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

/** An export format's file extension. */
export type ExportFormat = keyof typeof exportFormats;

/** References as a BibTeX, RIS or CSL-JSON file (ids kept as citation keys). */
export function exportReferences(refs: readonly FormattableReference[], format: ExportFormat): string {
  const items = refs.map((ref) => ({ ...toCslItem(ref), 'citation-key': ref.id }));
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'bib') return new Cite(items).format('bibtex', { format: 'text' });
  return unwrapRis(new Cite(items).format('ris', { format: 'text' }));
}

/** An RIS line that starts a field ("TI  - …") or ends a record. */
const RIS_TAG = /^[A-Z][A-Z0-9] {2}- ?/;

/**
 * citation-js breaks RIS values every 70 characters, even inside a word (and leaves an empty line
 * after a value of exactly 70), and readers join the pieces with a space ("proces sing"): put
 * each value back on its tag's line (RIS allows long lines); keep only the empty lines between
 * records.
 */
export function unwrapRis(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const last = lines.at(-1);
    if (last === undefined || RIS_TAG.test(line)) lines.push(line);
    else if (line === '') {
      if (last.startsWith('ER  -')) lines.push(line);
    } else lines[lines.length - 1] = last + line;
  }
  return lines.join('\n');
}

/** The link shown for a reference: its URL, else its DOI resolver link. */
export function referenceHref(ref: Pick<Reference, 'url' | 'doi'>): string {
  return ref.url ?? `https://doi.org/${ref.doi ?? ''}`;
}

/** Chinese label of each verification status, as the reference list and the 来源 tags show it. */
export const statusLabels = {
  verified: '已核实',
  corrected: '已更正',
  unverified: '未核实',
  unsupportable: '无法核实',
} as const satisfies Record<Reference['status'], string>;

/** Chinese heading of each reference type, in the order the reference list groups them. */
export const referenceTypeLabels = {
  book: '书籍',
  paper: '论文',
  report: '报告与白皮书',
  standard: '标准',
  law: '法律法规',
  classification: '职业与技能分类',
  article: '文章',
  docs: '文档',
  web: '网页',
  course: '课程',
  software: '软件',
  dataset: '数据集',
} as const satisfies Record<Reference['type'], string>;

/** The mark shown beside a withdrawn standard (已废止, and what replaced it), or undefined. */
export function withdrawnLabel(ref: Pick<Reference, 'withdrawn' | 'replacedBy'>): string | undefined {
  if (ref.withdrawn !== true) return undefined;
  return ref.replacedBy === undefined ? '已废止' : `已废止，被 ${ref.replacedBy} 代替`;
}
