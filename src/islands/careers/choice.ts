/**
 * The reader's last choice in the role picker and the plan page (starting point, ticked skills,
 * target career), kept in localStorage. Tiny on purpose: the picker's always-loaded element reads
 * it to decide whether to load the rest at once.
 */

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
