import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  exportReferences,
  formatReference,
  formatReferences,
  referenceHref,
  typeMark,
  withdrawnLabel,
} from '../../../src/lib/citations/format-reference.ts';
import type { FormattableReference } from '../../../src/lib/citations/format-reference.ts';

// Expected strings are the standard's own examples (GB/T 7714-2015, clause 4 and annex A; the
// entry number [n] of each is given), entered field by field and expected back character for
// character. The few kinds the standard has no example of (a numbered edition of a Chinese
// book, software, a dataset, a web page with an update date) follow its format rules and the
// CSL styles repository's china-national-standard-gb-t-7714-2015-numeric style. Punctuation is
// the standard's for Chinese and Western works alike (". ", ": ", ", "), with a full stop at the
// end, after a URL too.

const d = (iso: string) => new Date(iso);

/** A reference with the fields every test leaves alone. */
function ref(fields: Partial<FormattableReference> & Pick<FormattableReference, 'type' | 'title'>) {
  const base: FormattableReference = { id: 'x', type: fields.type, title: fields.title, authors: [] };
  return { ...base, ...fields };
}

const chineseBook = ref({
  id: 'chen2000',
  type: 'book',
  authors: ['陈登原'],
  title: '国史旧闻: 第 1 卷',
  year: 2000,
  venue: '中华书局',
  place: '北京',
  pages: '29',
});

const englishConferencePaper = ref({
  id: 'he2016',
  type: 'paper',
  publishedIn: 'proceedings',
  authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
  title: 'Deep Residual Learning for Image Recognition',
  year: 2016,
  venue: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition',
  publisher: 'IEEE',
  pages: '770-778',
  doi: '10.1109/CVPR.2016.90',
  url: 'https://arxiv.org/abs/1512.03385',
  accessed: d('2026-11-28'),
});

const englishJournalPaper = ref({
  id: 'frese2013',
  type: 'paper',
  publishedIn: 'journal',
  authors: ['K. S. Frese', 'H. A. Katus', 'B. Meder'],
  title: 'Next-generation sequencing: from understanding biology to personalized medicine',
  year: 2013,
  venue: 'Biology',
  volume: '2',
  issue: '1',
  pages: '378-398',
  url: 'http://www.mdpi.com/2079-7737/2/1/378',
  doi: '10.3390/biology2010378',
  accessed: d('2013-03-19'),
});

const webPage = ref({
  id: 'slurm-gres',
  type: 'docs',
  authors: ['SchedMD'],
  title: 'Generic Resource (GRES) Scheduling',
  venue: 'slurm.schedmd.com',
  url: 'https://slurm.schedmd.com/gres.html',
  updated: d('2026-03-01'),
  accessed: d('2026-11-28'),
});

describe('formatReference: books [M]', () => {
  it('[1] a Chinese book: place: publisher, year: page', () => {
    expect(formatReference(chineseBook).text).toBe('陈登原. 国史旧闻: 第 1 卷[M]. 北京: 中华书局, 2000: 29.');
  });

  it('[70] an English book: family name in capitals, initials, "7th ed." before the place', () => {
    const book = ref({
      type: 'book',
      authors: ['James A. O’Brien'],
      title: 'Introduction to information systems',
      edition: 7,
      year: 1994,
      venue: 'Irwin',
      place: 'Burr Ridge, III',
    });
    expect(formatReference(book).text).toBe(
      'O’BRIEN J A. Introduction to information systems[M]. 7th ed. Burr Ridge, III: Irwin, 1994.',
    );
  });

  it('[17] a book read online: [M/OL], edition, pages[引用日期], URL', () => {
    const book = ref({
      type: 'book',
      authors: ['X. Fan', 'Christopher H. Sommers'],
      title: 'Food irradiation research and technology',
      edition: 2,
      year: 2013,
      venue: 'Blackwell Publishing',
      place: 'Ames, Iowa',
      pages: '25-26',
      url: 'http://onlinelibrary.wiley.com/doi/10.1002/9781118422557.ch2/summary',
      accessed: d('2014-06-26'),
    });
    expect(formatReference(book).text).toBe(
      'FAN X, SOMMERS C H. Food irradiation research and technology[M/OL]. 2nd ed. Ames, Iowa: Blackwell Publishing, 2013: 25-26[2014-06-26]. http://onlinelibrary.wiley.com/doi/10.1002/9781118422557.ch2/summary.',
    );
  });

  it('[66] a Chinese edition as "2 版" (the example without its translators)', () => {
    const book = ref({
      type: 'book',
      authors: ['库恩'],
      title: '科学革命的结构: 第 4 版',
      edition: 2,
      year: 2012,
      venue: '北京大学出版社',
      place: '北京',
    });
    expect(formatReference(book).text).toBe(
      '库恩. 科学革命的结构: 第 4 版[M]. 2 版. 北京: 北京大学出版社, 2012.',
    );
  });

  it('[20] more than three authors: the first three, then ", 等" (", et al." in English)', () => {
    const book = ref({
      type: 'book',
      authors: ['张三', '李四', '王五', '赵六'],
      title: '数据中心运维',
      year: 2020,
      venue: '人民邮电出版社',
      place: '北京',
    });
    expect(formatReference(book).text).toBe(
      '张三, 李四, 王五, 等. 数据中心运维[M]. 北京: 人民邮电出版社, 2020.',
    );
    expect(formatReference(englishConferencePaper).text).toMatch(/^HE K, ZHANG X, REN S, et al\. Deep/);
  });

  it('a book not read online with no known place: [S.l.] / [出版地不详] (8.4.1.3)', () => {
    const book = ref({
      type: 'book',
      authors: ['ASHRAE'],
      title: 'Thermal Guidelines',
      year: 2021,
      venue: 'ASHRAE',
    });
    expect(formatReference(book).text).toBe('ASHRAE. Thermal Guidelines[M]. [S.l.]: ASHRAE, 2021.');
    expect(formatReference({ ...book, title: '热指南', authors: ['某学会'] }).text).toBe(
      '某学会. 热指南[M]. [出版地不详]: ASHRAE, 2021.',
    );
  });

  it('a book read online with no known place leaves the place out', () => {
    const book = ref({
      type: 'book',
      authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'],
      title: 'Deep Learning',
      year: 2016,
      venue: 'MIT Press',
      url: 'https://www.deeplearningbook.org/',
      accessed: d('2026-11-28'),
    });
    expect(formatReference(book).text).toBe(
      'GOODFELLOW I, BENGIO Y, COURVILLE A. Deep Learning[M/OL]. MIT Press, 2016[2026-11-28]. https://www.deeplearningbook.org/.',
    );
  });
});

describe('formatReference: journal articles [J]', () => {
  it('[28] a Chinese article: journal, year, volume(issue): page', () => {
    const article = ref({
      type: 'paper',
      publishedIn: 'journal',
      authors: ['袁训来', '陈哲', '肖书海', '王伟'],
      title: '蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口',
      year: 2012,
      venue: '科学通报',
      volume: '57',
      issue: '34',
      pages: '3219',
    });
    expect(formatReference(article).text).toBe(
      '袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. 科学通报, 2012, 57(34): 3219.',
    );
  });

  it('[35] an article read online: pages[引用日期], URL, then DOI', () => {
    expect(formatReference(englishJournalPaper).text).toBe(
      'FRESE K S, KATUS H A, MEDER B. Next-generation sequencing: from understanding biology to personalized medicine[J/OL]. Biology, 2013, 2(1): 378-398[2013-03-19]. http://www.mdpi.com/2079-7737/2/1/378. DOI:10.3390/biology2010378.',
    );
  });

  it('[36] a volume without an issue, [51] an issue without a volume', () => {
    const nature = ref({
      type: 'paper',
      publishedIn: 'journal',
      authors: ['A. A. Myburg', 'D. Grattapaglia', 'G. A. Tuskan', 'U. Hellsten'],
      title: 'The genome of eucalyptus grandis',
      year: 2014,
      venue: 'Nature',
      volume: '510',
      pages: '356-362',
      url: 'http://www.nature.com/nature/journal/v510/n7505/pdf/nature13308.pdf',
      doi: '10.1038/nature13308',
      accessed: d('2014-06-25'),
    });
    expect(formatReference(nature).text).toBe(
      'MYBURG A A, GRATTAPAGLIA D, TUSKAN G A, et al. The genome of eucalyptus grandis[J/OL]. Nature, 2014, 510: 356-362[2014-06-25]. http://www.nature.com/nature/journal/v510/n7505/pdf/nature13308.pdf. DOI:10.1038/nature13308.',
    );
    const chinese = ref({
      type: 'paper',
      publishedIn: 'journal',
      authors: ['杨宗英'],
      title: '电子图书馆的现实模型',
      year: 1996,
      venue: '中国图书馆学报',
      issue: '2',
      pages: '24-29',
    });
    expect(formatReference(chinese).text).toBe(
      '杨宗英. 电子图书馆的现实模型[J]. 中国图书馆学报, 1996(2): 24-29.',
    );
  });
});

describe('formatReference: conference papers [C]', () => {
  it('[22] "[C]//" editors. proceedings. place: publisher, year: pages', () => {
    const paper = ref({
      type: 'paper',
      publishedIn: 'proceedings',
      authors: ['贾东琴', '柯平'],
      title: '面向数字素养的高校图书馆数字服务体系研究',
      editors: ['中国图书馆学会'],
      venue: '中国图书馆学会年会论文集: 2011 年卷',
      place: '北京',
      publisher: '国家图书馆出版社',
      year: 2011,
      pages: '45-52',
    });
    expect(formatReference(paper).text).toBe(
      '贾东琴, 柯平. 面向数字素养的高校图书馆数字服务体系研究[C]//中国图书馆学会. 中国图书馆学会年会论文集: 2011 年卷. 北京: 国家图书馆出版社, 2011: 45-52.',
    );
  });

  it('a paper read online: publisher without a known place, pages[引用日期], URL, DOI', () => {
    expect(formatReference(englishConferencePaper).text).toBe(
      'HE K, ZHANG X, REN S, et al. Deep Residual Learning for Image Recognition[C/OL]//Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition. IEEE, 2016: 770-778[2026-11-28]. https://arxiv.org/abs/1512.03385. DOI:10.1109/CVPR.2016.90.',
    );
  });

  it('persons as editors, family name first; a proceedings without a publisher', () => {
    const paper = ref({
      type: 'paper',
      publishedIn: 'proceedings',
      authors: ['Yann LeCun', 'John S. Denker', 'Sara A. Solla'],
      title: 'Optimal Brain Damage',
      editors: ['David S. Touretzky'],
      venue: 'Advances in Neural Information Processing Systems 2',
      year: 1990,
      url: 'https://papers.neurips.cc/x',
      accessed: d('2026-11-30'),
    });
    expect(formatReference(paper).text).toBe(
      'LECUN Y, DENKER J S, SOLLA S A. Optimal Brain Damage[C/OL]//TOURETZKY D S. Advances in Neural Information Processing Systems 2. 1990[2026-11-30]. https://papers.neurips.cc/x.',
    );
  });
});

describe('formatReference: reports and white papers [R]', () => {
  it('[82] title: number[R]. place: publisher, year', () => {
    const report = ref({
      type: 'report',
      authors: ['World Health Organization'],
      title: 'Factors regulating the immune response',
      number: 'Report of WHO Scientific Group',
      year: 1970,
      venue: 'WHO',
      place: 'Geneva',
    });
    expect(formatReference(report).text).toBe(
      'World Health Organization. Factors regulating the immune response: Report of WHO Scientific Group[R]. Geneva: WHO, 1970.',
    );
  });

  it('[80] a report not read online without place or publisher: [S.l.: s.n.], year: pages', () => {
    const report = ref({
      type: 'report',
      authorKind: 'person',
      authors: ['D. Calkin', 'A. Ager', 'M. Thompson'],
      title:
        'A comparative risk assessment framework for wildland fire management: the 2010 cohesive strategy science report',
      number: 'RMRS-GTR-262',
      year: 2011,
      pages: '8-9',
    });
    expect(formatReference(report).text).toBe(
      'CALKIN D, AGER A, THOMPSON M. A comparative risk assessment framework for wildland fire management: the 2010 cohesive strategy science report: RMRS-GTR-262[R]. [S.l.: s.n.], 2011: 8-9.',
    );
  });

  it('[78] a report read online without a publisher: (date)[引用日期]', () => {
    const report = ref({
      type: 'report',
      authors: ['中华人民共和国国务院新闻办公室'],
      title: '国防白皮书: 中国武装力量的多样化运用',
      year: 2013,
      date: d('2013-04-16'),
      url: 'http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm',
      accessed: d('2014-06-11'),
    });
    expect(formatReference(report).text).toBe(
      '中华人民共和国国务院新闻办公室. 国防白皮书: 中国武装力量的多样化运用[R/OL]. (2013-04-16)[2014-06-11]. http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm.',
    );
  });

  it('a report by named people (authorKind: person) with its number, read online', () => {
    const lbnl = ref({
      type: 'report',
      authorKind: 'person',
      authors: ['Arman Shehabi', 'Sarah J. Smith', 'Alex Hubbard', 'Alex Newkirk'],
      title: '2024 United States Data Center Energy Usage Report',
      number: 'LBNL-2001637',
      year: 2024,
      venue: 'Lawrence Berkeley National Laboratory',
      url: 'https://eta-publications.lbl.gov/x.pdf',
      accessed: d('2026-11-30'),
    });
    expect(formatReference(lbnl).text).toBe(
      'SHEHABI A, SMITH S J, HUBBARD A, et al. 2024 United States Data Center Energy Usage Report: LBNL-2001637[R/OL]. Lawrence Berkeley National Laboratory, 2024[2026-11-30]. https://eta-publications.lbl.gov/x.pdf.',
    );
  });
});

describe('formatReference: standards [S], laws and government documents [A]', () => {
  it('[4] a Chinese standard: title: number[S]. place: publisher, year: pages', () => {
    const standard = ref({
      type: 'standard',
      authors: ['全国信息与文献标准化技术委员会'],
      title: '信息与文献 都柏林核心元数据元素集',
      number: 'GB/T 25100—2010',
      year: 2010,
      venue: '中国标准出版社',
      place: '北京',
      pages: '2-3',
    });
    expect(formatReference(standard).text).toBe(
      '全国信息与文献标准化技术委员会. 信息与文献 都柏林核心元数据元素集: GB/T 25100—2010[S]. 北京: 中国标准出版社, 2010: 2-3.',
    );
  });

  it('[92] a standard read online, no author or publisher: year[引用日期]', () => {
    const standard = ref({
      type: 'standard',
      title: 'Information and documentation—the Dublin cord metadata element set',
      number: 'ISO 15836: 2009',
      year: 2009,
      url: 'http://www.iso.org/iso/home/store/catalogue_tc/catalogue_detail.htm?csnumber=52142',
      accessed: d('2013-03-24'),
    });
    expect(formatReference(standard).text).toBe(
      'Information and documentation—the Dublin cord metadata element set: ISO 15836: 2009[S/OL]. 2009[2013-03-24]. http://www.iso.org/iso/home/store/catalogue_tc/catalogue_detail.htm?csnumber=52142.',
    );
  });

  it('[41] a government document: title: document number[A/OL]. (date)[引用日期]. URL, with no "。"', () => {
    const notice = ref({
      type: 'law',
      authors: ['北京市人民政府办公厅'],
      title: '关于转发北京市企业投资项目核准暂行实施办法的通知',
      number: '京政办发[2005]37号',
      year: 2005,
      date: d('2005-07-12'),
      url: 'http://china.findlaw.cn/fagui/p_1/39934.html',
      accessed: d('2011-07-12'),
    });
    expect(formatReference(notice).text).toBe(
      '北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发[2005]37号[A/OL]. (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.',
    );
  });

  it('a law, written as the notice above: nothing after the URL but the closing full stop', () => {
    const law = ref({
      type: 'law',
      authors: ['全国人民代表大会常务委员会'],
      title: '中华人民共和国个人信息保护法',
      year: 2021,
      date: d('2021-08-20'),
      url: 'https://flk.npc.gov.cn/',
      accessed: d('2026-11-28'),
    });
    const formatted = formatReference(law);
    expect(formatted.text).toBe(
      '全国人民代表大会常务委员会. 中华人民共和国个人信息保护法[A/OL]. (2021-08-20)[2026-11-28]. https://flk.npc.gov.cn/.',
    );
    expect(formatted.text).not.toContain('。');
    expect(formatted.rest.at(-1)).toEqual({ text: '.' });
  });
});

describe('formatReference: online resources [EB], [CP], [DS]', () => {
  it('[115] a page with a date: (date)[引用日期]; [43] a page without one: [引用日期] only', () => {
    const dated = ref({
      type: 'web',
      authorKind: 'person',
      authors: ['李强'],
      title: '化解医患矛盾需釜底抽薪',
      date: d('2012-05-03'),
      url: 'http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html',
      accessed: d('2013-03-25'),
    });
    expect(formatReference(dated).text).toBe(
      '李强. 化解医患矛盾需釜底抽薪[EB/OL]. (2012-05-03)[2013-03-25]. http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html.',
    );
    const undated = ref({
      type: 'web',
      authors: ['Online Computer Library Center, Inc.'],
      title: 'About OCLC: History of cooperation',
      url: 'http://www.oclc.org/about/cooperation.en.html',
      accessed: d('2012-03-27'),
    });
    expect(formatReference(undated).text).toBe(
      'Online Computer Library Center, Inc. About OCLC: History of cooperation[EB/OL]. [2012-03-27]. http://www.oclc.org/about/cooperation.en.html.',
    );
  });

  it('documentation with an update date: (更新日期)[引用日期], the organisation as written', () => {
    expect(formatReference(webPage).text).toBe(
      'SchedMD. Generic Resource (GRES) Scheduling[EB/OL]. (2026-03-01)[2026-11-28]. https://slurm.schedmd.com/gres.html.',
    );
  });

  it('a blog post by named people with a year; a course by an organisation and a person', () => {
    const post = ref({
      type: 'article',
      authorKind: 'person',
      authors: ['Chris Gamble', 'Jim Gao'],
      title: 'Safety-first AI for autonomous data center cooling and industrial control',
      year: 2018,
      url: 'https://blog.google/x/',
      accessed: d('2026-11-28'),
    });
    expect(formatReference(post).text).toBe(
      'GAMBLE C, GAO J. Safety-first AI for autonomous data center cooling and industrial control[EB/OL]. 2018[2026-11-28]. https://blog.google/x/.',
    );
    const course = ref({
      type: 'course',
      authors: ['DeepLearning.AI', { family: 'Ng', given: 'Andrew' }],
      title: 'Deep Learning Specialization',
      url: 'https://www.coursera.org/specializations/deep-learning',
      accessed: d('2026-11-28'),
    });
    expect(formatReference(course).text).toBe(
      'DeepLearning.AI, NG A. Deep Learning Specialization[EB/OL]. [2026-11-28]. https://www.coursera.org/specializations/deep-learning.',
    );
  });

  it('software [CP/OL], a dataset [DS/OL], a preprint [EB/OL] with no author', () => {
    const software = ref({
      type: 'software',
      authors: ['Project Jupyter'],
      title: 'Jupyter Notebook',
      url: 'https://jupyter.org/',
      accessed: d('2026-11-28'),
    });
    expect(formatReference(software).text).toBe(
      'Project Jupyter. Jupyter Notebook[CP/OL]. [2026-11-28]. https://jupyter.org/.',
    );
    const dataset = ref({ ...software, type: 'dataset', title: 'A dataset', year: 2025 });
    expect(formatReference(dataset).text).toBe(
      'Project Jupyter. A dataset[DS/OL]. 2025[2026-11-28]. https://jupyter.org/.',
    );
    const preprint = ref({
      type: 'paper',
      publishedIn: 'preprint',
      title: 'An overview of large-scale deep learning-based natural language processing',
      year: 2019,
      venue: 'arXiv',
      url: 'https://arxiv.org/abs/1906.02666',
      accessed: d('2026-11-28'),
    });
    expect(formatReference(preprint).text).toBe(
      'An overview of large-scale deep learning-based natural language processing[EB/OL]. 2019[2026-11-28]. https://arxiv.org/abs/1906.02666.',
    );
  });
});

describe('formatReference: the written form', () => {
  it('splits the entry into authors, title and the rest, with the URL and DOI as links', () => {
    const web = formatReference(webPage);
    expect(web.authors).toBe('SchedMD. ');
    expect(web.title).toBe('Generic Resource (GRES) Scheduling');
    expect(web.rest).toEqual([
      { text: '[EB/OL]. (2026-03-01)[2026-11-28]. ' },
      { text: 'https://slurm.schedmd.com/gres.html', href: 'https://slurm.schedmd.com/gres.html' },
      { text: '.' },
    ]);
    expect(formatReference(englishConferencePaper).rest.at(-2)).toEqual({
      text: '10.1109/CVPR.2016.90',
      href: 'https://doi.org/10.1109/CVPR.2016.90',
    });
  });

  it('finds a title with an apostrophe, which citeproc writes typographically', () => {
    const page = ref({ ...webPage, title: "A Reader's Guide" });
    expect(formatReference(page).title).toBe('A Reader’s Guide');
    expect(formatReference(page).rest[0]?.text).toMatch(/^\[EB\/OL\]/);
  });

  it('drops "et al." written in the author list (the style cuts the list itself)', () => {
    const brown = {
      ...englishConferencePaper,
      id: 'brown',
      authors: ['Tom B. Brown', 'Benjamin Mann', 'Nick Ryder', 'et al.'],
    };
    expect(formatReference(brown).text).toMatch(/^BROWN T B, MANN B, RYDER N\. Deep/);
  });

  it('formats a list in order, each entry as formatted alone', () => {
    const list = formatReferences([webPage, chineseBook]).map((f) => f.text);
    expect(list).toEqual([formatReference(webPage).text, formatReference(chineseBook).text]);
  });
});

describe('formatReference: bad input', () => {
  it('refuses a type the style has no document code for, naming the entry (no [Z], no empty code)', () => {
    const thesis = { ...webPage, id: 'some-thesis', type: 'thesis' } as unknown as FormattableReference;
    expect(() => formatReference(thesis)).toThrow(/reference "some-thesis": type "thesis"/);
    const paper = {
      ...englishConferencePaper,
      id: 'odd-paper',
      publishedIn: 'poster',
    } as unknown as FormattableReference;
    expect(() => formatReference(paper)).toThrow(/reference "odd-paper": a paper with publishedIn "poster"/);
  });

  it('checks each CSL type against the code it must carry', () => {
    expect(typeMark({ id: 'a', type: 'report', URL: 'https://x.example/' })).toBe('[R/OL]');
    expect(typeMark({ id: 'b', type: 'legislation' })).toBe('[A]');
    expect(() => typeMark({ id: 'c', type: 'thesis' as never })).toThrow(/reference "c": CSL type "thesis"/);
  });
});

describe('withdrawnLabel', () => {
  it('marks a withdrawn standard and names its replacement', () => {
    expect(withdrawnLabel({})).toBeUndefined();
    expect(withdrawnLabel({ withdrawn: true })).toBe('已废止');
    expect(withdrawnLabel({ withdrawn: true, replacedBy: 'ISO/IEC 30134-2:2026' })).toBe(
      '已废止，被 ISO/IEC 30134-2:2026 代替',
    );
  });
});

describe('exportReferences', () => {
  const refs = [chineseBook, englishConferencePaper, webPage];

  it.each(['bib', 'ris', 'json'] as const)(
    'writes %s that citation-js reads back with ids and titles',
    (format) => {
      const parsed = new Cite(exportReferences(refs, format)).data;
      expect(parsed.map((item) => item.title)).toEqual(refs.map((r) => r.title));
      if (format !== 'ris') expect(parsed.map((item) => item.id)).toEqual(refs.map((r) => r.id));
      expect(parsed.find((item) => item.title === englishConferencePaper.title)?.DOI).toBe(
        '10.1109/CVPR.2016.90',
      );
    },
  );
});

describe('unwrapRis', () => {
  it('puts a value that citation-js broke every 70 characters back on one line', () => {
    const long = { ...englishJournalPaper, title: `${'Long title '.repeat(10)}end` };
    const ris = exportReferences([long], 'ris');
    expect(ris).toContain(`TI  - ${long.title}\n`);
    expect(new Cite(ris).data[0]?.title).toBe(long.title);
  });

  it('drops the empty line citation-js leaves after a value of exactly 70 characters', () => {
    const seventy = { ...englishJournalPaper, title: 'x'.repeat(70) };
    const ris = exportReferences([seventy, englishJournalPaper], 'ris');
    expect(new Cite(ris).data.map((item) => item.title)).toEqual([seventy.title, englishJournalPaper.title]);
    expect(ris).not.toMatch(/\n\n/);
  });
});

describe('referenceHref', () => {
  it('prefers the URL over the DOI', () => {
    expect(referenceHref({ url: 'https://x.example/', doi: '10.1/x' })).toBe('https://x.example/');
    expect(referenceHref({ doi: '10.1/x' })).toBe('https://doi.org/10.1/x');
  });
});
