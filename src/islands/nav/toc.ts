/**
 * `<dc-toc>`: the table of contents (TableOfContents.astro). From 64rem, where CSS shows the
 * list as a sticky side column, it keeps the `<details>` open (so its state matches what is
 * shown) and marks the section being read with `aria-current="true"` on its link, found by an
 * IntersectionObserver on the headings; the list scrolls to keep the mark in view when it is
 * taller than the screen. Below 64rem it closes the disclosure after a link is followed; with
 * `data-sticky` (a bar the page keeps stuck below the header) it also marks the section there,
 * names it in the bar, and closes the list on Escape or a click elsewhere.
 */
import { currentHeading } from '../../lib/nav/toc.ts';

const WIDE = '(min-width: 64rem)';

class DcToc extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #targets: HTMLElement[] = [];
  #observer: IntersectionObserver | undefined;
  #current = -1;
  #sticky = false;
  #wide: MediaQueryList | undefined;
  #details: HTMLDetailsElement | null = null;
  #onDocumentClick = (event: MouseEvent) => {
    if (
      this.#narrowBar &&
      this.#details?.open &&
      event.target instanceof Node &&
      !this.contains(event.target)
    )
      this.#details.open = false;
  };
  #onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#narrowBar || !this.#details?.open) return;
    this.#details.open = false;
    this.querySelector('summary')?.focus();
  };

  /** True while this is the sticky bar of a narrow screen. */
  get #narrowBar(): boolean {
    return this.#sticky && this.#wide?.matches === false;
  }

  connectedCallback(): void {
    const details = this.querySelector('details');
    if (!details) return;
    this.#details = details;
    this.#sticky = this.hasAttribute('data-sticky');
    this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.#targets = this.#links.map((a) =>
      document.getElementById(decodeURIComponent(a.hash.slice(1))),
    ) as HTMLElement[];
    if (this.#targets.some((t) => t === null)) {
      // A link without its heading would make the mark lie; say so and skip the marking.
      console.warn('dc-toc: a table-of-contents link has no target on the page');
      this.#targets = [];
    }
    const wide = window.matchMedia(WIDE);
    this.#wide = wide;
    const sync = () => {
      details.open = wide.matches;
      // The reading line moves with the layout: observe again from scratch.
      this.#unobserve();
      if (wide.matches || this.#sticky) this.#observe();
    };
    sync();
    wide.addEventListener('change', sync);
    // The summary is a title there, not a control: the list stays open.
    details.querySelector('summary')?.addEventListener('click', (event) => {
      if (wide.matches) event.preventDefault();
    });
    details.addEventListener('click', (event) => {
      if (!wide.matches && event.target instanceof Element && event.target.closest('a')) details.open = false;
    });
    if (this.#sticky) {
      details.addEventListener('toggle', () => {
        const link = this.#links[this.#current];
        if (details.open && link && this.#narrowBar) this.#reveal(link);
      });
      document.addEventListener('click', this.#onDocumentClick);
      document.addEventListener('keydown', this.#onDocumentKey);
    }
  }

  disconnectedCallback(): void {
    this.#unobserve();
    document.removeEventListener('click', this.#onDocumentClick);
    document.removeEventListener('keydown', this.#onDocumentKey);
  }

  /**
   * The reading line: just below the sticky header (its height is the CSS `--header-h`), and
   * below this bar too when it is the narrow screen's sticky bar.
   */
  #line(): number {
    const header = document.querySelector('.site-header');
    // The bar's own height (the dropped list is out of flow) and the page's air around it.
    const bar = this.#narrowBar ? this.offsetHeight + 8 : 0;
    return (header?.getBoundingClientRect().bottom ?? 0) + bar + 16;
  }

  #observe(): void {
    if (this.#observer || this.#targets.length === 0) return;
    // The root is the screen below the reading line: a heading crossing the line leaves or
    // enters it, and the mark is then recomputed from all headings' positions. The footer, fully
    // in view, means the end of the page (see #update).
    this.#observer = new IntersectionObserver(() => this.#update(), {
      rootMargin: `-${Math.round(this.#line())}px 0px 0px 0px`,
      threshold: [0, 1],
    });
    for (const target of this.#targets) this.#observer.observe(target);
    const footer = document.querySelector('.site-footer');
    if (footer) this.#observer.observe(footer);
    this.#update();
  }

  #unobserve(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #update(): void {
    // At the end of the page the last sections' headings can never reach the reading line:
    // there, the last heading on screen is the current one.
    const root = document.documentElement;
    const atEnd = window.scrollY > 0 && window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    const line = atEnd ? window.innerHeight : this.#line();
    const index = currentHeading(
      this.#targets.map((t) => t.getBoundingClientRect().top),
      line,
    );
    if (index === this.#current) return;
    this.#links[this.#current]?.removeAttribute('aria-current');
    this.#current = index;
    const link = this.#links[index];
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    const current = this.querySelector('.toc-current');
    if (current) current.textContent = ` · ${link.textContent?.trim() ?? ''}`;
    this.#reveal(link);
  }

  /** Scrolls the list itself (never the page) so that `link` is within it. */
  #reveal(link: HTMLElement): void {
    // The side column scrolls as a whole; the narrow bar's dropped list scrolls itself.
    const list = this.querySelector('ol');
    const scroller = [this, list].find((el) => el !== null && el.scrollHeight > el.clientHeight);
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    const item = link.getBoundingClientRect();
    if (item.top < box.top) scroller.scrollTop -= box.top - item.top + 8;
    else if (item.bottom > box.bottom) scroller.scrollTop += item.bottom - box.bottom + 8;
  }
}

customElements.define('dc-toc', DcToc);
