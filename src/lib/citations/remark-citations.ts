import type { Root, Parent, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import {
  EDITORIAL_LABEL,
  EDITOR_ELEMENTS,
  MENTION_LABEL,
  SEED_TEXT_KEY,
  citationAnchor,
  findCitations,
  type CitableReference,
  type CitationSite,
} from './citations.ts';
import { recordFrontmatter } from '../markdown/content-facts.ts';

export interface RemarkCitationsOptions {
  /** Known references by id, or a function returning them (read lazily so tests can swap them). */
  references: ReadonlyMap<string, CitableReference> | (() => ReadonlyMap<string, CitableReference>);
  /** URL of a reference's entry on the reference list (`url.reference` in `lib/site.ts`). */
  referenceHref: (refId: string) => string;
}

/** Thrown for a citation to an id that the reference list does not have. */
class UnknownCitationError extends Error {
  constructor(file: string, id: string, line: number | undefined) {
    super(
      `${file}${line === undefined ? '' : `:${line}`}: unknown reference id "${id}" in citation [@${id}]`,
    );
    this.name = 'UnknownCitationError';
  }
}

/** Thrown for a citation to an `unsupportable` reference: it is listed but cannot be a source. */
class UnsupportableCitationError extends Error {
  constructor(file: string, id: string, line: number | undefined) {
    super(
      `${file}${line === undefined ? '' : `:${line}`}: reference "${id}" is unsupportable (the work cannot be found) and cannot be cited as a source in [@${id}]; to point at the entry without citing it, write [!@${id}]`,
    );
    this.name = 'UnsupportableCitationError';
  }
}

/** Whether the document's frontmatter (as Astro hands it to remark) declares seed text. */
function isSeedText(file: VFile): boolean {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return data.astro?.frontmatter?.[SEED_TEXT_KEY] === true;
}

/** The name of an MDX JSX element, or undefined for any other node. */
function jsxName(node: { type: string; name?: unknown }): string | undefined {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    typeof node.name === 'string'
    ? node.name
    : undefined;
}

/**
 * Remark plugin: turns `[@id]` groups in text into `<sup class="cite">[<a>n</a>]</sup>`
 * linking to the reference's entry, each link with an anchor id so the references page can
 * link back. The cited sites are exposed as `citations` in the entry's
 * `remarkPluginFrontmatter`. Text inside code is left alone. Unknown ids and `unsupportable`
 * references fail the build, naming the file and line.
 *
 * Editorial citations: in a document whose frontmatter has `seedText: true` (the seed article,
 * kept as its author wrote it), a citation outside an editor's element (`<Erratum>`) was added
 * by the editors, not by the author. It renders as
 * `<sup class="cite cite-editorial"><span class="cite-label">编注</span>[<a>n</a>]</sup>`, its link
 * titled "编者加注…", and its site is recorded with `editorial: true`. The rule follows from
 * where the citation stands, so an author cannot forget to mark one.
 *
 * Mentions: `[!@id]` points at an entry without citing it (the seed's own list of works that
 * cannot be found). It renders as `<sup class="cite cite-mention"><span class="cite-label">无法核实</span>[<a>n</a>]</sup>`
 * (提及 for an entry that is not unsupportable) and its site is recorded with `mention: true`.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const refs = typeof options.references === 'function' ? options.references() : options.references;
    const counts = new Map<string, number>();
    const sites: CitationSite[] = [];
    const filePath = file.path || '(unknown file)';
    const seedText = isSeedText(file);

    const visit = (node: Parent, editorial: boolean) => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (child === undefined) continue;
        if (child.type === 'text') {
          const replaced = expand(child, editorial);
          if (replaced !== null) {
            node.children.splice(i, 1, ...(replaced as typeof node.children));
            i += replaced.length - 1;
          }
        } else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') {
          const name = jsxName(child);
          visit(child, editorial && (name === undefined || !EDITOR_ELEMENTS.includes(name)));
        }
      }
    };

    const expand = (text: Text, editorial: boolean): PhrasingContent[] | null => {
      const matches = findCitations(text.value);
      if (matches.length === 0) return null;
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const match of matches) {
        if (match.start > last) out.push({ type: 'text', value: text.value.slice(last, match.start) });
        const parts: PhrasingContent[] = [{ type: 'text', value: '[' }];
        // A mention points at entries without citing them: it is never editorial, and an
        // unsupportable entry may be mentioned (that is what the syntax is for).
        const mention = match.mention;
        let mentionsUnsupportable = false;
        match.ids.forEach((id, k) => {
          const ref = refs.get(id);
          if (ref === undefined) throw new UnknownCitationError(filePath, id, text.position?.start.line);
          if (ref.unsupportable === true && !mention) {
            throw new UnsupportableCitationError(filePath, id, text.position?.start.line);
          }
          mentionsUnsupportable ||= ref.unsupportable === true;
          const n = (counts.get(id) ?? 0) + 1;
          counts.set(id, n);
          const anchor = citationAnchor(id, n);
          sites.push(
            mention
              ? { refId: id, anchor, mention: true }
              : editorial
                ? { refId: id, anchor, editorial: true }
                : { refId: id, anchor },
          );
          if (k > 0) parts.push({ type: 'text', value: ', ' });
          parts.push({
            type: 'link',
            url: options.referenceHref(id),
            children: [{ type: 'text', value: String(ref.number) }],
            data: {
              hProperties: {
                id: anchor,
                title: mention
                  ? `${MENTION_LABEL[ref.unsupportable === true ? 'unsupportable' : 'other'].long}：${ref.title}`
                  : editorial
                    ? `${EDITORIAL_LABEL.long}：${ref.title}`
                    : ref.title,
                'data-cite': id,
              },
            },
          });
        });
        parts.push({ type: 'text', value: ']' });
        const label = mention
          ? MENTION_LABEL[mentionsUnsupportable ? 'unsupportable' : 'other'].short
          : editorial
            ? EDITORIAL_LABEL.short
            : undefined;
        if (label !== undefined) {
          parts.unshift({
            type: 'emphasis',
            children: [{ type: 'text', value: label }],
            data: { hName: 'span', hProperties: { className: ['cite-label'] } },
          });
        }
        out.push({
          type: 'emphasis',
          children: parts,
          data: {
            hName: 'sup',
            hProperties: {
              className: mention
                ? ['cite', 'cite-mention']
                : editorial
                  ? ['cite', 'cite-editorial']
                  : ['cite'],
            },
          },
        });
        last = match.end;
      }
      if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
      return out;
    };

    visit(tree, seedText);
    recordFrontmatter(file, 'citations', sites);
  };
}
