/**
 * Marked words as DOM: the runs of `markWords` (lib/search/ui/mark.ts) appended as text nodes and
 * `<mark>` elements, never parsed as HTML. Used by the result list (titles, excerpts,
 * sub-results) and by the page a result opens (`highlight.ts`).
 */
import { markWords } from '../../lib/search/ui/mark.ts';

/**
 * Appends `text` to `parent` with every occurrence of `words` in a `<mark>` (with `className`,
 * if given); returns the marks added.
 */
export function appendMarked(
  parent: Element | DocumentFragment,
  text: string,
  words: readonly string[],
  className?: string,
): HTMLElement[] {
  const doc = parent.ownerDocument ?? document;
  const marks: HTMLElement[] = [];
  for (const run of markWords(text, words)) {
    if (!run.marked) {
      parent.append(run.text);
      continue;
    }
    const mark = doc.createElement('mark');
    if (className) mark.className = className;
    mark.textContent = run.text;
    marks.push(mark);
    parent.append(mark);
  }
  return marks;
}
