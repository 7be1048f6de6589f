/**
 * On a page opened from a search result (`?highlight=w1&highlight=w2`), marks the same whole
 * words the result showed, with `<mark class="search-highlight">` built from text nodes (no HTML
 * parsing, no inline style: CSP-safe; the style is in search.css). Without a `#hash`, scrolls
 * to the first mark.
 */
import { highlightWordsFrom } from '../../lib/search/ui/mark.ts';
import { appendMarked } from './marked-text.ts';

/** Where marks go: the indexed body (the same text search matched), not the header or footer. */
const SCOPE = '[data-pagefind-body]';
/** Text inside these is left alone: code would change meaning, math is typeset glyph by glyph. */
const SKIP = 'script, style, textarea, mark, .katex, svg';

/** Marks the words in `root`'s text nodes; returns the marks added. */
function markInElement(root: Element, words: readonly string[]): HTMLElement[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) || !node.nodeValue?.trim()
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const fragment = doc.createDocumentFragment();
    const added = appendMarked(fragment, node.data, words, 'search-highlight');
    if (added.length === 0) continue;
    marks.push(...added);
    node.replaceWith(fragment);
  }
  return marks;
}

/** Reads `?highlight=` and marks the words in the page body. */
export function highlightFromLocation(doc: Document, location: Location): void {
  const words = highlightWordsFrom(location.search);
  if (words.length === 0) return;
  const root = doc.querySelector(SCOPE);
  if (!root) return;
  const marks = markInElement(root, words);
  if (!location.hash && marks[0]) marks[0].scrollIntoView({ block: 'center' });
}
