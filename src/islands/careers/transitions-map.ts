/**
 * `<dc-transitions-map>`: the careers index's transitions map (server-rendered SVG) comes alive.
 * - Pointing at or focusing a career's box highlights its moves (`data-hl="out" | "in" | "both"`
 *   on each line touching it), marks the careers at their other ends (`data-hl="linked"`, the
 *   career itself `"self"`) and sets `data-highlight` on the SVG so the rest fades (CSS).
 * - Each box shows the progress saved on that career's page (localStorage, read on load, on
 *   returning to the page from the back/forward cache and when another tab saves): the bar's fill
 *   and the link's accessible name ("MLOps 工程师，已掌握 3/14"); nothing when nothing is saved.
 * Markup: nodes are `a[data-career][data-skills]` (skill ids separated by spaces) with a
 * `.progress` group holding `.track` and `.fill` rects; lines are `path[data-from][data-to]`,
 * with `data-both` when they carry both directions.
 */
import { highlightFor, type MapLine } from '../../lib/careers/map-highlight.ts';
import { progressStorageKey, savedProgressBadge } from '../../lib/careers/progress.ts';

interface Node {
  el: SVGElement;
  id: string;
  /** The role's name, the link's accessible name without progress. */
  role: string;
  skillIds: string[];
  track: SVGRectElement | null;
  fill: SVGRectElement | null;
}

/** The saved progress of one career as stored, or null when none or unreadable. */
function readStored(careerId: string): unknown {
  try {
    const raw = localStorage.getItem(progressStorageKey(careerId));
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null; // storage blocked or corrupt: show no progress rather than break the map
  }
}

class DcTransitionsMap extends HTMLElement {
  #svg: SVGSVGElement | null = null;
  #nodes: Node[] = [];
  #lines: { el: SVGElement; line: MapLine }[] = [];
  #focused: string | null = null;

  connectedCallback() {
    const svg = this.querySelector('svg');
    if (!svg) return;
    this.#svg = svg;
    this.#nodes = [...svg.querySelectorAll<SVGElement>('a[data-career]')].map((el) => ({
      el,
      id: el.dataset['career'] ?? '',
      role: el.getAttribute('aria-label') ?? '',
      skillIds: (el.dataset['skills'] ?? '').split(' ').filter(Boolean),
      track: el.querySelector<SVGRectElement>('.progress .track'),
      fill: el.querySelector<SVGRectElement>('.progress .fill'),
    }));
    this.#lines = [...svg.querySelectorAll<SVGElement>('path[data-from][data-to]')].map((el) => ({
      el,
      line: {
        from: el.dataset['from'] ?? '',
        to: el.dataset['to'] ?? '',
        bidirectional: el.hasAttribute('data-both'),
      },
    }));

    const careerAt = (target: EventTarget | null) =>
      target instanceof Element
        ? (target.closest<SVGElement>('a[data-career]')?.dataset['career'] ?? null)
        : null;
    // Focus listeners go on this (HTML) element: Chromium makes an SVG element with focus
    // listeners focusable, which would add a stop for the whole drawing to the Tab order.
    this.addEventListener('focusin', (event) => {
      this.#focused = careerAt(event.target);
      this.#highlight(this.#focused);
    });
    this.addEventListener('focusout', () => {
      this.#focused = null;
      this.#highlight(null);
    });
    // Pointing wins while the pointer is on a box; leaving it goes back to the focused one.
    svg.addEventListener('pointerover', (event) => this.#highlight(careerAt(event.target) ?? this.#focused));
    svg.addEventListener('pointerleave', () => this.#highlight(this.#focused));

    this.#showProgress();
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.#showProgress();
    });
    window.addEventListener('storage', () => this.#showProgress());
  }

  #highlight(career: string | null) {
    if (!this.#svg) return;
    if (career === null) {
      delete this.#svg.dataset['highlight'];
      for (const { el } of [...this.#lines, ...this.#nodes]) delete el.dataset['hl'];
      return;
    }
    const { lines, linked } = highlightFor(
      this.#lines.map((l) => l.line),
      career,
    );
    this.#svg.dataset['highlight'] = career;
    this.#lines.forEach(({ el }, i) => {
      const role = lines[i];
      if (role) el.dataset['hl'] = role;
      else delete el.dataset['hl'];
    });
    for (const node of this.#nodes) {
      if (node.id === career) node.el.dataset['hl'] = 'self';
      else if (linked.has(node.id)) node.el.dataset['hl'] = 'linked';
      else delete node.el.dataset['hl'];
    }
  }

  #showProgress() {
    for (const node of this.#nodes) {
      const badge = savedProgressBadge(readStored(node.id), node.skillIds);
      if (!badge) {
        delete node.el.dataset['progress'];
        node.el.setAttribute('aria-label', node.role);
        node.fill?.setAttribute('width', '0');
        continue;
      }
      node.el.dataset['progress'] = String(badge.percent);
      node.el.setAttribute('aria-label', `${node.role}，${badge.text}`);
      const full = node.track?.width.baseVal.value ?? 0;
      const share = badge.counted === 0 ? 0 : badge.mastered / badge.counted;
      node.fill?.setAttribute('width', String(Math.round(full * share * 10) / 10));
    }
  }
}

customElements.define('dc-transitions-map', DcTransitionsMap);
