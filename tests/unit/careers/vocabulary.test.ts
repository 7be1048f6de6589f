/**
 * The shared skill vocabulary and its mapping, checked on the real content: every career skill
 * names a concept, every concept is used, starting points cover every career, and the concepts two
 * careers share are the ones the content's transitions suggest.
 */
import { describe, expect, it } from 'vitest';
import { realContent, realPathsData } from '../../support/paths-data.ts';
import { careerConcepts } from '../../../src/lib/careers/paths.ts';

const content = realContent();
const data = realPathsData();

describe('skill vocabulary (content/skills.yaml)', () => {
  it('maps every skill of every career to a concept', () => {
    const unmapped = content.careers.flatMap((c) =>
      c.data.skills.filter((s) => s.concept === undefined).map((s) => `${c.id}/${s.id}`),
    );
    expect(content.careers.flatMap((c) => c.data.skills).length).toBeGreaterThan(150);
    expect(unmapped).toEqual([]);
  });

  it('uses every concept in a career or a starting point', () => {
    const used = new Set([
      ...content.careers.flatMap((c) => c.data.skills.map((s) => s.concept)),
      ...content.starts.flatMap((s) => s.concepts ?? []),
    ]);
    expect(content.concepts.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('maps no two skills of one career to the same concept', () => {
    const doubled = content.careers.flatMap((c) => {
      const concepts = c.data.skills.map((s) => s.concept);
      return concepts.filter((k, i) => concepts.indexOf(k) !== i).map((k) => `${c.id}: ${String(k)}`);
    });
    expect(doubled).toEqual([]);
  });

  it('shares concepts across careers where the same competence recurs', () => {
    const careersOf = (concept: string) =>
      content.careers.filter((c) => c.data.skills.some((s) => s.concept === concept)).map((c) => c.id);
    expect(careersOf('linux-admin')).toEqual([
      'ai-infrastructure-engineer',
      'ai-platform-sre',
      'hpc-administrator',
    ]);
    expect(careersOf('capacity-planning')).toHaveLength(4);
    expect(careersOf('nccl')).toEqual(['ai-infrastructure-engineer', 'dc-network-engineer']);
    expect(careersOf('experiment-tracking')).toEqual(['ml-engineer', 'mlops-engineer']);
    // Related but different competences keep their own concepts.
    expect(careersOf('slo')).toEqual(['ai-platform-sre']);
    expect(careersOf('sla-management')).toEqual(['dc-operations-manager']);
  });

  it('has concepts that imply only broader, known concepts, with no self-reference', () => {
    const ids = new Set(content.concepts.map((c) => c.id));
    for (const c of content.concepts) {
      expect(
        c.implies.every((i) => ids.has(i) && i !== c.id),
        c.id,
      ).toBe(true);
    }
  });
});

describe('starting points (content/starting-points.yaml)', () => {
  it('lists every career and the common starting points the guide promises', () => {
    const ids = content.starts.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(content.careers.map((c) => c.id)));
    expect(data.starts.filter((s) => !s.career).map((s) => s.name)).toEqual(
      expect.arrayContaining(['后端开发', '网络运维', '数据分析', '应届生（计算机或相近专业）']),
    );
  });

  it('gives a career as starting point the concepts of its entry and mid skills', () => {
    const career = data.careers.find((c) => c.id === 'mlops-engineer')!;
    const start = data.starts.find((s) => s.id === 'mlops-engineer')!;
    expect(start).toMatchObject({ name: 'MLOps 工程师', career: true });
    expect(start.concepts).toEqual(careerConcepts(career, new Set(['entry', 'mid'])));
    expect(start.concepts).toContain('k8s-workloads');
    expect(start.concepts).not.toContain('drift-monitoring'); // a senior skill
  });

  it('names as first FAQ one that is about some career', () => {
    for (const s of data.starts) {
      const first = data.faqs.find((f) => f.id === s.faq[0]);
      expect(first?.careers.length, s.id).toBeGreaterThan(0);
    }
  });
});
