/**
 * `<dc-career-filter>`: filters the careers index by area and by skill. Shows the (server-hidden)
 * filter form, hides cards that do not match and areas left empty, lists the matching skills
 * on each remaining card, and reports the count in a polite live region. Cards carry
 * `data-area` and `data-skills` (JSON `[id, name][]`).
 */
import { matchSkills, type FilterSkill } from '../../lib/careers/career-filter.ts';

interface Card {
  el: HTMLElement;
  area: string;
  skills: FilterSkill[];
  matches: HTMLElement | null;
}

/** Wait this long after the last keystroke before announcing, so a screen reader is not flooded. */
const ANNOUNCE_DELAY_MS = 500;

function readSkills(el: HTMLElement): FilterSkill[] {
  try {
    const raw = JSON.parse(el.dataset['skills'] ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((pair) =>
      Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string'
        ? [{ id: pair[0], name: pair[1] }]
        : [],
    );
  } catch {
    return [];
  }
}

class DcCareerFilter extends HTMLElement {
  #cards: Card[] = [];
  #form: HTMLFormElement | null = null;
  #query: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form.filters');
    this.#query = this.querySelector('input[name="skill"]');
    this.#status = this.querySelector('.filter-status');
    if (!this.#form || !this.#query) return;
    this.#cards = [...this.querySelectorAll<HTMLElement>('li.card[data-area]')].map((el) => ({
      el,
      area: el.dataset['area'] ?? '',
      skills: readSkills(el),
      matches: el.querySelector<HTMLElement>('.matches'),
    }));
    this.#form.hidden = false;

    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('input', () => this.#apply(true));
    this.#form.addEventListener('change', () => this.#apply(true));
    // "reset" fires before the fields are reset; apply once they have been.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#apply(true)));
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-term]')) {
      button.addEventListener('click', () => {
        if (!this.#query) return;
        this.#query.value = button.dataset['term'] ?? '';
        this.#apply(true);
      });
    }
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => {
      this.#form?.reset();
      this.#query?.focus();
    });
    // The browser may restore the fields on back/forward navigation: match what they show.
    window.addEventListener('pageshow', () => this.#apply(false));
    this.#apply(false);
  }

  /** The chosen area's id ('' for all) and Chinese name (from the radio's `data-label`). */
  #area(): { id: string; label: string } {
    const checked = this.#form?.querySelector<HTMLInputElement>('input[name="area"]:checked');
    return { id: checked?.value ?? '', label: checked?.dataset['label'] ?? '' };
  }

  #apply(announce: boolean) {
    const { id: area, label: areaLabel } = this.#area();
    const query = this.#query?.value ?? '';
    let shown = 0;
    for (const card of this.#cards) {
      const hits = area === '' || card.area === area ? matchSkills(card.skills, query) : null;
      card.el.hidden = hits === null;
      if (hits !== null) shown++;
      if (card.matches) {
        card.matches.hidden = hits === null || hits.length === 0;
        card.matches.textContent =
          hits && hits.length > 0 ? `匹配的技能：${hits.map((h) => h.name).join('；')}` : '';
      }
    }
    for (const section of this.querySelectorAll<HTMLElement>('section[data-area]')) {
      section.hidden = !section.querySelector('li.card:not([hidden])');
    }
    const noResults = this.querySelector<HTMLElement>('.no-results');
    if (noResults) noResults.hidden = shown > 0;

    const total = this.#cards.length;
    const filtered = area !== '' || query.trim() !== '';
    const parts = [area && `领域“${areaLabel}”`, query.trim() && `技能含“${query.trim()}”`].filter(Boolean);
    const message = filtered
      ? `${parts.join('、')}：显示 ${shown} / ${total} 条职业路径。`
      : `显示全部 ${total} 条职业路径。`;
    clearTimeout(this.#timer);
    if (!announce) {
      // On load only show a count when the fields came back filled; an unfiltered page needs none.
      if (this.#status) this.#status.textContent = filtered ? message : '';
      return;
    }
    this.#timer = setTimeout(() => {
      if (this.#status) this.#status.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }
}

customElements.define('dc-career-filter', DcCareerFilter);
