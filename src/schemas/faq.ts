import { z } from 'astro/zod';
import { knownId, sourceId, uniqueIds, type KnownIds } from './common.ts';

/** FAQ categories with their Chinese labels, in display order. */
export const faqCategories = {
  article: '文章与大模型',
  datacenter: '数据中心',
  careers: '职业与转型',
  learning: '学习路径',
  certifications: '认证',
  sustainability: '能耗与可持续',
  security: '安全与隐私',
  demos: '演示',
} as const;

export type FaqCategory = keyof typeof faqCategories;

/** Frontmatter of one file in `content/faq/`; the file name is the entry's stable id. */
export function createFaqSchema(known: KnownIds) {
  return z.object({
    /** The question, as a reader would ask it. */
    question: z.string().min(4),
    /** Sort key inside the FAQ index; the seed article's four questions come first (1–4). */
    order: z.number().int().positive(),
    /** Category id; see `faqCategories`. */
    category: z.enum(Object.keys(faqCategories) as [FaqCategory, ...FaqCategory[]]),
    /** One-sentence answer for cards, meta description and search excerpts. */
    summary: z.string().min(4),
    /** True for the questions that come from the seed article's section 10. */
    fromSeed: z.boolean().default(false),
    /** Career paths this question is about (ids of `content/careers/`). */
    careers: uniqueIds(knownId(known.careers, 'career')).default([]),
    /** References the answer relies on (ids of `content/references.yaml`); at least one. */
    citations: uniqueIds(sourceId(known)).min(1),
    /** Other FAQ entries worth reading next. */
    related: uniqueIds(knownId(known.faq, 'FAQ')).default([]),
  });
}
