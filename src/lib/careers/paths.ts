/**
 * Career guidance from where the reader is: what the reader, from a starting point (one of our
 * careers, a common role such as 后端开发, or a set of ticked skills), already shares with a career
 * and what is left to learn, by stage (the ranking of all careers: ranking.ts). Everything is computed from the
 * shared skill vocabulary (`content/skills.yaml`): two career skills are "the same" only when they
 * name the same concept. Pure: no DOM, no `astro:`, no file system; the build writes the data
 * (`buildPathsData`) as JSON and the picker and plan islands compute with it in the browser.
 */

import { stageIds as PATH_STAGES, type StageId as PathStage } from './stages.ts';

/** A competence of the vocabulary, as the picker needs it. */
export interface PathConcept {
  id: string;
  name: string;
  group: string;
  /** Other names the picker's filter box matches (tools, abbreviations). */
  aliases: string[];
  /** Concepts anyone with this one also has. */
  implies: string[];
}

/** One skill of a career. */
export interface PathSkill {
  /** The career-local id (progress in localStorage is keyed by it). */
  id: string;
  name: string;
  /** Vocabulary id, when the skill is mapped. */
  concept?: string;
  stage: PathStage;
  essential: boolean;
}

/** A move between two careers and what to learn for it. */
export interface PathTransition {
  career: string;
  direction: 'to' | 'from';
  learn: string;
}

export interface PathCareer {
  id: string;
  role: string;
  url: string;
  /** Title of the career's first stage (入门), e.g. 初级数据工程师: the job a newcomer starts in. */
  entryTitle?: string;
  skills: PathSkill[];
  transitions: PathTransition[];
}

/** Where a reader may start: one of our careers or a common role outside the guide. */
export interface PathStart {
  id: string;
  name: string;
  /** True when `id` is one of our careers. */
  career: boolean;
  /** What such a person typically has (vocabulary ids). */
  concepts: string[];
  /** FAQ ids about moving on from here, most specific first. */
  faq: string[];
  /**
   * True for a start without work experience (应届生, 零基础): careers are ranked by how they are
   * entered (`rankForNewcomer`), since shared skills say little there.
   */
  newcomer?: boolean;
}

export interface PathFaq {
  id: string;
  question: string;
  url: string;
  /** Careers the question is about. */
  careers: string[];
}

/** Everything the picker and the plan compute with; the build writes it as JSON. */
export interface PathsData {
  /** Groups of the vocabulary in display order, with their Chinese labels. */
  groups: { id: string; label: string }[];
  concepts: PathConcept[];
  careers: PathCareer[];
  starts: PathStart[];
  faqs: PathFaq[];
}

/** What the build knows, as plain data (the content collections, already validated). */
export interface PathsInput {
  /** Vocabulary groups in display order (id → Chinese label). */
  groups: Readonly<Record<string, string>>;
  concepts: { id: string; name: string; group: string; aliases: string[]; implies: string[] }[];
  careers: {
    id: string;
    role: string;
    url: string;
    skills: {
      id: string;
      name: string;
      concept?: string | undefined;
      stage: PathStage;
      essential: boolean;
    }[];
    /** The career's stages; the entry stage's title becomes `entryTitle`. */
    stages?: { id: PathStage; title: string }[];
    transitions: PathTransition[];
  }[];
  starts: {
    id: string;
    name?: string | undefined;
    concepts?: string[] | undefined;
    faq: string[];
    newcomer?: boolean | undefined;
  }[];
  faqs: PathFaq[];
}

/**
 * Stages whose skills someone working in a career is taken to have: entry and mid. Senior and
 * staff skills are what the role grows into, so a move from a career does not assume them (the
 * reader can tick them).
 */
const WORKING_STAGES: ReadonlySet<PathStage> = new Set(['entry', 'mid']);

/** `{ entryTitle }` from a career's stages: the entry stage's title (or the first stage's). */
function entryTitleOf(stages: { id: PathStage; title: string }[] | undefined): { entryTitle?: string } {
  const first = stages?.find((s) => s.id === 'entry') ?? stages?.[0];
  return first === undefined ? {} : { entryTitle: first.title };
}

/**
 * The data the islands receive. A career used as a starting point has the concepts of its entry
 * and mid-stage skills; starting points keep file order, careers in the order given.
 */
export function buildPathsData(input: PathsInput): PathsData {
  const careers: PathCareer[] = input.careers.map((c) => ({
    id: c.id,
    role: c.role,
    url: c.url,
    ...entryTitleOf(c.stages),
    skills: c.skills.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.concept === undefined ? {} : { concept: s.concept }),
      stage: s.stage,
      essential: s.essential,
    })),
    transitions: c.transitions.map((t) => ({ career: t.career, direction: t.direction, learn: t.learn })),
  }));
  const byId = new Map(careers.map((c) => [c.id, c]));
  const starts: PathStart[] = input.starts.map((s) => {
    const career = byId.get(s.id);
    if (career) {
      return {
        id: s.id,
        name: career.role,
        career: true,
        concepts: careerConcepts(career, WORKING_STAGES),
        faq: s.faq,
      };
    }
    return {
      id: s.id,
      name: s.name ?? s.id,
      career: false,
      concepts: s.concepts ?? [],
      faq: s.faq,
      ...(s.newcomer === true ? { newcomer: true } : {}),
    };
  });
  return {
    groups: Object.entries(input.groups)
      .filter(([id]) => input.concepts.some((c) => c.group === id))
      .map(([id, label]) => ({ id, label })),
    concepts: input.concepts.map((c) => ({
      id: c.id,
      name: c.name,
      group: c.group,
      aliases: c.aliases,
      implies: c.implies,
    })),
    careers,
    starts,
    faqs: input.faqs,
  };
}

/** Distinct concepts of a career's skills at the given stages, in skill order. */
export function careerConcepts(career: PathCareer, stages: ReadonlySet<PathStage> = new Set(PATH_STAGES)) {
  const out: string[] = [];
  for (const s of career.skills) {
    if (s.concept !== undefined && stages.has(s.stage) && !out.includes(s.concept)) out.push(s.concept);
  }
  return out;
}

/** `ids` plus every concept they imply, transitively (cycles are harmless). */
export function withImplied(data: Pick<PathsData, 'concepts'>, ids: Iterable<string>): Set<string> {
  const implies = new Map(data.concepts.map((c) => [c.id, c.implies]));
  const have = new Set<string>();
  const queue = [...ids];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (have.has(id) || !implies.has(id)) continue;
    have.add(id);
    queue.push(...(implies.get(id) ?? []));
  }
  return have;
}

/** Where the reader starts: a starting point (optional) and the concepts they have. */
export interface Origin {
  /** A starting point id (a career or a common role), if the reader picked one. */
  from?: string | undefined;
  /** Vocabulary ids the reader has (the starting point's, or ticked); implied ones are added. */
  have: Iterable<string>;
}

/** One career as seen from the reader's origin. */
export interface Reach {
  career: PathCareer;
  /** Share of the career's skills the reader has, essential skills counting double, in [0, 1]. */
  overlap: number;
  /** The career's skills whose concept the reader has, in the career's order. */
  shared: PathSkill[];
  /** Essential skills the reader lacks, entry first. */
  missingEssential: PathSkill[];
  /** Every skill the reader lacks, entry first (essential before optional within a stage). */
  missing: PathSkill[];
  /** What to learn for a move the content describes from the starting career, if any. */
  learn: string[];
  /** The FAQ entry about this move, if the starting point names one. */
  faq?: PathFaq | undefined;
  /** Essential skills of the entry stage (入门) the reader lacks: what it takes to be hired into it. */
  entryMissing: PathSkill[];
  /** Essential skills of the entry stage in all. */
  entryEssential: number;
  /**
   * Careers the content describes a move from into this one (either side's transitions), in data
   * order: where people usually come from. None means the guide's map starts here (a first job).
   */
  feeders: string[];
}

const stageIndex = (stage: PathStage) => PATH_STAGES.indexOf(stage);

/** Skills sorted by stage, essential first within a stage, then in the career's order. */
function byStage(skills: PathSkill[]): PathSkill[] {
  return skills
    .map((skill, index) => ({ skill, index }))
    .sort(
      (a, b) =>
        stageIndex(a.skill.stage) - stageIndex(b.skill.stage) ||
        Number(b.skill.essential) - Number(a.skill.essential) ||
        a.index - b.index,
    )
    .map((x) => x.skill);
}

/** `learn` texts of the moves from career `from` into `to`, as either side describes them. */
export function transitionLearn(data: Pick<PathsData, 'careers'>, from: string, to: string): string[] {
  const out: string[] = [];
  for (const c of data.careers) {
    for (const t of c.transitions) {
      const matches =
        (c.id === from && t.direction === 'to' && t.career === to) ||
        (c.id === to && t.direction === 'from' && t.career === from);
      if (matches && !out.includes(t.learn)) out.push(t.learn);
    }
  }
  return out;
}

/** The FAQ about moving from a starting point to `to`: the first that is about `to`, else the last. */
export function moveFaq(data: PathsData, from: string | undefined, to: string): PathFaq | undefined {
  const start = data.starts.find((s) => s.id === from);
  if (!start) return undefined;
  const faqs = start.faq.flatMap((id) => data.faqs.filter((f) => f.id === id));
  return faqs.find((f) => f.careers.includes(to)) ?? faqs.at(-1);
}

/** One career seen from `origin`: shared skills, gaps by stage, the move's learn text and FAQ. */
export function reach(data: PathsData, origin: Origin, career: PathCareer): Reach {
  const have = withImplied(data, origin.have);
  const shared: PathSkill[] = [];
  const missing: PathSkill[] = [];
  let weight = 0;
  let sharedWeight = 0;
  for (const skill of career.skills) {
    const w = skill.essential ? 2 : 1;
    weight += w;
    if (skill.concept !== undefined && have.has(skill.concept)) {
      shared.push(skill);
      sharedWeight += w;
    } else missing.push(skill);
  }
  const sortedMissing = byStage(missing);
  const missingEssential = sortedMissing.filter((s) => s.essential);
  return {
    career,
    overlap: weight === 0 ? 0 : sharedWeight / weight,
    shared,
    missingEssential,
    missing: sortedMissing,
    learn: origin.from === undefined ? [] : transitionLearn(data, origin.from, career.id),
    faq: moveFaq(data, origin.from, career.id),
    entryMissing: missingEssential.filter((s) => s.stage === 'entry'),
    entryEssential: career.skills.filter((s) => s.stage === 'entry' && s.essential).length,
    feeders: feeders(data, career.id),
  };
}

/** Careers with a described move into `to` (its own `from` transitions or another's `to`), in data order. */
export function feeders(data: Pick<PathsData, 'careers'>, to: string): string[] {
  const target = data.careers.find((c) => c.id === to);
  return data.careers
    .filter(
      (c) =>
        c.id !== to &&
        (c.transitions.some((t) => t.direction === 'to' && t.career === to) ||
          (target?.transitions.some((t) => t.direction === 'from' && t.career === c.id) ?? false)),
    )
    .map((c) => c.id);
}

/** The concepts a starting point stands for (empty for an unknown id). */
export function startConcepts(data: PathsData, from: string | undefined): string[] {
  return data.starts.find((s) => s.id === from)?.concepts ?? [];
}

/** Missing skills grouped by stage, entry first, leaving out empty stages. */
export function groupByStage(skills: PathSkill[]): { stage: PathStage; skills: PathSkill[] }[] {
  return PATH_STAGES.map((stage) => ({ stage, skills: skills.filter((s) => s.stage === stage) })).filter(
    (g) => g.skills.length > 0,
  );
}
