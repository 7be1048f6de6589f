/**
 * Lazy loader for Pagefind's Component UI. Nothing of Pagefind is fetched until the reader
 * opens search; then the UI script and stylesheet load from this site's `/pagefind/` folder
 * (written by the build), and one modal is built and reused.
 */

/** The part of `<pagefind-modal>` this site uses. */
export interface SearchModal extends HTMLElement {
  open(): void;
  close(): void;
}

const BUNDLE = '/pagefind/';
let pending: Promise<SearchModal> | undefined;

/** True for the keys that open search: `/` (outside text fields) and Ctrl/Cmd-K. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey) return false;
  const target = event.target as {
    tagName?: string;
    isContentEditable?: boolean;
    closest?: (selector: string) => { open?: boolean } | null;
  } | null;
  // Right after the search dialog closes, focus can still sit in its (now hidden) input.
  if (target?.closest?.('dialog')?.open === false) return true;
  const tag = target?.tagName?.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable === true);
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('无法加载搜索样式'));
    document.head.append(link);
  });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('无法加载搜索组件'));
    document.head.append(script);
  });
}

function buildModal(host: HTMLElement): SearchModal {
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', BUNDLE);
  config.setAttribute('lang', 'zh-cn');
  config.setAttribute('highlight-param', 'highlight');
  config.setAttribute('excerpt-length', '40');

  const modal = document.createElement('pagefind-modal') as SearchModal;
  const header = document.createElement('pagefind-modal-header');
  const input = document.createElement('pagefind-input');
  input.setAttribute('placeholder', '搜索文章、职业、FAQ、参考文献…');
  header.append(input);

  const body = document.createElement('pagefind-modal-body');
  const filter = document.createElement('pagefind-filter-pane');
  filter.setAttribute('filter', '类型');
  const summary = document.createElement('pagefind-summary');
  const results = document.createElement('pagefind-results');
  results.setAttribute('max-sub-results', '3');
  body.append(filter, summary, results);

  const footer = document.createElement('pagefind-modal-footer');
  footer.append(document.createElement('pagefind-keyboard-hints'));
  modal.append(header, body, footer);
  host.append(config, modal);
  return modal;
}

/** Loads the UI once (later calls share the same promise) and returns the modal. */
export function loadSearchUi(host: HTMLElement): Promise<SearchModal> {
  pending ??= (async () => {
    await Promise.all([
      loadStylesheet(`${BUNDLE}pagefind-component-ui.css`),
      loadScript(`${BUNDLE}pagefind-component-ui.js`),
    ]);
    const modal = buildModal(host);
    await customElements.whenDefined('pagefind-modal');
    return modal;
  })();
  pending.catch(() => {
    pending = undefined; // let a later attempt retry after a failed download
  });
  return pending;
}
