/**
 * Generated content for build benchmarks: FAQ entries, careers and references in the site's
 * content format, with Chinese text, `$…$` / `$$…$$` math and `[@id]` citations, so that build
 * time can be measured at sizes the real site has not reached yet. Deterministic for a seed.
 *
 * The generated entries only refer to each other (ids prefixed `gen-`), so they can be added
 * to any valid content folder: write the files, append the references to `references.yaml`.
 */
import { stringify } from 'yaml';
import { createRng, type Rng } from '../src/lib/model/random.ts';
import { careerAreas, stageIds } from '../src/schemas/career.ts';
import { faqCategories } from '../src/schemas/faq.ts';

/** One file of a generated corpus, relative to the content folder. */
interface CorpusFile {
  path: string;
  text: string;
}

/** A generated corpus: new entry files, and references to append to `references.yaml`. */
export interface Corpus {
  files: CorpusFile[];
  /** YAML list items (text) to append to `references.yaml`. */
  referencesYaml: string;
  counts: { faq: number; careers: number; references: number };
}

/** How many generated entries make `pages` more HTML pages: FAQ and careers about 2:1, as on the site. */
export function corpusCounts(pages: number): Corpus['counts'] {
  const n = Math.max(0, Math.floor(pages));
  const careers = Math.max(n > 0 ? 1 : 0, Math.round(n / 3));
  const faq = n - careers;
  return { faq, careers, references: Math.max(n > 0 ? 2 : 0, Math.ceil(n / 4)) };
}

const TERMS = [
  '数据中心',
  'GPU 集群',
  '液冷',
  '能耗',
  '调度',
  '容器',
  'Kubernetes',
  'Slurm',
  'InfiniBand',
  'RoCE',
  '交叉熵',
  '梯度下降',
  '推理服务',
  '模型训练',
  '网络工程师',
  '运维',
  '认证',
  '存储',
  '电力',
  '机柜',
  'PUE',
  '负载均衡',
  '监控告警',
  '故障排查',
  '微调',
  '向量数据库',
  '分布式训练',
  '混合精度',
  '散热',
  '供电',
];

const SENTENCES = [
  '在{a}的日常工作中，{b}是最常见的话题之一。',
  '很多团队先从{a}入手，再逐步把{b}纳入统一的管理流程。',
  '对于刚入行的工程师，理解{a}与{b}之间的关系比记住具体命令更重要。',
  '如果{a}出现瓶颈，通常需要同时检查{b}的配置与容量。',
  '行业报告显示，{a}的规模在近几年持续增长，对{b}提出了更高要求。',
  '把{a}的经验迁移到{b}，关键是补齐缺少的基础知识。',
  '面试中常被问到{a}的原理，以及它在{b}场景下的取舍。',
  '一个实用的练习是用小规模环境模拟{a}，观察{b}的变化。',
  '编者提醒：涉及{a}的数字要注明来源和年份，不要把{b}的估算当作事实。',
  '学习{a}时，可以先阅读官方文档，再结合{b}的实际案例。',
];

const FORMULAS = [
  'y = \\sigma(z)',
  'z_j = \\sum_{i=1}^{n} w_{ji} x_i + b_j',
  '\\mathrm{PUE} = \\frac{P_{\\text{total}}}{P_{\\text{IT}}}',
  'L = -\\frac{1}{N}\\sum_{k=1}^{N} \\left[ y_k \\log \\hat{y}_k + (1 - y_k) \\log (1 - \\hat{y}_k) \\right]',
  '\\nabla_w L = (\\hat{y} - y)\\, x',
  'E = P \\times t',
];

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.nextInt(list.length)];
}

function sentence(rng: Rng): string {
  const a = pick(rng, TERMS);
  let b = pick(rng, TERMS);
  if (b === a) b = TERMS[(TERMS.indexOf(a) + 1) % TERMS.length];
  return pick(rng, SENTENCES).replace('{a}', a).replace('{b}', b);
}

function paragraph(rng: Rng, sentences: number, cite: () => string): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(sentence(rng) + (i === 0 ? cite() : ''));
  return parts.join('');
}

const refId = (i: number) => `gen-ref-${i + 1}`;
const faqId = (i: number) => `gen-faq-${i + 1}`;
const careerId = (i: number) => `gen-career-${i + 1}`;

/**
 * Generates `counts` entries. `firstOrder` is the FAQ `order` of the first generated entry
 * (keep it past the real entries so the seed's questions stay first).
 */
export function generateCorpus(counts: Corpus['counts'], seed = 2026, firstOrder = 1000): Corpus {
  const rng = createRng(seed, 11);
  const files: CorpusFile[] = [];
  const nRefs = Math.max(1, counts.references);
  const someRefs = (k: number) => {
    const ids = new Set<string>();
    for (let i = 0; i < k; i++) ids.add(refId(rng.nextInt(nRefs)));
    return [...ids];
  };
  const citeInline = () => `[@${refId(rng.nextInt(nRefs))}]`;

  const references = Array.from({ length: nRefs }, (_, i) => {
    const type = pick(rng, ['docs', 'paper', 'article', 'web'] as const);
    return {
      id: refId(i),
      type,
      // The schema asks a paper where it appeared.
      ...(type === 'paper' ? { publishedIn: 'journal' as const } : {}),
      authors: [`作者${(i % 97) + 1}`, 'Bench Org'],
      title: `Generated reference ${i + 1} on ${pick(rng, TERMS)}`,
      titleZh: `生成的参考文献 ${i + 1}：${pick(rng, TERMS)}`,
      year: 2015 + (i % 11),
      venue: 'bench.example',
      url: `https://bench.example/ref/${i + 1}`,
      status: 'unverified',
      note: '基准测试生成的条目，未核实。',
      accessed: '2026-11-30',
    };
  });
  const referencesYaml = `\n# --- Generated for the build benchmark ---\n${stringify(references, { lineWidth: 0 })}`;

  const areas = Object.keys(careerAreas) as (keyof typeof careerAreas)[];
  for (let i = 0; i < counts.careers; i++) {
    const id = careerId(i);
    const stageCount = 2 + rng.nextInt(3);
    const stages = stageIds.slice(0, stageCount);
    const skills = Array.from({ length: 6 + rng.nextInt(7) }, (_, k) => ({
      id: `skill-${k + 1}`,
      name: `${pick(rng, TERMS)}与${pick(rng, TERMS)}`,
      kind: pick(rng, ['skill', 'knowledge', 'tool'] as const),
      level: pick(rng, ['awareness', 'working', 'practitioner', 'expert'] as const),
      essential: rng.nextInt(3) > 0,
      stage: stages[k % stages.length],
    }));
    // One or two moves to the next careers in the list (never to itself).
    const transitions = [1, 2]
      .slice(0, 1 + rng.nextInt(2))
      .map((step) => (i + step) % counts.careers)
      .filter((target) => target !== i)
      .map((target, k) => ({
        career: careerId(target),
        direction: k % 2 === 0 ? ('to' as const) : ('from' as const),
        learn: sentence(rng),
      }));
    const data = {
      role: `${pick(rng, TERMS)}工程师 ${i + 1}`,
      roleEn: `Generated Engineer ${i + 1}`,
      aliases: [`${pick(rng, TERMS)}专员`],
      area: areas[i % areas.length],
      summary: sentence(rng) + sentence(rng),
      responsibilities: [sentence(rng), sentence(rng), sentence(rng), sentence(rng)],
      skills,
      stages: stages.map((s) => ({
        id: s,
        title: `${s} 阶段 ${i + 1}`,
        changes: [sentence(rng), sentence(rng)],
      })),
      transitions,
      certifications: [
        {
          name: `Bench Certificate ${(i % 7) + 1}`,
          issuer: 'Bench Org',
          url: `https://bench.example/cert/${(i % 7) + 1}`,
          verified: false,
          vendorSpecific: rng.nextInt(2) === 0,
        },
      ],
      resources: Array.from({ length: 2 + rng.nextInt(4) }, (_, k) => ({
        title: `资源 ${k + 1}：${pick(rng, TERMS)}`,
        url: `https://bench.example/career/${i + 1}/resource/${k + 1}`,
        lang: k % 2 === 0 ? ('zh' as const) : ('en' as const),
        kind: pick(rng, ['docs', 'course', 'book', 'tool', 'community', 'roadmap'] as const),
      })),
      // The China section every career needs (schema `createChinaSchema`); no rng calls, so the
      // rest of the generated corpus stays as it was.
      china: {
        occupations: [
          {
            code: `2-02-${String(10 + (i % 30)).padStart(2, '0')}-${String(1 + (i % 9)).padStart(2, '0')}`,
            name: `生成的工程技术人员 ${i + 1}`,
            fit: 'closest',
            digital: 'unconfirmed',
            source: refId(i % nRefs),
          },
        ],
        credentials: [
          {
            name: `生成的资格 ${(i % 5) + 1}`,
            kind: (['ruankao', 'special-operation', 'vendor', 'cloud'] as const)[i % 4],
            issuer: 'Bench Org',
            level: '中级',
            url: `https://bench.example/cn-cert/${(i % 5) + 1}`,
            verified: false,
            source: refId((i + 1) % nRefs),
          },
        ],
        credentialAdvice: '先看目标岗位的招聘要求，再决定考哪个证书。',
        rules: [{ ref: refId((i + 2) % nRefs), applies: '生成的规则说明：这条规则对本岗位的要求。' }],
      },
      citations: someRefs(1 + rng.nextInt(3)),
      lastVerified: '2026-11-28',
    };
    const body = [
      `## 大模型带来的变化\n\n${paragraph(rng, 4, citeInline)}`,
      `${paragraph(rng, 3, citeInline)}相关问题见[这个 FAQ](/faq/${faqId(i % Math.max(1, counts.faq))}/)。`,
    ];
    if (counts.faq === 0) body[1] = paragraph(rng, 3, citeInline);
    files.push({
      path: `careers/${id}.md`,
      text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`,
    });
  }

  const categories = Object.keys(faqCategories) as (keyof typeof faqCategories)[];
  for (let i = 0; i < counts.faq; i++) {
    const related = counts.faq > 1 ? [faqId((i + 1) % counts.faq)] : [];
    const careers = counts.careers > 0 ? [careerId(i % counts.careers)] : [];
    const data = {
      question: `${pick(rng, TERMS)}和${pick(rng, TERMS)}有什么关系？（问题 ${i + 1}）`,
      order: firstOrder + i,
      category: categories[i % categories.length],
      summary: sentence(rng),
      careers,
      citations: someRefs(1 + rng.nextInt(2)),
      related,
    };
    const formula = pick(rng, FORMULAS);
    const paragraphs = [
      paragraph(rng, 3, citeInline),
      `用公式表示，$${pick(rng, FORMULAS)}$，其中每一项都可以在小规模实验中验证${citeInline()}。`,
      `$$\n${formula}\n$$`,
      paragraph(rng, 2 + rng.nextInt(3), citeInline),
    ];
    if (careers.length > 0) paragraphs.push(`相关职业见[职业介绍](/careers/${careers[0]}/)。`);
    files.push({
      path: `faq/${faqId(i)}.md`,
      text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`,
    });
  }

  return { files, referencesYaml, counts: { ...counts, references: nRefs } };
}
