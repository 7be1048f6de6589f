/**
 * Layout checks the reader-facing browser tests share: nothing sticks out of the panel it sits in
 * (no horizontal overflow that is not a deliberate scroller), and a control or bar does not sit on
 * top of text. Each runs in the page and returns readable problem lines (empty when fine).
 */
import type { Page } from 'playwright-core';

/**
 * Elements inside `root` (every match) whose box reaches past its right or left edge without an
 * ancestor inside it that clips or scrolls them: content overflowing a panel. What a scroller
 * (code, formulas) or a clipped box (KaTeX's hidden MathML) holds is contained by that ancestor,
 * which is checked itself. Elements inside `ignore` (a selector) are left out.
 */
export function overflowingElements(page: Page, root: string, ignore = ''): Promise<string[]> {
  return page.evaluate(
    ({ selector, skip }) => {
      const problems: string[] = [];
      const clips = (el: Element) => {
        const style = getComputedStyle(el);
        return style.overflowX !== 'visible' || style.contain.includes('paint');
      };
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      for (const base of document.querySelectorAll(selector)) {
        const box = base.getBoundingClientRect();
        for (const el of base.querySelectorAll('*')) {
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0 || (skip !== '' && el.closest(skip))) continue;
          let contained = false;
          for (let p = el.parentElement; p && p !== base; p = p.parentElement) {
            if (clips(p)) {
              contained = true;
              break;
            }
          }
          if (contained) continue;
          if (rect.right > box.right + 1 || rect.left < box.left - 1) {
            problems.push(
              `${name(el)} [${Math.round(rect.left)}–${Math.round(rect.right)}] outside ${name(base)} [${Math.round(box.left)}–${Math.round(box.right)}]`,
            );
          }
        }
      }
      return problems;
    },
    { selector: root, skip: ignore },
  );
}

/**
 * Text of `textSelector` that a box of `coverSelector` overlaps (by more than a pixel), as lines
 * naming both: a control or bar drawn over words.
 */
export function textCoveredBy(page: Page, coverSelector: string, textSelector: string): Promise<string[]> {
  return page.evaluate(
    ({ cover, text }) => {
      // Every line of every text node inside `text`, except the covers' own and hidden text.
      const covers = [...document.querySelectorAll(cover)];
      const glyphs: DOMRect[] = [];
      for (const el of document.querySelectorAll(text)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!node.textContent?.trim() || !parent) continue;
          if (covers.some((c) => c.contains(parent)) || parent.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          glyphs.push(...range.getClientRects());
        }
      }
      const problems: string[] = [];
      for (const c of covers) {
        const a = c.getBoundingClientRect();
        if (a.width === 0 || a.height === 0) continue;
        for (const b of glyphs) {
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) {
            problems.push(
              `${cover} [${Math.round(a.left)},${Math.round(a.top)} ${Math.round(a.width)}×${Math.round(a.height)}] covers text of ${text} at [${Math.round(b.left)},${Math.round(b.top)}]`,
            );
          }
        }
      }
      return problems;
    },
    { cover: coverSelector, text: textSelector },
  );
}
