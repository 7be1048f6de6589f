/**
 * Fetches the paths data (`/plan/paths.json`) once per page for the role picker and the plan
 * page. The file is the site's own, built from validated content, so only its shape is checked.
 */
import type { PathsData } from '../../lib/careers/paths.ts';

let pending: Promise<PathsData> | undefined;

function isPathsData(value: unknown): value is PathsData {
  const v = value as Partial<Record<keyof PathsData, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.concepts) &&
    Array.isArray(v.careers) &&
    Array.isArray(v.starts) &&
    Array.isArray(v.faqs)
  );
}

/** The data at `href`; a failed fetch is not cached, so the next call tries again. */
export function loadPaths(href: string): Promise<PathsData> {
  pending ??= fetch(href)
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!isPathsData(data)) throw new Error('unexpected data');
      return data;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

/** localStorage key of the picker's last choice, shared with the plan page. */
export const CHOICE_KEY = 'dc-careers:picker:v1';

/** The reader's last choice: starting point, ticked concepts (if changed), target career. */
export interface Choice {
  from?: string;
  have?: string[];
  to?: string;
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The saved choice, or an empty one when storage is unavailable, empty or corrupt. */
export function readChoice(): Choice {
  try {
    const raw = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}') as Record<string, unknown> | null;
    if (typeof raw !== 'object' || raw === null) return {};
    const choice: Choice = {};
    const from = str(raw['from']);
    const to = str(raw['to']);
    const have = strings(raw['have']);
    if (from !== undefined) choice.from = from;
    if (to !== undefined) choice.to = to;
    if (have !== undefined) choice.have = have;
    return choice;
  } catch {
    return {};
  }
}

/** Saves `patch` over the saved choice; storage errors (private mode, full) are ignored. */
export function saveChoice(patch: Choice): void {
  try {
    const next = { ...readChoice(), ...patch };
    localStorage.setItem(CHOICE_KEY, JSON.stringify(next));
  } catch {
    // Remembering is a convenience; nothing depends on it.
  }
}
