/**
 * The page's side of offline support, loaded by `register.ts` when the page is idle: registers
 * the service worker with workbox-window, offers "有新版本，刷新" when a new version waits
 * (update-prompt.ts), checks for one when the reader comes back to the tab, and, on the worker's
 * first activation, hands it what this page loaded before it ran (the page itself, a demo's ONNX
 * Runtime and model) so that those work offline too. Any failure here is silent: the page keeps
 * working from the network.
 */
import { Workbox } from 'workbox-window';
import { requestKind } from '../../lib/offline/requests.ts';
import { url } from '../../lib/site.ts';

/** Same-origin URLs this page loaded that the worker caches (pages, search, assets, on-demand files). */
function loadedUrls(): string[] {
  const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
  return [
    ...new Set(
      urls.filter((u) => {
        const parsed = new URL(u);
        return parsed.origin === location.origin && requestKind(parsed.pathname) !== 'other';
      }),
    ),
  ];
}

/** Activates the waiting version and reloads once it controls the page (at once if none waits). */
async function switchVersion(wb: Workbox): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  wb.messageSkipWaiting();
}

/** Shows the update prompt (loaded on first use, with its stylesheet). */
function offerUpdate(wb: Workbox): void {
  import('./update-prompt.ts')
    .then(({ showUpdatePrompt }) =>
      showUpdatePrompt(() => void switchVersion(wb).catch(() => location.reload())),
    )
    .catch(() => {
      /* the prompt could not load: the new version takes over when the reader's tabs close */
    });
}

/** Registers the worker and wires the update prompt. */
export function startOffline(): void {
  const wb = new Workbox(url.serviceWorker());
  // A version installed behind the one in control (found now or while reading).
  wb.addEventListener('waiting', () => offerUpdate(wb));
  wb.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: loadedUrls() } }).catch(() => {});
  });
  wb.register().catch(() => {
    /* registration refused (private mode, storage blocked): the site works without it */
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') wb.update().catch(() => {});
  });
}
