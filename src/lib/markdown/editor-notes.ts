/**
 * Marks an editor's note written in Markdown as a blockquote that opens with a bold 编者注
 * (`> **编者注：** …`, as FAQ answers do) with the class `editor-note`, so it is styled as a
 * note in the body text colour (it carries facts) rather than as a grey quotation. Other
 * blockquotes (quotations from the article) keep the quotation style. Pure: no Astro.
 */
import type { Blockquote, Root, RootContent } from 'mdast';

/** Class given to an editor's-note blockquote (styled in src/styles/global.css). */
export const EDITOR_NOTE_CLASS = 'editor-note';

/** The label a note opens with, in bold. */
const NOTE_LABEL = '编者注';

/** Plain text of a phrasing node and its children. */
function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

/** True for a blockquote whose first paragraph starts with bold text beginning with 编者注. */
export function isEditorNote(quote: Blockquote): boolean {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return false;
  const lead = first.children[0];
  return lead?.type === 'strong' && textOf(lead).trim().startsWith(NOTE_LABEL);
}

function visit(node: Root | RootContent): void {
  if (node.type === 'blockquote' && isEditorNote(node)) {
    // hProperties: the attributes mdast-util-to-hast gives the element made from this node.
    const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
    const props = (data.hProperties ??= {});
    const existing = props['className'];
    const classes = Array.isArray(existing)
      ? existing.map(String)
      : typeof existing === 'string'
        ? [existing]
        : [];
    props['className'] = [...classes, EDITOR_NOTE_CLASS];
  }
  if ('children' in node) for (const child of node.children) visit(child);
}

/** Remark plugin: adds `class="editor-note"` to every editor's-note blockquote. */
export function remarkEditorNotes() {
  return (tree: Root): void => visit(tree);
}
