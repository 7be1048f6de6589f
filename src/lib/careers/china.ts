/**
 * The China section of a career page, as data: which references it cites, which roadmap skills
 * belong to the domestic compute stack, and how a standard or law is named. Pure: no DOM, no
 * `astro:` imports (the schema module is imported for its types only).
 */
import type { ChinaSection } from '../../schemas/career.ts';

/** Reference ids the China section cites, in the order it shows them, without repeats. */
export function chinaSourceIds(china: ChinaSection): string[] {
  const ids = [
    ...(china.occupations ?? []).flatMap((o) => [o.source, ...(o.standard ? [o.standard.source] : [])]),
    ...(china.noOccupation ? [china.noOccupation.source] : []),
    ...china.credentials.map((c) => c.source),
    ...china.rules.map((r) => r.ref),
  ];
  return [...new Set(ids)];
}

/**
 * Every reference a career page lists under 来源: its `citations`, then what its China section
 * cites that they do not already name.
 */
export function careerSourceIds(citations: readonly string[], china: ChinaSection): string[] {
  return [...new Set([...citations, ...chinaSourceIds(china)])];
}

/** The skills whose vocabulary concept is part of the domestic stack, in roadmap order. */
export function domesticSkills<S extends { concept?: string | undefined }>(
  skills: readonly S[],
  domesticConcepts: ReadonlySet<string>,
): S[] {
  return skills.filter((s) => s.concept !== undefined && domesticConcepts.has(s.concept));
}

/** A number or 〔year〕 in a venue marks a code worth printing: GB 50174—2017, 发改环资〔2024〕970号, 令第15号. */
const CODE_LIKE = /\d/;

/**
 * How a standard, law or policy document is named in running Chinese text: 《title》, followed
 * by its standard or document number in parentheses when it has one that reads as a code
 * (GB 50174—2017, 发改环资〔2024〕970号).
 */
export function ruleName(ref: { title: string; number?: string | undefined }): string {
  const title = ref.title.startsWith('《') ? ref.title : `《${ref.title}》`;
  const number = ref.number?.trim() ?? '';
  return CODE_LIKE.test(number) && number.length <= 40 ? `${title}（${number}）` : title;
}
