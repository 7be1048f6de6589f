/**
 * Matching for the careers index filter: which careers have a skill that matches what the
 * reader typed, and which tool and technology names recur across careers (offered as
 * suggestions). Pure: used by the page at build time and by the filter island in the browser.
 */
import { fold, foldWidth } from '../text/fold.ts';

/** The part of a skill the filter looks at. */
export interface FilterSkill {
  id: string;
  name: string;
}

/** Text for matching: folded (`fold`: "ＧＰＵ" matches "gpu"), runs of white space to one space. */
function normalizeForMatch(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/**
 * Skills of one career that match `query`. The query is split on spaces and the career matches
 * when every term is found in some skill's name or id (so "Kubernetes GPU" needs both, in one
 * skill or two); the skills returned are those matching any term. An empty query matches
 * every career with no skills highlighted: `[]` then means "matches", `null` means "no match".
 */
export function matchSkills(skills: readonly FilterSkill[], query: string): FilterSkill[] | null {
  const terms = normalizeForMatch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const hay = skills.map((s) => ({ skill: s, text: `${normalizeForMatch(s.name)} ${s.id.toLowerCase()}` }));
  const hits = new Set<FilterSkill>();
  for (const term of terms) {
    const found = hay.filter((h) => h.text.includes(term));
    if (found.length === 0) return null;
    for (const h of found) hits.add(h.skill);
  }
  return skills.filter((s) => hits.has(s));
}

/** A tool or technology name and how many careers list it among their skills. */
export interface CommonTerm {
  term: string;
  careers: number;
}

// Names that are part of product names rather than tools a reader would filter by.
const NOT_A_TOOL = new Set(['apache', 'api', 'web', 'top', 'ops', 'ai', 'operator']);

/**
 * Latin-script names (tools, protocols, languages: "Kubernetes", "Slurm", "SQL") found in the
 * careers' skill names, with the number of careers that mention each, most common first
 * (ties alphabetically). Case is folded for counting; the first spelling seen is kept.
 */
export function commonSkillTerms(careers: readonly { skills: readonly FilterSkill[] }[]): CommonTerm[] {
  const counts = new Map<string, { term: string; careers: number }>();
  for (const career of careers) {
    const seen = new Set<string>();
    for (const skill of career.skills) {
      for (const [word] of foldWidth(skill.name).matchAll(/[A-Za-z][A-Za-z0-9+#]*(?:[.-][A-Za-z0-9]+)*/g)) {
        const key = fold(word);
        if (word.length < 2 || NOT_A_TOOL.has(key) || seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key) ?? { term: word, careers: 0 };
        entry.careers++;
        counts.set(key, entry);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.careers - a.careers || a.term.localeCompare(b.term, 'en'));
}
