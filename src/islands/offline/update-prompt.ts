/**
 * "有新版本，刷新": a small bar at the bottom of the page when a new version of the site waits.
 * It announces itself (a polite live region), never takes focus, and sits early in the tab
 * order (after the skip link); 刷新 switches to the new version and reloads, × (or Escape
 * inside the bar) dismisses it until the next page. Nothing changes under the reader until then.
 */
// A URL, not an import: imported CSS would join every page's render-blocking stylesheets.
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
  const bar = document.createElement('aside');
  bar.id = ID;
  bar.className = 'update-prompt';
  bar.setAttribute('aria-label', '新版本');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const refresh = document.createElement('button');
  refresh.type = 'button';
  refresh.className = 'button update-refresh';
  refresh.textContent = '刷新';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'update-close';
  close.textContent = '×';
  close.title = '稍后再说';
  close.setAttribute('aria-label', '稍后再说');
  bar.append(status, refresh, close);

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
