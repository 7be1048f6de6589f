/**
 * `<dc-theme-toggle>`: the header's light/dark switch around a server-rendered, disabled
 * button whose label says what it will do (切换到深色模式 / 切换到浅色模式; CSS shows the one
 * for the current `data-theme`). The theme before first paint comes from `theme-init.js`
 * (inlined by BaseLayout); this element enables the button, saves a choice in localStorage under
 * `theme`, keeps the button's tooltip (`title`, for the icon-only button) in step with its label,
 * and follows the system's preference while the reader has not chosen.
 */

/** localStorage key of the reader's choice (`'light' | 'dark'`); also read by `theme-init.js`. */
const STORAGE_KEY = 'theme';

function storedTheme(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: follow the system
  }
}

class DcThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#sync();
    this.#button.disabled = false;
    this.#button.addEventListener('click', () => this.#toggle());
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      if (storedTheme() !== null) return;
      document.documentElement.dataset['theme'] = event.matches ? 'dark' : 'light';
      this.#sync();
    });
  }

  #sync() {
    if (!this.#button) return;
    const dark = document.documentElement.dataset['theme'] === 'dark';
    // The label CSS shows for this theme (the server-rendered text, not a second copy here).
    const label = this.#button.querySelector(dark ? '.to-light' : '.to-dark');
    this.#button.title = label?.textContent?.trim() ?? '';
  }

  #toggle() {
    const root = document.documentElement;
    const next = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    this.#sync();
  }
}

customElements.define('dc-theme-toggle', DcThemeToggle);
