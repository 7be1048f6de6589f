/**
 * `<dc-site-menu>`: the header's menu button on narrow screens, a disclosure for the section
 * navigation (the `<nav>` named by the button's `aria-controls`). The button's `aria-expanded`
 * is the one state: CSS shows the navigation from it. Escape closes the menu and returns focus to
 * the button; a click outside it, or focus leaving it, closes it too. On wide screens CSS hides
 * the button and shows the navigation inline, whatever the state.
 */
class DcSiteMenu extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #onDocumentClick = (event: MouseEvent) => {
    if (this.#expanded && event.target instanceof Node && !this.contains(event.target)) this.#set(false);
  };
  #onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#expanded) return;
    this.#set(false);
    this.#button?.focus();
  };

  connectedCallback(): void {
    this.#button = this.querySelector<HTMLButtonElement>('button[aria-controls]');
    if (!this.#button) return;
    this.#button.addEventListener('click', () => this.#set(!this.#expanded));
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (this.#expanded && next instanceof Node && !this.contains(next)) this.#set(false);
    });
    document.addEventListener('click', this.#onDocumentClick);
    document.addEventListener('keydown', this.#onDocumentKey);
    this.#button.disabled = false;
  }

  disconnectedCallback(): void {
    document.removeEventListener('click', this.#onDocumentClick);
    document.removeEventListener('keydown', this.#onDocumentKey);
  }

  get #expanded(): boolean {
    return this.#button?.getAttribute('aria-expanded') === 'true';
  }

  #set(expanded: boolean): void {
    this.#button?.setAttribute('aria-expanded', String(expanded));
  }
}

customElements.define('dc-site-menu', DcSiteMenu);
