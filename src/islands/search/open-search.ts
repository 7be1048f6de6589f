/**
 * `<dc-open-search>`: enables its server-rendered, disabled button when the page has the site
 * search (`<dc-search>`, src/islands/search/dc-search.ts) and opens it on click.
 */

/** What this element needs of `<dc-search>`. */
interface SearchElement extends HTMLElement {
  open(): void;
}

class DcOpenSearch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    void customElements.whenDefined('dc-search').then(() => {
      const search = document.querySelector<SearchElement>('dc-search');
      if (!search) return;
      button.disabled = false;
      button.addEventListener('click', () => search.open());
    });
  }
}

customElements.define('dc-open-search', DcOpenSearch);
