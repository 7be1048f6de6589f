/**
 * "有新版本，刷新": a small bar at the bottom of the page when a new version of the site waits.
 * It announces itself (a polite live region), never takes focus, and sits early in the tab
 * order (after the skip link); 刷新 switches to the new version and reloads, × (or Escape
 * inside the bar) dismisses it until the next page. Nothing changes under the reader until then.
 */
// A URL, not an import: imported CSS would join every page's render-blocking stylesheets.
import { h } from '../shared/dom.ts';
import styleUrl from './update-prompt.css?url';

const ID = 'dc-update-prompt';

/** Loads the prompt's stylesheet; rejects when it cannot (the prompt is then not shown at all). */
function loadStyle(): Promise<void> {
  const existing = document.querySelector(`link[href="${styleUrl}"]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styleUrl;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${styleUrl} did not load`)), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/**
 * Shows the prompt (once per page) when its stylesheet has loaded; `onRefresh` runs when the
 * reader accepts. Rejects, showing nothing, when the stylesheet cannot load.
 */
export async function showUpdatePrompt(onRefresh: () => void): Promise<void> {
  if (document.getElementById(ID)) return;
  await loadStyle();
  if (document.getElementById(ID)) return;
  const status = h('p', { role: 'status' });
  const refresh = h('button', { type: 'button', class: 'button update-refresh' }, '刷新');
  const close = h(
    'button',
    { type: 'button', class: 'update-close', title: '稍后再说', 'aria-label': '稍后再说' },
    '×',
  );
  const bar = h('aside', { id: ID, class: 'update-prompt', 'aria-label': '新版本' }, status, refresh, close);

  refresh.addEventListener('click', () => {
    refresh.disabled = true;
    onRefresh();
  });
  const dismiss = () => {
    const hadFocus = bar.contains(document.activeElement);
    bar.remove();
    if (hadFocus) document.getElementById('main')?.focus({ preventScroll: true });
  };
  close.addEventListener('click', dismiss);
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });

  const skip = document.querySelector('.skip-link');
  if (skip) skip.after(bar);
  else document.body.prepend(bar);
  // Filled after the live region is in the page, so that screen readers announce it.
  requestAnimationFrame(() => {
    status.textContent = '有新版本，';
  });
}
