/**
 * On a page opened from a search result (`?highlight=…`), marks the query terms with
 * Pagefind's highlighter. Loaded only when the parameter is present.
 */
export async function highlightFromQuery(location: Location): Promise<void> {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const url = '/pagefind/pagefind-highlight.js';
  const module = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; markContext: string; addStyles: boolean }) => unknown;
  };
  // addStyles: false — Pagefind would inject a <style> element, which the CSP forbids; the
  // mark style lives in global.css instead.
  new module.default({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
}
