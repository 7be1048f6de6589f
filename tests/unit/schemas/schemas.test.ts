import { describe, expect, it } from 'vitest';
import { referenceSchema, isValidIsbn13 } from '../../../src/schemas/references.ts';
import { createFaqSchema } from '../../../src/schemas/faq.ts';
import { createCareerSchema } from '../../../src/schemas/career.ts';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import type { KnownIds } from '../../../src/schemas/common.ts';

const known: KnownIds = {
  references: new Set(['goodfellow2016', 'keras-bce']),
  careers: new Set(['mlops-engineer', 'ml-engineer']),
  faq: new Set(['a', 'b']),
};

/** The messages of a failed parse, as "path: message" lines. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const goodRef = {
  id: 'goodfellow2016',
  type: 'book',
  authors: ['Ian Goodfellow'],
  title: 'Deep Learning',
  year: 2016,
  venue: 'MIT Press',
  url: 'https://www.deeplearningbook.org/',
  isbn: '978-0-262-03561-3',
  status: 'verified',
  note: '已核对。',
};

describe('referenceSchema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = referenceSchema.parse(goodRef);
    expect(parsed.seedSections).toEqual([]);
  });

  it('accepts a DOI instead of a URL', () => {
    const { url: _url, ...noUrl } = goodRef;
    expect(referenceSchema.safeParse({ ...noUrl, doi: '10.1007/978-3-319-29659-3' }).success).toBe(true);
  });

  it('requires a url or a doi', () => {
    const { url: _url, ...noUrl } = goodRef;
    expect(issues(referenceSchema.safeParse(noUrl))).toContain('url: needs a url or a doi');
  });

  it('rejects the seed article invalid ISBN 9783319694162 by its check digit', () => {
    expect(issues(referenceSchema.safeParse({ ...goodRef, isbn: '9783319694162' }))[0]).toMatch(
      /^isbn: invalid ISBN-13 check digit/,
    );
  });

  it('names a missing field and a wrong type', () => {
    const { title: _title, ...noTitle } = goodRef;
    expect(issues(referenceSchema.safeParse(noTitle))[0]).toMatch(/^title: /);
    expect(issues(referenceSchema.safeParse({ ...goodRef, year: '2016' }))[0]).toMatch(/^year: /);
    expect(issues(referenceSchema.safeParse({ ...goodRef, status: 'maybe' }))[0]).toMatch(/^status: /);
  });

  it('rejects a non-http URL', () => {
    expect(issues(referenceSchema.safeParse({ ...goodRef, url: 'javascript:alert(1)' }))[0]).toMatch(
      /^url: /,
    );
  });
});

describe('isValidIsbn13', () => {
  it.each([
    ['978-0-262-03561-3', true],
    ['978-3-319-29657-9', true],
    ['9783319694160', true],
    ['9783319694162', false],
    ['978-0-262', false],
  ])('%s → %s', (isbn, valid) => expect(isValidIsbn13(isbn)).toBe(valid));
});

const faqSchema = createFaqSchema(known);
const goodFaq = {
  question: '如何降低数据中心能耗？',
  order: 4,
  category: 'sustainability',
  summary: '从调度、硬件与能源三方面入手。',
  fromSeed: true,
  careers: ['mlops-engineer'],
  citations: ['goodfellow2016'],
};

describe('createFaqSchema', () => {
  it('accepts a good entry', () => {
    expect(faqSchema.parse(goodFaq)).toMatchObject({ related: [], fromSeed: true });
  });

  it('names unknown career, reference and FAQ ids', () => {
    const messages = issues(
      faqSchema.safeParse({ ...goodFaq, careers: ['ghost'], citations: ['nope'], related: ['zzz'] }),
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        'careers.0: unknown career id "ghost"',
        'citations.0: unknown reference id "nope"',
        'related.0: unknown FAQ id "zzz"',
      ]),
    );
  });

  it('requires at least one citation', () => {
    expect(issues(faqSchema.safeParse({ ...goodFaq, citations: [] }))[0]).toMatch(/^citations: /);
  });

  it('rejects a repeated id in a list', () => {
    expect(issues(faqSchema.safeParse({ ...goodFaq, citations: ['keras-bce', 'keras-bce'] }))).toContain(
      'citations.1: duplicate id "keras-bce"',
    );
  });

  it('rejects an unknown category and a missing question', () => {
    const { question: _q, ...noQuestion } = goodFaq;
    expect(issues(faqSchema.safeParse(noQuestion))[0]).toMatch(/^question: /);
    expect(issues(faqSchema.safeParse({ ...goodFaq, category: 'misc' }))[0]).toMatch(/^category: /);
  });
});

const careerSchema = createCareerSchema(known);
const goodCareer = {
  role: 'MLOps 工程师',
  roleEn: 'MLOps Engineer',
  area: 'ml',
  summary: '把模型可靠地送上线并持续运行。',
  responsibilities: ['a', 'b', 'c'],
  skills: [
    { id: 'python', name: 'Python', kind: 'tool', level: 'working', essential: true, stage: 'entry' },
    { id: 'k8s', name: 'Kubernetes', kind: 'tool', level: 'practitioner', essential: true, stage: 'mid' },
    { id: 'design', name: '平台设计', kind: 'skill', level: 'expert', essential: false, stage: 'mid' },
  ],
  stages: [
    { id: 'entry', title: '初级', changes: ['x'] },
    { id: 'mid', title: '中级', changes: ['y'] },
  ],
  transitions: [{ career: 'ml-engineer', direction: 'to', learn: '模型开发。' }],
  certifications: [
    {
      name: 'CKA',
      issuer: 'CNCF',
      code: 'CKA',
      url: 'https://www.cncf.io/training/certification/cka/',
      verified: false,
      vendorSpecific: false,
    },
  ],
  resources: [],
  citations: ['goodfellow2016'],
  lastVerified: '2026-11-28',
};

describe('createCareerSchema', () => {
  it('accepts a good entry and coerces the date', () => {
    const parsed = careerSchema.parse(goodCareer);
    expect(parsed.lastVerified).toBeInstanceOf(Date);
    expect(parsed.taxonomy).toEqual({ onet: [], esco: [], sfia: [] });
  });

  it('names a duplicate skill id', () => {
    const skills = [...goodCareer.skills, { ...goodCareer.skills[0], name: 'Python 3' }];
    expect(issues(careerSchema.safeParse({ ...goodCareer, skills }))).toContain(
      'skills.3.id: duplicate skill id "python" (also skills.0)',
    );
  });

  it('rejects a skill at a stage the career does not describe', () => {
    const skills = [...goodCareer.skills, { ...goodCareer.skills[0], id: 'x', stage: 'staff' }];
    expect(issues(careerSchema.safeParse({ ...goodCareer, skills }))[0]).toMatch(/^skills.3.stage: /);
  });

  it('names a transition to a missing career', () => {
    const transitions = [{ career: 'astronaut', direction: 'to', learn: '…' }];
    expect(issues(careerSchema.safeParse({ ...goodCareer, transitions }))).toContain(
      'transitions.0.career: unknown career id "astronaut"',
    );
  });

  it('allows at most 8 resources', () => {
    const resources = Array.from({ length: 9 }, (_, i) => ({
      title: `r${i}`,
      url: `https://example.org/${i}`,
      lang: 'en',
      kind: 'docs',
    }));
    expect(issues(careerSchema.safeParse({ ...goodCareer, resources }))[0]).toMatch(/^resources: /);
  });

  it('rejects a wrong type', () => {
    expect(issues(careerSchema.safeParse({ ...goodCareer, skills: 'python' }))[0]).toMatch(/^skills: /);
  });
});

describe('createArticleSchema', () => {
  it('requires the title and names unknown careers', () => {
    const schema = createArticleSchema(known);
    const good = {
      title: 't',
      description: 'd',
      author: 'a',
      imported: '2026-11-28',
      careers: ['ml-engineer'],
    };
    expect(schema.safeParse(good).success).toBe(true);
    const { title: _t, ...noTitle } = good;
    expect(issues(schema.safeParse(noTitle))[0]).toMatch(/^title: /);
    expect(issues(schema.safeParse({ ...good, careers: ['x'] }))).toContain(
      'careers.0: unknown career id "x"',
    );
  });
});
