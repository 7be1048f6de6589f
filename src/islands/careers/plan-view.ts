/**
 * `<dc-plan-view>`: the personal plan page. The plan comes from the URL hash when there is one
 * (`parsePlanHash`: refused or trimmed with a message, never a crash), else from the reader's last
 * choice. A hash with progress (`p=`) is someone's shared plan: its progress is shown, the reader's
 * own saved progress is left alone, and "导入到我的进度" replaces it only after a confirm that says
 * what it replaces. Changing the selects shows the reader's own plan and progress.
 * Attributes: `data-paths` (the paths data), `data-plan` (the page's path).
 */
import {
  groupByStage,
  reach,
  startConcepts,
  type PathSkill,
  type PathsData,
} from '../../lib/careers/paths.ts';
import { parsePlanHash, planKnown, serializePlanHash, type PlanState } from '../../lib/careers/plan-hash.ts';
import {
  progressStorageKey,
  sanitizeStoredProgress,
  skillStatuses,
  summarizeProgress,
  type ProgressStatuses,
} from '../../lib/careers/progress.ts';
import { stageLabels } from '../../lib/careers/stages.ts';
import { h } from './dom.ts';
import { readChoice, saveChoice } from './choice.ts';
import { loadPaths } from './paths-client.ts';

/** "已掌握 2 项、学习中 1 项" for a set of statuses ("没有记录" when empty). */
function describeProgress(progress: ProgressStatuses): string {
  const counts = { mastered: 0, learning: 0, skipped: 0 };
  for (const status of Object.values(progress)) counts[status]++;
  const parts = (['mastered', 'learning', 'skipped'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${skillStatuses[s]} ${counts[s]} 项`);
  return parts.length > 0 ? parts.join('、') : '没有记录';
}

const sameProgress = (a: ProgressStatuses, b: ProgressStatuses) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([id, s]) => b[id] === s);

class DcPlanView extends HTMLElement {
  #data: PathsData | undefined;
  #plan: PlanState | undefined;
  /** True while the page shows progress from the link rather than the reader's own. */
  #shared = false;
  #from: HTMLSelectElement | null = null;
  #to: HTMLSelectElement | null = null;

  connectedCallback() {
    this.#from = this.querySelector('select[name="from"]');
    this.#to = this.querySelector('select[name="to"]');
    const form = this.querySelector('form');
    if (!form || !this.#from || !this.#to) return;
    this.querySelector('.plan-fallback')?.setAttribute('hidden', '');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', () => this.#onSelect());
    this.#on('import', () => this.#import());
    this.#on('own', () => this.#showOwn());
    this.#on('share', () => void this.#share());
    this.#on('print', () => window.print());
    window.addEventListener('hashchange', () => this.#fromLocation());
    // Another tab saved progress: show it unless this page shows a shared plan.
    window.addEventListener('storage', () => {
      if (this.#plan && !this.#shared) {
        this.#plan.progress = this.#own(this.#plan.to);
        this.#render();
      }
    });
    loadPaths(this.dataset['paths'] ?? '').then(
      (data) => {
        this.#data = data;
        form.hidden = false;
        this.#fromLocation();
      },
      () => this.#error('职业数据没有加载成功，请检查网络后刷新页面。'),
    );
  }

  #on(action: string, handler: () => void) {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
  }

  #el(selector: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(selector);
  }

  #error(text: string) {
    const el = this.#el('.plan-error');
    if (el) el.textContent = text;
  }

  #notes(text: string) {
    const el = this.#el('.plan-notes');
    if (el) el.textContent = text;
  }

  /** The reader's saved progress for a career (empty when storage is unavailable or corrupt). */
  #own(career: string): ProgressStatuses {
    const skills = this.#data?.careers.find((c) => c.id === career)?.skills.map((s) => s.id) ?? [];
    try {
      const raw = localStorage.getItem(progressStorageKey(career));
      return raw === null ? {} : sanitizeStoredProgress(JSON.parse(raw), skills);
    } catch {
      return {};
    }
  }

  #fromLocation() {
    const data = this.#data;
    if (!data) return;
    this.#error('');
    this.#notes('');
    const result = parsePlanHash(location.hash, planKnown(data));
    if (result.status === 'ok') {
      const { plan, notes } = result;
      if (notes.length > 0) this.#notes(`链接中有部分内容已过时或无法识别：${notes.join(' ')}`);
      this.#shared = Object.keys(plan.progress).length > 0;
      if (!this.#shared) {
        plan.progress = this.#own(plan.to);
        saveChoice({ from: plan.from, to: plan.to, have: plan.have });
      }
      this.#plan = plan;
    } else {
      if (result.status === 'refused') this.#error(`${result.error} 下面显示的是你自己的计划。`);
      const choice = readChoice();
      const to = data.careers.some((c) => c.id === choice.to) ? choice.to : undefined;
      const from = data.starts.some((s) => s.id === choice.from) ? choice.from : undefined;
      this.#shared = false;
      this.#plan = to === undefined ? undefined : { from, to, have: choice.have, progress: this.#own(to) };
      if (this.#plan === undefined && from !== undefined && this.#from) this.#from.value = from;
    }
    this.#render();
  }

  #onSelect() {
    const to = this.#to?.value ?? '';
    const from = this.#from?.value || undefined;
    const previous = this.#plan;
    // A new starting point brings its own skills; the same one keeps the reader's ticks.
    const have = previous?.from === from ? previous?.have : undefined;
    saveChoice({ from, to: to || undefined, have });
    this.#shared = false;
    this.#error('');
    this.#notes('');
    if (location.hash !== '') history.replaceState(null, '', this.dataset['plan'] ?? location.pathname);
    this.#plan =
      to === '' ? undefined : { from: from === to ? undefined : from, to, have, progress: this.#own(to) };
    this.#render();
  }

  #showOwn() {
    if (!this.#plan) return;
    this.#shared = false;
    this.#plan.progress = this.#own(this.#plan.to);
    saveChoice({ from: this.#plan.from, to: this.#plan.to, have: this.#plan.have });
    history.replaceState(null, '', this.dataset['plan'] ?? location.pathname);
    this.#render();
  }

  #import() {
    const plan = this.#plan;
    const career = this.#data?.careers.find((c) => c.id === plan?.to);
    if (!plan || !career) return;
    const own = this.#own(plan.to);
    const ownText =
      Object.keys(own).length === 0
        ? '你目前没有保存这条路径的进度'
        : `你目前保存的进度：${describeProgress(own)}`;
    const ok = window.confirm(
      `导入会用链接中的进度（${describeProgress(plan.progress)}）替换你在“${career.role}”上保存的全部进度（${ownText}）。替换后无法撤销。确定导入吗？`,
    );
    if (!ok) return;
    try {
      localStorage.setItem(progressStorageKey(plan.to), JSON.stringify(plan.progress));
    } catch {
      this.#error('浏览器不允许本站保存数据（可能是隐私模式或存储已满），没有导入。');
      return;
    }
    this.#shared = false;
    saveChoice({ from: plan.from, to: plan.to, have: plan.have });
    this.#notes(`已把链接中的进度导入到你在“${career.role}”上的进度。`);
    this.#render();
  }

  #shareUrl(): string {
    if (!this.#plan || !this.#data) return '';
    const path = `${this.dataset['plan'] ?? location.pathname}${serializePlanHash(this.#plan, planKnown(this.#data))}`;
    return new URL(path, location.href).href;
  }

  async #share() {
    const input = this.querySelector<HTMLInputElement>('#plan-share-url');
    const link = this.#shareUrl();
    if (input) input.value = link;
    try {
      await navigator.clipboard.writeText(link);
      this.#notes('分享链接已复制。');
    } catch {
      input?.select();
      this.#notes('无法自动复制：链接已选中，请手动复制。');
    }
  }

  #render() {
    const data = this.#data;
    const body = this.#el('.plan-body');
    const actions = this.#el('.plan-actions');
    const banner = this.#el('.plan-shared');
    if (!data || !body || !actions || !banner) return;
    const plan = this.#plan;
    if (this.#from) this.#from.value = plan?.from ?? this.#from.value;
    if (this.#to) this.#to.value = plan?.to ?? '';
    const career = data.careers.find((c) => c.id === plan?.to);
    if (!plan || !career) {
      body.replaceChildren(h('p', {}, '请选择目标职业，也可以先选当前角色。'));
      actions.hidden = true;
      banner.hidden = true;
      return;
    }
    const start = data.starts.find((s) => s.id === plan.from);
    const r = reach(data, { from: plan.from, have: plan.have ?? startConcepts(data, plan.from) }, career);
    const summary = summarizeProgress(
      career.skills.map((s) => s.id),
      plan.progress,
    );
    const abs = (path: string) => new URL(path, location.href).href;
    const skillItem = (s: PathSkill) => {
      const status = Object.hasOwn(plan.progress, s.id) ? plan.progress[s.id] : undefined;
      return h(
        'li',
        { 'data-skill': s.id },
        s.name,
        s.essential && h('span', { class: 'tag tag-essential' }, '必备'),
        h('span', { class: `tag tag-${status ?? 'not-started'}` }, skillStatuses[status ?? 'not-started']),
      );
    };
    const title = start ? `从“${start.name}”到“${career.role}”` : `目标：${career.role}`;
    body.replaceChildren(
      h('h2', {}, title),
      h(
        'p',
        { class: 'plan-summary' },
        `已具备 ${r.shared.length}/${career.skills.length} 项技能，还要学 ${r.missing.length} 项（其中必备 ${r.missingEssential.length} 项）。学习进度：已掌握 ${summary.mastered}/${summary.counted} 项（${summary.percent}%）。`,
      ),
      h('h3', {}, '要学的技能'),
      ...(r.missing.length === 0
        ? [h('p', {}, '没有要补的技能。')]
        : groupByStage(r.missing).flatMap((g) => [
            h('h4', {}, stageLabels[g.stage]),
            h('ul', { class: 'plan-skills', 'data-stage': g.stage }, ...g.skills.map(skillItem)),
          ])),
      h('h3', {}, '已有的技能'),
      r.shared.length === 0
        ? h('p', {}, '还没有共同的技能。')
        : h('ul', { class: 'plan-skills plan-shared-skills' }, ...r.shared.map(skillItem)),
      ...(r.learn.length > 0 ? [h('h3', {}, '怎么转')] : []),
      ...r.learn.map((text) => h('p', {}, text)),
      h('h3', {}, '延伸阅读'),
      h(
        'ul',
        {},
        h(
          'li',
          {},
          h('a', { href: abs(career.url) }, `${career.role}：职责、分阶段技能与资源`),
          '（在职业页面记录进度）',
        ),
        r.faq && h('li', {}, h('a', { href: abs(r.faq.url) }, r.faq.question)),
      ),
    );
    actions.hidden = false;
    const input = this.querySelector<HTMLInputElement>('#plan-share-url');
    const link = this.#shareUrl();
    if (input) input.value = link;
    const printUrl = this.#el('.plan-print-url');
    if (printUrl) printUrl.textContent = `本计划的链接：${link}`;
    this.#renderBanner(career.role);
  }

  #renderBanner(role: string) {
    const banner = this.#el('.plan-shared');
    const text = this.#el('.plan-shared-text');
    const importButton = this.#el('[data-action="import"]');
    const plan = this.#plan;
    if (!banner || !text || !importButton || !plan) return;
    banner.hidden = !this.#shared;
    if (!this.#shared) return;
    const same = sameProgress(plan.progress, this.#own(plan.to));
    importButton.hidden = same;
    text.textContent = same
      ? `这是链接中分享的计划，链接里的进度与你在“${role}”上保存的进度相同。`
      : `这是链接中分享的计划：下面显示的是链接里的进度（${describeProgress(plan.progress)}）。你在“${role}”上保存的进度没有改变。`;
  }
}

customElements.define('dc-plan-view', DcPlanView);
