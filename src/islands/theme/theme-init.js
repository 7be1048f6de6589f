(() => {
  let stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    /* storage blocked: follow the system */
  }
  const dark =
    stored === 'dark' || (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  // Scripts run: CSS shows the header's menu button (collapsing the navigation on narrow
  // screens) from the first paint, so nothing moves when the islands start.
  document.documentElement.dataset.js = '';
})();
