/**
 * The notices above the plan's skills (plan-view.ts): what was recorded from the reader's own
 * choice, or a link's offer to record skills, or what the last 撤销 / 记为已掌握 did; and the
 * banner of a shared plan (someone else's progress), with its import button.
 */
import type { PathSkill } from '../../lib/careers/paths.ts';

/** What the have notice says (all empty on a shared plan: it hides). */
export interface HaveState {
  /** Skills a link says the reader has, offered to be recorded. */
  offer: readonly PathSkill[];
  /** Skills just recorded as 已掌握 from the reader's choice, which 撤销 sets back. */
  applied: readonly PathSkill[];
  /** What the last 撤销 or 记为已掌握 did. */
  done: string;
  /** The offer's wording (plan-link.ts), when the link part is loaded. */
  offerText: ((names: string[]) => string) | undefined;
}

/** Shows or hides `.plan-have` in `root` with its text and its 撤销 / 记为已掌握 buttons. */
export function renderHaveNotice(root: HTMLElement, { offer, applied, done, offerText }: HaveState): void {
  const box = root.querySelector<HTMLElement>('.plan-have');
  const text = root.querySelector<HTMLElement>('.plan-have-text');
  const undo = root.querySelector<HTMLElement>('[data-action="undo"]');
  const record = root.querySelector<HTMLElement>('[data-action="record"]');
  if (!box || !text || !undo || !record) return;
  box.hidden = offer.length === 0 && applied.length === 0 && done === '';
  undo.hidden = applied.length === 0;
  record.hidden = offer.length === 0;
  const names = (skills: readonly PathSkill[]) => skills.map((s) => s.name).join('、');
  text.textContent =
    applied.length > 0
      ? `按你的当前角色和勾选，已把你具备的 ${applied.length} 项技能记为“已掌握”：${names(applied)}。`
      : offer.length > 0 && offerText
        ? offerText(offer.map((s) => s.name))
        : done;
}

/** Shows `.plan-shared` in `root` with `banner` (its text, whether it can be imported), or hides it. */
export function renderSharedBanner(
  root: HTMLElement,
  banner: { text: string; canImport: boolean } | undefined,
): void {
  const box = root.querySelector<HTMLElement>('.plan-shared');
  const text = root.querySelector<HTMLElement>('.plan-shared-text');
  const importButton = root.querySelector<HTMLElement>('[data-action="import"]');
  if (!box || !text || !importButton) return;
  box.hidden = banner === undefined;
  if (!banner) return;
  importButton.hidden = !banner.canImport;
  text.textContent = banner.text;
}
