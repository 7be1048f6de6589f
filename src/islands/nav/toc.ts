/**
 * `<dc-toc>`: the table of contents (TableOfContents.astro). From 64rem, where CSS shows the
 * list as a sticky side column, it keeps the `<details>` open (so its state matches what is
 * shown) and marks the section being read with `aria-current="true"` on its link, found by an
 * IntersectionObserver on the headings; the list scrolls to keep the mark in view when it is
 * taller than the screen. Below 64rem it closes the disclosure after a link is followed.
 */
import { currentHeading } from '../../lib/nav/toc.ts';

const WIDE = '(min-width: 64rem)';

class DcToc extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #targets: HTMLElement[] = [];
  #observer: IntersectionObserver | undefined;
  #current = -1;

  connectedCallback(): void {
    const details = this.querySelector('details');
    if (!details) return;
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
    const sync = () => {
      details.open = wide.matches;
      if (wide.matches) this.#observe();
      else this.#unobserve();
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
  }

  disconnectedCallback(): void {
    this.#unobserve();
  }

  /** The reading line: just below the sticky header (its height is the CSS `--header-h`). */
  #line(): number {
    const header = document.querySelector('.site-header');
    return (header?.getBoundingClientRect().bottom ?? 0) + 16;
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
    this.#reveal(link);
  }

  /** Scrolls the list itself (never the page) so that `link` is within it. */
  #reveal(link: HTMLElement): void {
    if (this.scrollHeight <= this.clientHeight) return;
    const box = this.getBoundingClientRect();
    const item = link.getBoundingClientRect();
    if (item.top < box.top) this.scrollTop -= box.top - item.top + 8;
    else if (item.bottom > box.bottom) this.scrollTop += item.bottom - box.bottom + 8;
  }
}

customElements.define('dc-toc', DcToc);
