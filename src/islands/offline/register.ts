/**
 * Starts offline support once the page has loaded and the browser is idle, so that neither the
 * worker's registration nor its precaching competes with the page's own requests. Everything
 * else (workbox-window, the update prompt) is loaded only then, by `offline-client.ts`.
 * Production builds only: `astro dev` serves no service worker.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    import('./offline-client.ts')
      .then(({ startOffline }) => startOffline())
      .catch(() => {
        /* no network, or a newer deploy removed the chunk: the page works without the worker */
      });
  };
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
    else setTimeout(start, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
