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
})();
