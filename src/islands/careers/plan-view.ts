/**
 * `<dc-plan-view>`: the reader's plan, their home on the site. The plan comes from the URL hash
 * when there is one (`parsePlanHash`: refused or trimmed with a message, never a crash), else
 * from the reader's last choice. On their own plan the reader sets each skill's status with the
 * same square button and select as on a career page, in the same store (progress-store.ts), with
 * the same announcements; skills their starting point or ticks say they have are recorded as
 * 已掌握 once, with an undo. A link from someone else is never applied without asking: a hash with
 * progress (`p=`) shows that progress and leaves the reader's own alone until a confirmed import;
 * a hash whose starting point or ticks differ from the reader's choice offers to record its
 * skills, and changes nothing until the reader accepts. Below the plan, the reader's progress on
 * every career. Attributes: `data-paths`, `data-resources` (JSON), `data-plan` (the page's path).
 * Its parts: plan-body.ts (skill rows, body), plan-notices.ts, plan-overview.ts; plan-link.ts (links).
 */
import {
  reach,
  startConcepts,
  type PathCareer,
  type PathSkill,
  type PathsData,
  type Reach,
} from '../../lib/careers/paths.ts';
import { planKnown, serializePlanHash, type PlanState } from '../../lib/careers/plan-hash.ts';
import {
  progressSummaryText,
  statusChangeText,
  statusOf,
  summarizeProgress,
  withStatus,
  type ProgressStatuses,
  type SkillStatus,
} from '../../lib/careers/progress.ts';
import type { ConceptResources } from '../../lib/careers/resources.ts';
import { readChoice, saveChoice } from './choice.ts';
import { loadPaths, loadResources } from './paths-client.ts';
import { cloneTemplate, fillPlanBody, showRowStatus, skillRow, type Row } from './plan-body.ts';
import type * as PlanLinkModule from './plan-link.ts';
import { renderHaveNotice, renderSharedBanner } from './plan-notices.ts';
import { renderOverview } from './plan-overview.ts';
import {
  appliedSkills,
  loadProgress,
  PROGRESS_EVENT,
  rememberApplied,
  saveProgress,
  STORAGE_REFUSED,
} from './progress-store.ts';

/** The part loaded for a plan opened from a link (plan-link.ts). */
type PlanLink = typeof PlanLinkModule;

class DcPlanView extends HTMLElement {
  #data: PathsData | undefined;
  #resources: ConceptResources = {};
  #plan: PlanState | undefined;
  /** True while the page shows progress from the link rather than the reader's own. */
  #shared = false;
  /** Skills a link (not the reader's own choice) says the reader has, offered to be recorded. */
  #offer: PathSkill[] = [];
  /** Skills just recorded as 已掌握 from the reader's choice, which 撤销 sets back. */
  #applied: PathSkill[] = [];
  /** What the last 撤销 or 记为已掌握 did, shown where its button was. */
  #haveDone = '';
  #rows: Row[] = [];
  /** Loaded when the URL carries a plan. */
  #link: PlanLink | undefined;
  #from: HTMLSelectElement | null = null;
  #to: HTMLSelectElement | null = null;

  connectedCallback() {
    this.#from = this.querySelector('select[name="from"]');
    this.#to = this.querySelector('select[name="to"]');
    const form = this.querySelector('form');
    if (!form || !this.#from || !this.#to) return;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', () => this.#onSelect());
    this.#on('import', () => this.#import());
    this.#on('own', () => this.#showOwn());
    this.#on('share', () => void this.#share());
    this.#on('print', () => window.print());
    this.#on('undo', () => this.#undoApplied());
    this.#on('record', () => this.#recordOffer());
    window.addEventListener('hashchange', () => void this.#fromLocation());
    // Progress saved in another tab (storage) or by this page: show it unless a shared plan shows.
    const refresh = () => {
      if (this.#plan && !this.#shared) this.#plan.progress = this.#own(this.#plan.to);
      this.#refresh();
    };
    window.addEventListener('storage', refresh);
    window.addEventListener(PROGRESS_EVENT, refresh);
    // The resources only add links: the plan shows without them if they fail to load.
    const resources = loadResources(this.dataset['resources'] ?? '').catch(() => ({}));
    Promise.all([loadPaths(this.dataset['paths'] ?? ''), resources]).then(
      ([data, byConcept]) => {
        this.#data = data;
        this.#resources = byConcept;
        void this.#fromLocation();
      },
      () => this.#error('职业数据没有加载成功，请检查网络后刷新页面。'),
    );
  }

  #on(action: string, handler: () => void) {
    for (const el of this.querySelectorAll(`[data-action="${action}"]`))
      el.addEventListener('click', handler);
  }

  #el(selector: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(selector);
  }

  #text(selector: string, text: string) {
    const el = this.#el(selector);
    if (el) el.textContent = text;
  }

  #error(text: string) {
    this.#text('.plan-error', text);
  }

  #notes(text: string) {
    this.#text('.plan-notes', text);
  }

  #career(id: string | undefined): PathCareer | undefined {
    return this.#data?.careers.find((c) => c.id === id);
  }

  /** The reader's saved progress for a career (empty when storage is unavailable or corrupt). */
  #own(career: string): ProgressStatuses {
    return loadProgress(career, this.#career(career)?.skills.map((s) => s.id) ?? []);
  }

  async #fromLocation() {
    const data = this.#data;
    if (!data) return;
    this.#error('');
    this.#notes('');
    this.#applied = [];
    this.#offer = [];
    this.#haveDone = '';
    if (location.hash !== '') {
      try {
        this.#link ??= await import('./plan-link.ts');
      } catch {
        this.#error('计划链接没有读取成功，请检查网络后刷新页面。下面显示的是你自己的计划。');
      }
    }
    const result = this.#link?.parsePlanHash(location.hash, planKnown(data)) ?? { status: 'empty' };
    if (result.status === 'ok') {
      const { plan, notes } = result;
      if (notes.length > 0) this.#notes(`链接中有部分内容已过时或无法识别：${notes.join(' ')}`);
      this.#shared = Object.keys(plan.progress).length > 0;
      this.#plan = plan;
      if (!this.#shared) {
        plan.progress = this.#own(plan.to);
        // The reader's own choice (from the picker or a career page) becomes their plan; a link
        // with someone else's starting point or ticks only offers to record them.
        if (this.#link?.isOwnChoice(plan, readChoice())) {
          saveChoice({ from: plan.from, to: plan.to, have: plan.have });
          this.#applyHad();
        } else this.#offer = this.#unrecorded();
      }
    } else {
      if (result.status === 'refused') this.#error(`${result.error} 下面显示的是你自己的计划。`);
      const choice = readChoice();
      const to = this.#career(choice.to)?.id;
      const from = data.starts.some((s) => s.id === choice.from) ? choice.from : undefined;
      this.#shared = false;
      this.#plan = to === undefined ? undefined : { from, to, have: choice.have, progress: this.#own(to) };
      if (this.#plan === undefined && from !== undefined && this.#from) this.#from.value = from;
      if (this.#plan) this.#applyHad();
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
    this.#offer = [];
    this.#applied = [];
    this.#haveDone = '';
    this.#error('');
    this.#notes('');
    if (location.hash !== '') history.replaceState(null, '', this.dataset['plan'] ?? location.pathname);
    this.#plan =
      to === '' ? undefined : { from: from === to ? undefined : from, to, have, progress: this.#own(to) };
    if (this.#plan) this.#applyHad();
    this.#render();
  }

  #reach(): Reach | undefined {
    const data = this.#data;
    const plan = this.#plan;
    const career = this.#career(plan?.to);
    if (!data || !plan || !career) return undefined;
    return reach(data, { from: plan.from, have: plan.have ?? startConcepts(data, plan.from) }, career);
  }

  /** Skills the plan's starting point or ticks say the reader has that have no status yet. */
  #unrecorded(): PathSkill[] {
    const plan = this.#plan;
    const r = this.#reach();
    if (!plan || !r) return [];
    return r.shared.filter((s) => !Object.hasOwn(plan.progress, s.id));
  }

  /**
   * Records as 已掌握 those of `skills` without a status, and remembers them (see
   * `appliedSkills`); returns the ones recorded, or undefined when storage refused.
   */
  #record(plan: PlanState, skills: PathSkill[]): PathSkill[] | undefined {
    let next = this.#own(plan.to);
    const fresh = skills.filter((s) => !Object.hasOwn(next, s.id));
    for (const s of fresh) next = withStatus(next, s.id, 'mastered');
    if (fresh.length > 0 && !saveProgress(plan.to, next)) return undefined;
    const ids = fresh.map((s) => s.id);
    rememberApplied(plan.to, ids);
    plan.progress = next;
    return fresh;
  }

  /**
   * Records as 已掌握 the skills the reader's own starting point or ticks say they have, once per
   * skill: one the reader set otherwise, or undid, is left alone.
   */
  #applyHad() {
    const plan = this.#plan;
    if (!plan || this.#shared) return;
    const done = appliedSkills(plan.to);
    const unapplied = this.#unrecorded().filter((s) => !done.has(s.id));
    this.#applied = this.#record(plan, unapplied) ?? [];
  }

  #undoApplied() {
    const plan = this.#plan;
    if (!plan || this.#applied.length === 0) return;
    let next = this.#own(plan.to);
    for (const s of this.#applied)
      if (next[s.id] === 'mastered') next = withStatus(next, s.id, 'not-started');
    const count = this.#applied.length;
    this.#applied = [];
    if (!saveProgress(plan.to, next)) {
      this.#error(`${STORAGE_REFUSED}，没有撤销。`);
      return;
    }
    plan.progress = next;
    this.#haveDone = `已撤销：这 ${count} 项技能回到“未开始”。`;
    this.#refresh();
    this.#el('.plan-have-text')?.focus();
  }

  /** Records the skills a link says the reader has, after the reader chose to. */
  #recordOffer() {
    const plan = this.#plan;
    if (!plan) return;
    const recorded = this.#record(plan, this.#offer);
    this.#offer = [];
    if (!recorded) {
      this.#error(`${STORAGE_REFUSED}，没有记录。`);
      return;
    }
    saveChoice({ from: plan.from, to: plan.to, have: plan.have });
    this.#applied = recorded;
    this.#refresh();
    this.#el('[data-action="undo"]')?.focus();
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
    const career = this.#career(plan?.to);
    if (!plan || !career || !this.#link) return;
    if (!window.confirm(this.#link.importQuestion(career.role, plan.progress, this.#own(plan.to)))) return;
    if (!saveProgress(plan.to, plan.progress)) {
      this.#error(`${STORAGE_REFUSED}，没有导入。`);
      return;
    }
    this.#shared = false;
    saveChoice({ from: plan.from, to: plan.to, have: plan.have });
    this.#render();
    this.#say('.plan-shared-status', `已把链接中的进度导入到你在“${career.role}”上的进度。`);
  }

  /** The reader's plan for another target: same starting point and ticks (their own choice). */
  #planHref(to: string): string {
    const data = this.#data;
    const plan = this.#plan;
    const from = plan?.from === to ? undefined : plan?.from;
    const hash = data ? serializePlanHash({ from, to, have: plan?.have, progress: {} }, planKnown(data)) : '';
    return `${this.dataset['plan'] ?? ''}${hash}`;
  }

  /** The plan's share link (empty without a plan), written into its field too. */
  #shareUrl(): string {
    const hash = this.#plan && this.#data ? serializePlanHash(this.#plan, planKnown(this.#data)) : undefined;
    const path = `${this.dataset['plan'] ?? location.pathname}${hash}`;
    const link = hash === undefined ? '' : new URL(path, location.href).href;
    const input = this.querySelector<HTMLInputElement>('#plan-share-url');
    if (input) input.value = link;
    return link;
  }

  /** Puts `message` in the live region `selector` (next to the control that caused it). */
  #say(selector: string, message: string) {
    const region = this.#el(selector);
    if (!region) return;
    region.textContent = '';
    // A new text node after a frame, so a repeated message is announced again.
    requestAnimationFrame(() => (region.textContent = message));
  }

  async #share() {
    // Loaded on the first press: nothing before it needs the clipboard.
    const { copyText } = await import('../shared/clipboard.ts');
    if (await copyText(this.#shareUrl())) {
      this.#say('.plan-action-status', '分享链接已复制。');
    } else {
      this.querySelector<HTMLInputElement>('#plan-share-url')?.select();
      this.#say('.plan-action-status', '无法自动复制：链接已选中，请手动复制。');
    }
  }

  /** A skill's row, from the page's `<template id="plan-row">` (plan-body.ts). */
  #row(skill: PathSkill): Row {
    const row = skillRow(skill, {
      template: () => cloneTemplate(this, '#plan-row'),
      resources: this.#resources,
      shared: this.#shared,
      statusOf: (id) => this.#statusOf(id),
      setStatus: (s, status) => this.#setStatus(s, status),
    });
    this.#rows.push(row);
    return row;
  }

  #statusOf(skillId: string): SkillStatus {
    return statusOf(this.#plan?.progress ?? {}, skillId);
  }

  #setStatus(skill: PathSkill, status: SkillStatus) {
    const plan = this.#plan;
    if (!plan || this.#shared) return;
    const next = withStatus(this.#own(plan.to), skill.id, status);
    const saved = saveProgress(plan.to, next);
    plan.progress = next;
    this.#text('.plan-storage', saved ? '' : `${STORAGE_REFUSED}：进度只在本页有效，刷新后会丢失。`);
    this.#refresh();
    const career = this.#career(plan.to);
    const summary = summarizeProgress(career?.skills.map((s) => s.id) ?? [], next);
    this.#say('.plan-status', statusChangeText(skill.name, status, summary));
  }

  /** Updates statuses, the summary, the have notice and the overview in place (keeps focus). */
  #refresh() {
    const plan = this.#plan;
    const career = this.#career(plan?.to);
    if (plan && career) {
      for (const row of this.#rows) showRowStatus(row, this.#statusOf(row.skill.id));
      const ids = career.skills.map((s) => s.id);
      const summary = summarizeProgress(ids, plan.progress);
      this.#text('.plan-progress', `学习进度：${progressSummaryText(summary)}`);
      this.#renderHave();
    }
    this.#renderOverview();
  }

  #render() {
    const data = this.#data;
    const body = this.#el('.plan-body');
    const actions = this.#el('.plan-actions');
    if (!data || !body || !actions) return;
    const plan = this.#plan;
    if (this.#from) this.#from.value = plan?.from ?? this.#from.value;
    if (this.#to) this.#to.value = plan?.to ?? '';
    this.#rows = [];
    const r = this.#reach();
    const empty = this.#el('.plan-empty');
    if (empty) empty.hidden = r !== undefined;
    const how = this.#el('.plan-how');
    if (how) how.hidden = r === undefined || this.#shared;
    if (!plan || !r) {
      body.replaceChildren();
      actions.hidden = true;
      this.#renderBanner('');
      this.#renderHave();
      this.#renderOverview();
      return;
    }
    const page = cloneTemplate(this, '#plan-body');
    const start = data.starts.find((s) => s.id === plan.from);
    fillPlanBody(page, r, start?.name, (skill) => this.#row(skill).li);
    body.replaceChildren(page);
    actions.hidden = false;
    this.#text('.plan-print-url', `本计划的链接：${this.#shareUrl()}`);
    this.#text('.plan-action-status', '');
    this.#text('.plan-shared-status', '');
    this.#renderBanner(r.career.role);
    this.#refresh();
  }

  /** The notice above the skills: what was recorded from the reader's choice, or an offer. */
  #renderHave() {
    const shared = this.#shared;
    renderHaveNotice(this, {
      offer: shared ? [] : this.#offer,
      applied: shared ? [] : this.#applied,
      done: shared ? '' : this.#haveDone,
      offerText: this.#link?.offerText,
    });
  }

  #renderBanner(role: string) {
    const plan = this.#plan;
    const link = this.#link;
    renderSharedBanner(
      this,
      this.#shared && plan && link ? link.sharedBanner(role, plan.progress, this.#own(plan.to)) : undefined,
    );
  }

  /** The reader's saved progress on every career, each with a link to its plan. */
  #renderOverview() {
    const data = this.#data;
    if (!data) return;
    renderOverview(this, {
      data,
      own: (career) => this.#own(career),
      current: this.#plan?.to,
      planHref: (to) => this.#planHref(to),
    });
  }
}

customElements.define('dc-plan-view', DcPlanView);
