/**
 * The paths data (`src/lib/careers/paths.ts`) from the content collections: what
 * `/plan/paths.json` serves and what the role picker and the plan page render their controls from.
 */
import { getCareers, getFaqs, getSkillConcepts, getStartingPoints } from './collections.ts';
import { buildPathsData, type PathsData } from '../lib/careers/paths.ts';
import { url } from '../lib/site.ts';
import { skillGroups } from '../schemas/skills.ts';

/** Built once per build (the collections are memoised the same way). */
export async function getPathsData(): Promise<PathsData> {
  const [careers, faqs, concepts, starts] = await Promise.all([
    getCareers(),
    getFaqs(),
    getSkillConcepts(),
    getStartingPoints(),
  ]);
  return buildPathsData({
    groups: skillGroups,
    concepts: concepts.map((c) => c.data),
    careers: careers.map((c) => ({
      id: c.id,
      role: c.data.role,
      url: url.career(c.id),
      skills: c.data.skills,
      stages: c.data.stages,
      transitions: c.data.transitions,
    })),
    starts: starts.map((s) => s.data),
    faqs: faqs.map((f) => ({
      id: f.id,
      question: f.data.question,
      url: url.faq(f.id),
      careers: f.data.careers,
    })),
  });
}
