/**
 * The "我现在是…" picker's working part, loaded by `<dc-role-picker>` (role-picker.ts) on first
 * use: when the reader picks a starting point or ticks skills, it ranks the careers reachable
 * from there (`rankCareers`; from a start without work experience, by how each is entered) and
 * lists them short: the career, what is shared, the essential gaps counted by stage, and a link to
 * the plan; the shared skills, the gaps with a learning resource each, the move's learn text and
 * FAQ open on demand (the resources are fetched then). The data (`data-paths`) is fetched once;
 * the choice is remembered in localStorage (`CHOICE_KEY`). Reads `data-paths`, `data-resources`
 * and `data-plan` of the element.
 */
import { groupByStage, startConcepts, type Reach } from '../../lib/careers/paths.ts';
import { isNewcomer, rankCareers } from '../../lib/careers/ranking.ts';
import { planKnown, serializePlanHash } from '../../lib/careers/plan-hash.ts';
import { resourceTag, shownResources } from '../../lib/careers/resources.ts';
import { stageLabels } from '../../lib/careers/stages.ts';
import { fold } from '../../lib/text/fold.ts';
import type { PathsData } from '../../lib/careers/paths.ts';
import { h } from '../shared/dom.ts';
import { readChoice, saveChoice } from './choice.ts';
import { loadPaths, loadResources } from './paths-client.ts';

/** Careers shown before "显示全部". */
const FIRST_SHOWN = 3;
/** Missing essential skills listed with a learning resource in a result's details. */
const FIRST_STEPS = 3;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** The picker's state and rendering over one `<dc-role-picker>` element. */
class RolePicker {
  readonly #root: HTMLElement;
  #select: HTMLSelectElement | null = null;
  /** The ticked concepts: the state; the checkboxes (made when their panel opens) mirror it. */
  readonly #ticks = new Set<string>();
  #groups: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLOListElement | null = null;
  #more: HTMLButtonElement | null = null;
  #ticked: HTMLElement | null = null;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  #q<E extends Element = Element>(selector: string): E | null {
    return this.#root.querySelector<E>(selector);
  }

  /** Wires the (already shown) form and renders what it holds or what was saved. */
  start() {
    const form = this.#q('form');
    this.#select = this.#q('select[name="from"]');
    this.#status = this.#q('.picker-status');
    this.#list = this.#q('.picker-results');
    this.#more = this.#q('[data-action="more"]');
    this.#ticked = this.#q('[data-ticked]');
    this.#groups = this.#q('[data-groups]');
    const details = this.#q<HTMLDetailsElement>('details');
    if (!form || !this.#select) return;
    details?.addEventListener('toggle', () => {
      if (details.open) void this.#renderGroups();
    });
    if (details?.open) void this.#renderGroups();
    this.#select.addEventListener('change', () => void this.#pickStart());
    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.name !== 'have') return;
      if (box.checked) this.#ticks.add(box.value);
      else this.#ticks.delete(box.value);
      saveChoice({ have: this.#have() });
      void this.#update();
    });
    this.#q('[data-action="clear"]')?.addEventListener('click', () => {
      this.#tick([]);
      saveChoice({ have: [] });
      void this.#update();
    });
    this.#q<HTMLInputElement>('input[type="search"]')?.addEventListener('input', (event) =>
      this.#filter((event.target as HTMLInputElement).value),
    );
    this.#more?.addEventListener('click', () => {
      for (const li of this.#list?.children ?? []) (li as HTMLElement).hidden = false;
      if (this.#more) this.#more.hidden = true;
      (this.#list?.children[FIRST_SHOWN]?.querySelector('a') as HTMLElement | null)?.focus();
    });
    void this.#restore();
  }

  #data(): Promise<PathsData> {
    return loadPaths(this.#root.dataset['paths'] ?? '');
  }

  #have(): string[] {
    return [...this.#ticks];
  }

  #tick(ids: readonly string[]) {
    this.#ticks.clear();
    for (const id of ids) this.#ticks.add(id);
    for (const box of this.#groups?.querySelectorAll<HTMLInputElement>('input[name="have"]') ?? []) {
      box.checked = this.#ticks.has(box.value);
    }
  }

  /** Makes the grouped checkboxes (once), ticked as the state says. */
  async #renderGroups() {
    const container = this.#groups;
    if (!container || container.childElementCount > 0) return;
    let data: PathsData;
    try {
      data = await this.#data();
    } catch {
      this.#say('技能列表没有加载成功，请检查网络后重试。');
      return;
    }
    if (container.childElementCount > 0) return;
    container.replaceChildren(
      ...data.groups.map((g) =>
        h(
          'fieldset',
          { class: 'picker-group' },
          h('legend', {}, g.label),
          ...data.concepts
            .filter((c) => c.group === g.id)
            .map((c) => {
              const box = h('input', { type: 'checkbox', name: 'have', value: c.id });
              box.checked = this.#ticks.has(c.id);
              return h('label', { 'data-terms': fold([c.name, ...c.aliases].join(' ')) }, box, c.name);
            }),
        ),
      ),
    );
    this.#filter(this.#q<HTMLInputElement>('input[type="search"]')?.value ?? '');
  }

  /**
   * Restores the saved choice, unless the reader changed the form while this code was loading
   * (then what they chose wins, and a picked starting point brings its skills).
   */
  async #restore() {
    const select = this.#select!;
    const touched = select.value !== '';
    const choice = touched ? undefined : readChoice();
    if (choice?.from !== undefined && [...select.options].some((o) => o.value === choice.from)) {
      select.value = choice.from;
    }
    if (choice?.have !== undefined) this.#tick(choice.have);
    if (touched) saveChoice({ from: select.value, have: undefined });
    if (select.value === '' && this.#have().length === 0) return;
    if (select.value !== '' && choice?.have === undefined && this.#have().length === 0) {
      const data = await this.#data().catch(() => undefined);
      if (data) this.#tick(startConcepts(data, select.value));
    }
    await this.#update();
  }

  /** A starting point was picked: its skills replace the ticks. */
  async #pickStart() {
    const from = this.#select?.value ?? '';
    saveChoice({ from, have: undefined });
    try {
      this.#tick(from === '' ? [] : startConcepts(await this.#data(), from));
    } catch {
      // #update reports the failure.
    }
    await this.#update();
  }

  #filter(query: string) {
    const words = fold(query).split(/\s+/).filter(Boolean);
    for (const group of this.#groups?.querySelectorAll<HTMLElement>('.picker-group') ?? []) {
      let shown = 0;
      for (const label of group.querySelectorAll<HTMLElement>('label[data-terms]')) {
        const terms = label.dataset['terms'] ?? '';
        label.hidden = !words.every((w) => terms.includes(w));
        if (!label.hidden) shown++;
      }
      group.hidden = shown === 0;
    }
  }

  async #update() {
    const have = this.#have();
    if (this.#ticked) this.#ticked.textContent = String(have.length);
    const from = this.#select?.value || undefined;
    const list = this.#list!;
    if (from === undefined && have.length === 0) {
      list.hidden = true;
      list.replaceChildren();
      if (this.#more) this.#more.hidden = true;
      this.#say('');
      return;
    }
    let data: PathsData;
    try {
      data = await this.#data();
    } catch {
      this.#say('职业数据没有加载成功，请检查网络后重新选择。');
      return;
    }
    const origin = { from, have };
    const ranked = rankCareers(data, origin);
    const newcomer = isNewcomer(data, origin);
    const custom = from === undefined || !sameSet(have, startConcepts(data, from)) ? have : undefined;
    const known = planKnown(data);
    const roleOf = new Map(data.careers.map((c) => [c.id, c.role]));
    const items = ranked.map((r, i) => {
      const li = this.#item(
        r,
        serializePlanHash({ from, to: r.career.id, have: custom, progress: {} }, known),
        newcomer,
        roleOf,
      );
      li.hidden = i >= FIRST_SHOWN;
      return li;
    });
    list.replaceChildren(...items);
    list.hidden = false;
    if (this.#more) {
      this.#more.hidden = ranked.length <= FIRST_SHOWN;
      this.#more.textContent = `显示全部 ${ranked.length} 条`;
    }
    const start = data.starts.find((s) => s.id === from)?.name;
    const where = start === undefined ? `已勾选的 ${have.length} 项技能` : `“${start}”`;
    this.#say(
      newcomer
        ? `从${where}出发：${ranked.length} 条职业路径，按入门门槛排序：先列可以直接应聘的（转型路线图里没有别的职业通向它们），再按入门阶段还缺的必备技能从少到多。`
        : `从${where}出发：${ranked.length} 条职业路径，按已具备的技能排序。`,
    );
  }

  #say(text: string) {
    if (this.#status) this.#status.textContent = text;
  }

  /**
   * One career, short: its name and what is shared (from a start without experience: the entry
   * bar), one line of gaps or of how it is entered, the plan link; the rest in a disclosure.
   */
  #item(r: Reach, hash: string, newcomer: boolean, roleOf: ReadonlyMap<string, string>): HTMLLIElement {
    const names = (skills: { name: string }[]) => skills.map((s) => s.name).join('、');
    const gaps = groupByStage(r.missingEssential);
    const counts = gaps.map((g) => `${stageLabels[g.stage]} ${g.skills.length}`).join('、');
    const entry = r.entryEssential - r.entryMissing.length;
    const summary = newcomer
      ? [
          h('span', { class: 'reach-label' }, '入门岗位：'),
          r.career.entryTitle ?? r.career.role,
          r.feeders.length === 0
            ? '，可以直接应聘。'
            : `；转型路线图里常见的前一站：${r.feeders.map((id) => roleOf.get(id) ?? id).join('、')}。`,
        ]
      : [
          h('span', { class: 'reach-label' }, '还缺的必备技能：'),
          gaps.length === 0 ? '无' : `${r.missingEssential.length} 项（${counts}）`,
        ];
    const details = h(
      'details',
      { class: 'reach-details' },
      h('summary', {}, '已有的技能、要补的技能与学习资源'),
      h(
        'p',
        { class: 'reach-shared' },
        h('span', { class: 'reach-label' }, '已有：'),
        r.shared.length > 0 ? names(r.shared) : '暂无共同的技能',
      ),
      h(
        'p',
        { class: 'reach-missing' },
        h('span', { class: 'reach-label' }, '还缺的必备技能：'),
        gaps.length === 0 ? '无' : null,
        ...gaps.flatMap((g, i) => [
          i > 0 ? '；' : '',
          h('span', { class: 'reach-stage' }, `${stageLabels[g.stage]} `),
          names(g.skills),
        ]),
      ),
      r.missingEssential.length > 0 &&
        h(
          'div',
          { class: 'reach-steps' },
          h('p', { class: 'reach-label' }, '先学这些（各附一个学习资源）：'),
          h(
            'ul',
            {
              'data-steps': r.missingEssential
                .slice(0, FIRST_STEPS)
                .map((s) => s.id)
                .join(','),
            },
            ...r.missingEssential
              .slice(0, FIRST_STEPS)
              .map((s) => h('li', { 'data-concept': s.concept ?? '' }, s.name)),
          ),
        ),
      r.learn.length > 0 &&
        h('p', { class: 'reach-learn' }, h('span', { class: 'reach-label' }, '怎么转：'), r.learn.join(' ')),
      r.faq &&
        h(
          'p',
          { class: 'reach-faq' },
          h('span', { class: 'reach-label' }, '相关问答：'),
          h('a', { href: r.faq.url }, r.faq.question),
        ),
    );
    details.addEventListener('toggle', () => {
      if (details.open) void this.#fillResources(details);
    });
    return h(
      'li',
      { class: 'reach', 'data-career': r.career.id },
      h(
        'h3',
        {},
        h('a', { href: r.career.url }, r.career.role),
        h(
          'span',
          { class: 'overlap' },
          newcomer
            ? `入门必备已具备 ${entry}/${r.entryEssential} 项`
            : `已具备 ${r.shared.length}/${r.career.skills.length} 项`,
        ),
      ),
      h('p', { class: 'reach-summary' }, ...summary),
      details,
      h(
        'p',
        { class: 'reach-plan' },
        h(
          'a',
          { href: `${this.#root.dataset['plan'] ?? ''}${hash}`, class: 'plan-link' },
          `生成转向“${r.career.role}”的学习计划`,
        ),
      ),
    );
  }

  /** Adds each first step's learning resource (fetched on the first opening). */
  async #fillResources(details: HTMLElement) {
    const items = [...details.querySelectorAll<HTMLElement>('.reach-steps li[data-concept]')];
    if (items.length === 0 || details.dataset['filled'] !== undefined) return;
    details.dataset['filled'] = '';
    let resources;
    try {
      resources = await loadResources(this.#root.dataset['resources'] ?? '');
    } catch {
      delete details.dataset['filled'];
      details.querySelector('.reach-steps')?.append(h('p', {}, '学习资源没有加载成功，可以在职业页面查看。'));
      return;
    }
    for (const li of items) {
      const [first] = shownResources(resources, li.dataset['concept'] || undefined);
      if (first) {
        li.append(
          '：',
          h('a', { href: first.url }, first.title),
          h('span', { class: 'resource-tag' }, `（${resourceTag(first)}）`),
        );
      }
    }
  }
}

/** Starts the picker on its element (called once by `<dc-role-picker>`). */
export function startRolePicker(root: HTMLElement): void {
  new RolePicker(root).start();
}
