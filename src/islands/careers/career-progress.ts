/**
 * `<dc-career-progress>`: turns the server-rendered skill checklist of a career page into a
 * progress tracker. Each `li[data-skill-id]` carries a hidden status `<button>` (each press moves
 * to `nextStatus`) and a hidden `<select>` (any status), both shown once this runs and kept in
 * step; every change is announced in the tracker's live region;
 * statuses are kept in localStorage (see `progressStorageKey`), summarised in a `<progress>`,
 * and can be exported to and imported from a JSON file. Without JavaScript the list stays a
 * plain checklist. Attributes: `data-career` (id), `data-role` (Chinese name, for messages).
 */
import { createProgressFile, parseProgressFile } from '../../lib/careers/progress-file.ts';
import {
  isSkillStatus,
  nextStatus,
  progressStorageKey,
  progressSummaryText,
  skillStatuses,
  statusButtonLabel,
  statusChangeText,
  statusOf,
  summarizeProgress,
  withStatus,
  type ProgressStatuses,
  type SkillStatus,
} from '../../lib/careers/progress.ts';
import { loadProgress, saveProgress, STORAGE_REFUSED } from './progress-store.ts';
import { readChoice } from './choice.ts';

/** Refuse bigger files before reading them: a real export is well under 2 KB. */
const MAX_IMPORT_BYTES = 256 * 1024;

interface Item {
  id: string;
  name: string;
  li: HTMLElement;
  button: HTMLButtonElement | null;
  select: HTMLSelectElement;
  printStatus: HTMLElement | null;
}

class DcCareerProgress extends HTMLElement {
  #careerId = '';
  #role = '';
  #items: Item[] = [];
  #statuses: ProgressStatuses = {};
  #status: HTMLElement | null = null;
  #error: HTMLElement | null = null;
  #storageNote: HTMLElement | null = null;

  connectedCallback() {
    this.#careerId = this.dataset['career'] ?? '';
    this.#role = this.dataset['role'] ?? this.#careerId;
    const tracker = this.querySelector<HTMLElement>('.tracker');
    if (!this.#careerId || !tracker) return;
    this.#items = [...this.querySelectorAll<HTMLElement>('li[data-skill-id]')].flatMap((li) => {
      const select = li.querySelector('select');
      const id = li.dataset['skillId'];
      if (!select || !id) return [];
      const name = li.querySelector('.skill-name')?.textContent?.trim() ?? id;
      return [
        {
          id,
          name,
          li,
          button: li.querySelector<HTMLButtonElement>('button.status-button'),
          select,
          printStatus: li.querySelector<HTMLElement>('.print-status'),
        },
      ];
    });
    this.#status = this.querySelector('.tracker-status');
    this.#error = this.querySelector('.tracker-error');
    this.#storageNote = this.querySelector('.tracker-storage');

    this.#statuses = this.#load();
    for (const item of this.#items) {
      item.select.hidden = false;
      item.select.addEventListener('change', () => {
        if (isSkillStatus(item.select.value)) this.#setStatus(item, item.select.value);
      });
      if (item.button) {
        const button = item.button;
        button.hidden = false;
        // A <button> fires "click" for a pointer, Enter and Space alike.
        button.addEventListener('click', () => this.#setStatus(item, nextStatus(this.#statusOf(item.id))));
      }
    }
    tracker.hidden = false;
    this.dataset['ready'] = '';
    this.#render();

    const input = this.querySelector<HTMLInputElement>('input[type="file"]');
    this.querySelector('[data-action="export"]')?.addEventListener('click', () => this.#export());
    this.querySelector('[data-action="import"]')?.addEventListener('click', () => input?.click());
    input?.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = ''; // so choosing the same file again fires "change" again
      if (file) void this.#import(file);
    });
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => this.#reset());
    this.#linkPlan();
    // Another tab of the same career changed the progress: show it here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== this.#key && event.key !== null) return;
      this.#statuses = this.#load();
      this.#render();
    });
  }

  /**
   * Points the "我的计划" link at a plan for this career, from the starting point the reader chose
   * in the picker (the static link opens the plan page as it was last left).
   */
  #linkPlan() {
    const link = this.querySelector<HTMLAnchorElement>('a[data-plan-link]');
    if (!link) return;
    const { from, have } = readChoice();
    const hash = ['v1', ...(from && from !== this.#careerId ? [`from=${from}`] : []), `to=${this.#careerId}`];
    if (have !== undefined) hash.push(`have=${have.join(',')}`);
    link.setAttribute('href', `${link.getAttribute('href')?.split('#')[0] ?? ''}#${hash.join('&')}`);
  }

  get #key() {
    return progressStorageKey(this.#careerId);
  }

  get #skillIds() {
    return this.#items.map((i) => i.id);
  }

  #load(): ProgressStatuses {
    return loadProgress(this.#careerId, this.#skillIds);
  }

  #save() {
    const saved = saveProgress(this.#careerId, this.#statuses);
    if (this.#storageNote) {
      this.#storageNote.textContent = saved
        ? ''
        : `${STORAGE_REFUSED}：进度只在本页有效，刷新后会丢失。可以先导出。`;
    }
  }

  #statusOf(id: string): SkillStatus {
    return statusOf(this.#statuses, id);
  }

  #summaryText(): string {
    return progressSummaryText(summarizeProgress(this.#skillIds, this.#statuses));
  }

  #render() {
    for (const item of this.#items) {
      const status = this.#statusOf(item.id);
      item.select.value = status;
      item.li.dataset['status'] = status;
      item.button?.setAttribute('aria-label', statusButtonLabel(item.name, status));
      if (item.printStatus) item.printStatus.textContent = skillStatuses[status];
    }
    const s = summarizeProgress(this.#skillIds, this.#statuses);
    const bar = this.querySelector('progress');
    if (bar) {
      // A <progress> needs max > 0; with everything skipped it shows empty.
      bar.max = Math.max(s.counted, 1);
      bar.value = s.mastered;
      bar.dataset['percent'] = String(s.percent);
    }
    const text = this.querySelector('.progress-text');
    if (text) text.textContent = this.#summaryText();
  }

  #announce(message: string) {
    if (this.#status) this.#status.textContent = message;
  }

  #showError(message: string) {
    if (this.#error) this.#error.textContent = message;
  }

  #setStatus(item: Item, value: SkillStatus) {
    this.#statuses = withStatus(this.#statuses, item.id, value);
    this.#save();
    this.#render();
    this.#showError('');
    this.#announce(statusChangeText(item.name, value, summarizeProgress(this.#skillIds, this.#statuses)));
  }

  #export() {
    const file = createProgressFile(this.#careerId, this.#statuses, new Date());
    const blob = new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    a.download = `${this.#careerId}-progress-${day}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: the download starts asynchronously from the object URL.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#showError('');
    this.#announce(`已导出进度文件 ${a.download}。`);
  }

  async #import(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      this.#showError(
        `无法导入“${file.name}”：文件太大（超过 256 KB），不是本站导出的进度文件。进度没有改变。`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#showError(`无法读取“${file.name}”。进度没有改变。`);
      return;
    }
    const result = parseProgressFile(text, {
      careerId: this.#careerId,
      careerName: this.#role,
      skillIds: this.#skillIds,
    });
    if (!result.ok) {
      this.#showError(`无法导入“${file.name}”：${result.error} 进度没有改变。`);
      return;
    }
    this.#statuses = result.statuses;
    this.#save();
    this.#render();
    this.#showError('');
    this.#announce(`已从“${file.name}”导入进度。${this.#summaryText()}`);
  }

  #reset() {
    if (Object.keys(this.#statuses).length === 0) {
      this.#announce('还没有记录任何进度。');
      return;
    }
    if (!window.confirm(`清除“${this.#role}”的全部学习进度？此操作无法撤销（可以先导出）。`)) return;
    this.#statuses = {};
    this.#save();
    this.#render();
    this.#showError('');
    this.#announce(`已清除进度。${this.#summaryText()}`);
  }
}

customElements.define('dc-career-progress', DcCareerProgress);
