/**
 * The plan's body, filled from the plan page's server-rendered `<template>`s (PlanView.astro) by
 * `<dc-plan-view>` (plan-view.ts): the skills still to learn by stage and those already shared,
 * each a row with its status controls (own plan) or status tag (a shared plan) and its first
 * learning resource; the move's learn text, the career's page and the FAQ entry.
 */
import { groupByStage, type PathSkill, type Reach } from '../../lib/careers/paths.ts';
import {
  isSkillStatus,
  nextStatus,
  skillStatuses,
  statusButtonLabel,
  type SkillStatus,
} from '../../lib/careers/progress.ts';
import { resourceTag, shownResources, type ConceptResources } from '../../lib/careers/resources.ts';
import { stageLabels } from '../../lib/careers/stages.ts';
import { h } from '../shared/dom.ts';

/** One skill of the shown plan, with its controls (own plan) or its status tag (shared plan). */
export interface Row {
  skill: PathSkill;
  li: HTMLElement;
  button?: HTMLButtonElement;
  select?: HTMLSelectElement;
  tag: HTMLElement;
}

/** How rows are made: the page's row template, and what a status control does. */
export interface RowSource {
  /** A fresh copy of `<template id="plan-row">`'s content. */
  template: () => DocumentFragment;
  resources: ConceptResources;
  /** True for someone else's progress: shown, not set here. */
  shared: boolean;
  statusOf: (skillId: string) => SkillStatus;
  setStatus: (skill: PathSkill, status: SkillStatus) => void;
}

/** A copy of the content of the `<template>` in `root` matching `selector` (server-rendered parts). */
export function cloneTemplate(root: ParentNode, selector: string): DocumentFragment {
  const template = root.querySelector<HTMLTemplateElement>(selector);
  return (template?.content.cloneNode(true) as DocumentFragment | undefined) ?? new DocumentFragment();
}

/**
 * A skill's row: the status square and select (own plan) or the status tag alone (a shared
 * plan), and its first learning resource.
 */
export function skillRow(skill: PathSkill, source: RowSource): Row {
  const li = source.template().firstElementChild as HTMLElement;
  const part = <E extends Element>(selector: string) => li.querySelector<E>(selector)!;
  li.dataset['skill'] = skill.id;
  part('.skill-name').textContent = skill.name;
  if (!skill.essential) part('.tag-essential').remove();
  const [resource] = shownResources(source.resources, skill.concept);
  const link = part<HTMLAnchorElement>('.skill-resources a');
  if (resource) {
    link.href = resource.url;
    link.textContent = resource.title;
    part('.resource-tag').textContent = `（${resourceTag(resource)}）`;
  } else part('.skill-resources').remove();
  const tag = part<HTMLElement>('.status-tag');
  const button = part<HTMLButtonElement>('.status-button');
  const select = part<HTMLSelectElement>('select');
  const row: Row = { skill, li, tag };
  if (source.shared) {
    // Someone else's progress: shown, not set here.
    button.remove();
    select.remove();
    part('.print-only').replaceWith(tag);
  } else {
    select.setAttribute('aria-label', `学习状态：${skill.name}`);
    // A <button> fires "click" for a pointer, Enter and Space alike.
    button.addEventListener('click', () => source.setStatus(skill, nextStatus(source.statusOf(skill.id))));
    select.addEventListener('change', () => {
      if (isSkillStatus(select.value)) source.setStatus(skill, select.value);
    });
    Object.assign(row, { button, select });
  }
  return row;
}

/** Shows `status` on a row: its tag, select and square's name (in place, so focus stays). */
export function showRowStatus(row: Row, status: SkillStatus): void {
  row.li.dataset['status'] = status;
  row.tag.className = `tag status-tag tag-${status}`;
  row.tag.textContent = skillStatuses[status];
  if (row.select) row.select.value = status;
  row.button?.setAttribute('aria-label', statusButtonLabel(row.skill.name, status));
}

/**
 * Fills a copy of `<template id="plan-body">` for the move `r` from `startName` (none: only a
 * target); `row` makes a skill's list item. Links are absolute: a printed plan shows them.
 */
export function fillPlanBody(
  page: DocumentFragment,
  r: Reach,
  startName: string | undefined,
  row: (skill: PathSkill) => HTMLElement,
): void {
  const career = r.career;
  const part = <E extends Element>(selector: string) => page.querySelector<E>(selector)!;
  part('h2').textContent = startName ? `从“${startName}”到“${career.role}”` : `目标：${career.role}`;
  part('.plan-summary').textContent =
    `共 ${career.skills.length} 项技能：你已具备 ${r.shared.length} 项，还要学 ${r.missing.length} 项（其中必备 ${r.missingEssential.length} 项）。`;
  if (r.missing.length > 0) {
    part('.plan-missing').replaceChildren(
      ...groupByStage(r.missing).flatMap((g) => [
        h('h4', {}, stageLabels[g.stage]),
        h('ul', { class: 'plan-skills', 'data-stage': g.stage }, ...g.skills.map(row)),
      ]),
    );
  }
  if (r.shared.length > 0) {
    part('.plan-had').replaceChildren(
      h('ul', { class: 'plan-skills plan-shared-skills' }, ...r.shared.map(row)),
    );
  }
  if (r.learn.length > 0) part('.plan-learn').append(...r.learn.map((text) => h('p', {}, text)));
  else part('.plan-learn').remove();
  const careerLink = part<HTMLAnchorElement>('.plan-career');
  careerLink.href = new URL(career.url, location.href).href;
  careerLink.textContent = career.role;
  const faqLink = part<HTMLAnchorElement>('.plan-faq a');
  if (r.faq) {
    faqLink.href = new URL(r.faq.url, location.href).href;
    faqLink.textContent = r.faq.question;
  } else part('.plan-faq').remove();
}
