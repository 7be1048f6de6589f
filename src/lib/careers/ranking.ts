/**
 * Ranking the careers reachable from where the reader starts (the "我现在是…" picker): by
 * shared skills, or, from a start without work experience, by how each career is entered. Pure;
 * apart from paths.ts so that the plan page, which shows one career, does not load it.
 */
import { reach, type Origin, type PathsData, type Reach } from './paths.ts';

/** True when the reader starts from a starting point without work experience (应届生, 零基础). */
export function isNewcomer(data: Pick<PathsData, 'starts'>, origin: Origin): boolean {
  return data.starts.find((s) => s.id === origin.from)?.newcomer === true;
}

/**
 * Careers for a reader without work experience, where shared skills say little (every career
 * shares one skill or none): first the careers the guide's transitions map starts from (no
 * described move leads into them: people are hired into them directly), then by the essential
 * skills of the entry stage still missing (fewest first: the lowest bar to the first job), then by
 * how many careers lead into it (fewer: less often a second step), then by all missing essential
 * skills, then by role name.
 */
export function rankForNewcomer(data: PathsData, origin: Origin): Reach[] {
  return data.careers
    .filter((c) => c.id !== origin.from)
    .map((c) => reach(data, origin, c))
    .sort(
      (a, b) =>
        Number(a.feeders.length > 0) - Number(b.feeders.length > 0) ||
        a.entryMissing.length - b.entryMissing.length ||
        a.feeders.length - b.feeders.length ||
        a.missingEssential.length - b.missingEssential.length ||
        a.career.role.localeCompare(b.career.role, 'zh-CN'),
    );
}

/**
 * Every career except the starting one, ranked by overlap (highest first); ties go to a move the
 * content describes, then to fewer missing essential skills, then to the role name. From a
 * starting point without work experience, `rankForNewcomer` instead.
 */
export function rankCareers(data: PathsData, origin: Origin): Reach[] {
  if (isNewcomer(data, origin)) return rankForNewcomer(data, origin);
  return data.careers
    .filter((c) => c.id !== origin.from)
    .map((c) => reach(data, origin, c))
    .sort(
      (a, b) =>
        b.overlap - a.overlap ||
        Number(b.learn.length > 0) - Number(a.learn.length > 0) ||
        a.missingEssential.length - b.missingEssential.length ||
        a.career.role.localeCompare(b.career.role, 'zh-CN'),
    );
}
