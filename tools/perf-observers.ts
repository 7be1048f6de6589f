/**
 * Performance observers installed in a page before it loads (Playwright's `addInitScript`),
 * recording largest-contentful-paint, long tasks, layout shifts (with the elements that moved)
 * and paint timings into `window.__perf`. The function runs in the browser: it must stay
 * self-contained (no imports, no outer variables), because it is sent as source text.
 */

/** An element that moved in a layout shift, with its rectangles before and after. */
interface ShiftSource {
  /** Short CSS path of the node, e.g. `main > section#demo-forward > canvas`. */
  node: string;
  previous: [number, number, number, number];
  current: [number, number, number, number];
}

/** What the observers record; read with `page.evaluate(() => window.__perf)`. */
export interface PerfRecord {
  /** Largest-contentful-paint candidates: time (ms since navigation) and element. */
  lcp: { time: number; element: string }[];
  /** Long tasks (over 50 ms): start and duration in ms. */
  longTasks: { start: number; duration: number }[];
  /** Layout shifts with their sources. */
  shifts: { startTime: number; value: number; hadRecentInput: boolean; sources: ShiftSource[] }[];
  /** First contentful paint, ms since navigation (NaN until it happens). */
  fcp: number;
}

/** Installs the observers; pass this function itself to `page.addInitScript`. */
export function installPerfObservers(): void {
  const describe = (node: Node | null | undefined): string => {
    if (!node) return '(removed node)';
    const parts: string[] = [];
    let el: Element | null = node instanceof Element ? node : node.parentElement;
    if (!(node instanceof Element)) parts.push('#text');
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('')}`;
    // The nearest four elements, then the closest ancestor with an id (e.g. the demo island).
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      parts.unshift(name(el));
      if (el.id) return parts.join(' > ');
    }
    const anchor = el?.closest('[id]');
    return (anchor ? `${name(anchor)} … ` : '') + parts.join(' > ');
  };
  const rect = (r: DOMRectReadOnly): [number, number, number, number] => [
    Math.round(r.x),
    Math.round(r.y),
    Math.round(r.width),
    Math.round(r.height),
  ];
  const record: PerfRecord = { lcp: [], longTasks: [], shifts: [], fcp: Number.NaN };
  (window as Window & { __perf?: PerfRecord }).__perf = record;
  const observe = (type: string, callback: (entries: PerformanceEntryList) => void) => {
    try {
      new PerformanceObserver((list) => callback(list.getEntries())).observe({ type, buffered: true });
    } catch {
      /* entry type not supported by this browser */
    }
  };
  interface LayoutShift extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  }
  observe('layout-shift', (entries) => {
    for (const e of entries as LayoutShift[]) {
      record.shifts.push({
        startTime: e.startTime,
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        sources: e.sources.map((s) => ({
          node: describe(s.node),
          previous: rect(s.previousRect),
          current: rect(s.currentRect),
        })),
      });
    }
  });
  observe('longtask', (entries) => {
    for (const e of entries) record.longTasks.push({ start: e.startTime, duration: e.duration });
  });
  observe('largest-contentful-paint', (entries) => {
    for (const e of entries as (PerformanceEntry & { element: Element | null })[]) {
      record.lcp.push({ time: e.startTime, element: describe(e.element) });
    }
  });
  observe('paint', (entries) => {
    for (const e of entries) if (e.name === 'first-contentful-paint') record.fcp = e.startTime;
  });
}
