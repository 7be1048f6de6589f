import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  exportReferences,
  formatReference,
  formatReferences,
  referenceHref,
} from '../../../src/lib/citations/format-reference.ts';
import type { FormattableReference } from '../../../src/lib/citations/format-reference.ts';

// Expected strings are written from GB/T 7714-2015 itself, not copied from the output:
// 8.1.1 family names in capitals with initials and no full stops; 8.1.2 three authors then
// "et al." / "等"; 4.1 [M], 4.2 [C] with "//" before the proceedings, 4.4 [J] with
// "year, volume(issue): pages"; 8.8 online items with (更新日期)[引用日期], then the URL;
// "DOI:" last. Chinese works take Chinese punctuation (。，：).

const chineseBook: FormattableReference = {
  id: 'zhou2016',
  type: 'book',
  authors: ['周志华'],
  title: '机器学习',
  year: 2016,
  venue: '清华大学出版社',
  place: '北京',
  isbn: '978-7-302-42328-7',
};

const chineseFourAuthors: FormattableReference = {
  id: 'zh-four',
  type: 'book',
  authors: ['张三', '李四', '王五', '赵六'],
  title: '数据中心运维',
  year: 2020,
  venue: '人民邮电出版社',
  place: '北京',
  url: 'https://example.cn/book',
  accessed: new Date('2026-11-28'),
};

const englishConferencePaper: FormattableReference = {
  id: 'he2016',
  type: 'paper',
  publishedIn: 'proceedings',
  authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
  title: 'Deep Residual Learning for Image Recognition',
  year: 2016,
  venue: 'IEEE Conference on Computer Vision and Pattern Recognition',
  pages: '770-778',
  doi: '10.1109/CVPR.2016.90',
};

const englishJournalPaper: FormattableReference = {
  id: 'otter2021',
  type: 'paper',
  publishedIn: 'journal',
  authors: ['Daniel W. Otter', 'Julian R. Medina', 'Jugal K. Kalita'],
  title: 'A Survey of the Usages of Deep Learning for Natural Language Processing',
  year: 2021,
  venue: 'IEEE Transactions on Neural Networks and Learning Systems',
  volume: '32',
  issue: '2',
  pages: '604-624',
  doi: '10.1109/TNNLS.2020.2979670',
};

const webPage: FormattableReference = {
  id: 'slurm-gres',
  type: 'docs',
  authors: ['SchedMD'],
  title: 'Generic Resource (GRES) Scheduling',
  year: 2026,
  venue: 'slurm.schedmd.com',
  url: 'https://slurm.schedmd.com/gres.html',
  updated: new Date('2026-03-01'),
  accessed: new Date('2026-11-28'),
};

describe('formatReference', () => {
  it('writes a Chinese book with Chinese punctuation and [M]', () => {
    expect(formatReference(chineseBook).text).toBe('周志华。机器学习[M]。北京：清华大学出版社，2016。');
  });

  it('cuts a Chinese author list after three names with 等, and marks an online book [M/OL]', () => {
    expect(formatReference(chineseFourAuthors).text).toBe(
      '张三，李四，王五，等。数据中心运维[M/OL]。北京：人民邮电出版社，2020[2026-11-28]。https://example.cn/book。',
    );
  });

  it('writes an English conference paper with a DOI: capitals, initials, et al., [C]//, pages', () => {
    expect(formatReference(englishConferencePaper).text).toBe(
      'HE K, ZHANG X, REN S, et al. Deep Residual Learning for Image Recognition[C]//IEEE Conference on Computer Vision and Pattern Recognition. 2016: 770-778. DOI:10.1109/CVPR.2016.90.',
    );
  });

  it('writes an English journal article with volume, issue and pages', () => {
    expect(formatReference(englishJournalPaper).text).toBe(
      'OTTER D W, MEDINA J R, KALITA J K. A Survey of the Usages of Deep Learning for Natural Language Processing[J]. IEEE Transactions on Neural Networks and Learning Systems, 2021, 32(2): 604-624. DOI:10.1109/TNNLS.2020.2979670.',
    );
  });

  it('writes a web page as [EB/OL] with (更新日期)[引用日期] and the URL, the organisation as written', () => {
    expect(formatReference(webPage).text).toBe(
      'SchedMD. Generic Resource (GRES) Scheduling[EB/OL]. slurm.schedmd.com, 2026(2026-03-01)[2026-11-28]. https://slurm.schedmd.com/gres.html.',
    );
  });

  it('splits the entry into authors, title and the rest, with the URL and DOI as links', () => {
    const web = formatReference(webPage);
    expect(web.authors).toBe('SchedMD. ');
    expect(web.title).toBe('Generic Resource (GRES) Scheduling');
    expect(web.rest).toEqual([
      { text: '[EB/OL]. slurm.schedmd.com, 2026(2026-03-01)[2026-11-28]. ' },
      { text: 'https://slurm.schedmd.com/gres.html', href: 'https://slurm.schedmd.com/gres.html' },
      { text: '.' },
    ]);
    expect(formatReference(englishConferencePaper).rest.at(-2)).toEqual({
      text: '10.1109/CVPR.2016.90',
      href: 'https://doi.org/10.1109/CVPR.2016.90',
    });
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
