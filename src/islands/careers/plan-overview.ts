/**
 * The plan page's overview (plan-view.ts): the reader's saved progress on every career, each
 * with a bar, a summary and a link to its plan; the shown plan's career is marked current.
 */
import type { PathsData } from '../../lib/careers/paths.ts';
import { progressSummaryText, summarizeProgress, type ProgressStatuses } from '../../lib/careers/progress.ts';
import { cloneTemplate } from './plan-body.ts';

export interface OverviewSource {
  data: PathsData;
  /** The reader's saved progress for a career. */
  own: (careerId: string) => ProgressStatuses;
  /** The shown plan's target, if any. */
  current: string | undefined;
  /** The reader's plan for another target. */
  planHref: (careerId: string) => string;
}

/** Renders the overview in `root` (`.plan-overview-list`, `.plan-overview-empty`, `#plan-overview-row`). */
export function renderOverview(root: HTMLElement, source: OverviewSource): void {
  const list = root.querySelector<HTMLElement>('.plan-overview-list');
  const empty = root.querySelector<HTMLElement>('.plan-overview-empty');
  if (!list || !empty) return;
  const rows = source.data.careers.flatMap((career) => {
    const own = source.own(career.id);
    if (Object.keys(own).length === 0) return [];
    const s = summarizeProgress(
      career.skills.map((k) => k.id),
      own,
    );
    const li = cloneTemplate(root, '#plan-overview-row').firstElementChild as HTMLElement;
    const part = <E extends Element>(selector: string) => li.querySelector<E>(selector)!;
    li.dataset['career'] = career.id;
    const link = part<HTMLAnchorElement>('a');
    link.href = career.url;
    link.textContent = career.role;
    const bar = part<HTMLProgressElement>('progress');
    bar.max = Math.max(s.counted, 1);
    bar.value = s.mastered;
    bar.setAttribute('aria-label', `${career.role}的学习进度`);
    part('.overview-text').textContent = progressSummaryText(s);
    if (career.id === source.current) {
      li.setAttribute('aria-current', 'true');
      part('.overview-plan').remove();
    } else {
      part('.tag').remove();
      part<HTMLAnchorElement>('.overview-plan').href = source.planHref(career.id);
    }
    return [li];
  });
  list.replaceChildren(...rows);
  list.hidden = rows.length === 0;
  empty.hidden = rows.length > 0;
  list.closest('section')?.removeAttribute('hidden');
}
