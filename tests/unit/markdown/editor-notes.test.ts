import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Blockquote, Root } from 'mdast';
import { EDITOR_NOTE_CLASS, remarkEditorNotes } from '../../../src/lib/markdown/editor-notes.ts';

function quotes(markdown: string): Blockquote[] {
  const processor = unified().use(remarkParse).use(remarkEditorNotes);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return tree.children.filter((n): n is Blockquote => n.type === 'blockquote');
}

function classesOf(q: Blockquote): unknown {
  const data: { hProperties?: { className?: unknown } } | undefined = q.data;
  return data?.hProperties?.className;
}

describe('remarkEditorNotes', () => {
  it('marks a blockquote that opens with a bold 编者注', () => {
    const [note] = quotes('> **编者注：** 原文漏了一项挑战[@x]。');
    expect(classesOf(note)).toEqual([EDITOR_NOTE_CLASS]);
  });

  it('leaves quotations and notes not in bold alone', () => {
    const found = quotes('> 摘要：本文将探讨……\n\n---\n\n> 编者注：不是粗体\n\n---\n\n> **注意：** 别的粗体');
    expect(found).toHaveLength(3);
    expect(found.map(classesOf)).toEqual([undefined, undefined, undefined]);
  });

  it('finds a note nested in a list', () => {
    const processor = unified().use(remarkParse).use(remarkEditorNotes);
    const tree = processor.runSync(processor.parse('- item\n\n  > **编者注**：嵌套')) as Root;
    expect(JSON.stringify(tree)).toContain(`"className":["${EDITOR_NOTE_CLASS}"]`);
  });
});
