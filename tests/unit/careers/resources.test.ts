import { describe, expect, it } from 'vitest';
import {
  conceptResources,
  resourceTag,
  SHOWN_PER_SKILL,
  shownResources,
  type ShownResource,
} from '../../../src/lib/careers/resources.ts';
import { loadSkillResources } from '../../../src/data/skill-resources.ts';
import { loadSkillVocabulary } from '../../../src/data/skills.ts';

const res = (n: number, extra: object = {}): ShownResource & { checked: boolean } => ({
  title: `T${n}`,
  url: `https://example.org/${n}`,
  lang: 'zh',
  kind: 'docs',
  checked: false,
  ...extra,
});

describe('shownResources', () => {
  const all = { a: [res(1), res(2), res(3)], b: [res(4)] };
  it('shows the first ones of a concept, without the editors’ fields', () => {
    expect(shownResources(all, 'a')).toEqual([
      { title: 'T1', url: 'https://example.org/1', lang: 'zh', kind: 'docs' },
      { title: 'T2', url: 'https://example.org/2', lang: 'zh', kind: 'docs' },
    ]);
    expect(shownResources(all, 'a')).toHaveLength(SHOWN_PER_SKILL);
  });

  it('shows nothing for an unmapped skill or an unknown concept', () => {
    expect(shownResources(all, undefined)).toEqual([]);
    expect(shownResources(all, 'ghost')).toEqual([]);
    expect(shownResources(all, 'toString')).toEqual([]);
  });
});

describe('resourceTag', () => {
  it('names the language and kind', () => {
    expect(resourceTag({ lang: 'zh', kind: 'docs' })).toBe('中文文档');
    expect(resourceTag({ lang: 'en', kind: 'book' })).toBe('英文书');
  });
});

describe('the real resources (content/skill-resources.yaml)', () => {
  const resources = loadSkillResources();
  it('give every concept of the vocabulary at least one resource, all https', () => {
    const concepts = [...loadSkillVocabulary().ids];
    expect(concepts.length).toBeGreaterThan(100);
    for (const id of concepts) {
      expect(resources[id]?.length, id).toBeGreaterThan(0);
      for (const r of resources[id] ?? []) expect(r.url, id).toMatch(/^https:\/\//);
    }
  });

  it('start every concept with something to learn from, not a community or a roadmap', () => {
    const first = Object.entries(conceptResources(resources)).map(([id, list]) => [id, list[0]?.kind]);
    expect(first.filter(([, kind]) => kind === 'community' || kind === 'roadmap')).toEqual([]);
  });
});
