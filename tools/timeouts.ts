/**
 * How long a browser test waits for the app. Sized for a slow, shared 2-core machine (CI hosts
 * run other work beside ours): waits end as soon as the condition holds, so a generous limit
 * costs nothing when the machine is idle. Speed is measured by `npm run bench`, never asserted here.
 */

/** Any wait on the page: an element, a state, a poll, a download, ORT or Pagefind starting. */
export const APP_READY_MS = 60_000;
