/**
 * The built career pages and careers index (HTML from `.tmp/site`): the in-page contents, the
 * tag legend, certification codes printed once, the status buttons' no-JS state, and the
 * index's order (the transitions map before the cards) and card-group placement.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { ensureSite, ROOT, SITE_DIR } from '../../tools/site-build.ts';
import { skillLevels, skillKinds } from '../../src/schemas/career.ts';
import { skillStatuses } from '../../src/lib/careers/progress.ts';

interface ContentCareer {
  id: string;
  area: string;
  skills: { id: string; name: string }[];
  certifications?: { name: string; code?: string }[];
}

const careers: ContentCareer[] = readdirSync(join(ROOT, 'content/careers'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const frontmatter = readFileSync(join(ROOT, 'content/careers', f), 'utf8').split(/^---$/m)[1];
    return { id: f.slice(0, -3), ...(parseYaml(frontmatter) as Omit<ContentCareer, 'id'>) };
  });

const load = (path: string): HTMLElement => parse(readFileSync(join(SITE_DIR, path), 'utf8'));
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  await ensureSite();
}, 300_000);

describe.each(careers)('career page $id', (career) => {
  let page: HTMLElement;
  beforeAll(() => {
    page = load(`careers/${career.id}/index.html`);
  });

  it('lists every section and stage of the page in its contents, in page order', () => {
    const article = page.querySelector('article.career')!;
    const targets = article
      .querySelectorAll('.body h2[id], .body h3[id]')
      .map((h) => h.getAttribute('id'))
      .filter((id) => id !== undefined);
    const links = article.querySelectorAll('.toc nav a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(targets.map((id) => `#${id}`));
    // 8 sections at most, each stage of the roadmap under its section.
    expect(targets).toEqual(expect.arrayContaining(['responsibilities', 'roadmap', 'resources', 'sources']));
    expect(targets.filter((id) => id.startsWith('stage-')).length).toBeGreaterThan(0);
  });

  it('explains every kind, level and the 必备/可选 tags in a legend', () => {
    const legend = text(page.querySelector('.tag-legend'));
    for (const label of [...Object.values(skillKinds), ...Object.values(skillLevels), '必备', '可选']) {
      expect(legend).toContain(label);
    }
    expect(page.querySelectorAll('.status-legend li').map(text)).toEqual(Object.values(skillStatuses));
  });

  it('gives every skill a status button, hidden until the tracker runs and labelled with the skill', () => {
    const items = page.querySelectorAll('li[data-skill-id]');
    expect(items).toHaveLength(career.skills.length);
    for (const li of items) {
      const button = li.querySelector('button.status-button');
      const name = text(li.querySelector('.skill-name'));
      expect(button?.getAttribute('type'), name).toBe('button');
      expect(button?.hasAttribute('hidden'), name).toBe(true);
      expect(button?.getAttribute('aria-label'), name).toBe(`${name}：未开始`);
    }
  });

  it.runIf((career.certifications ?? []).some((c) => c.code))('prints each exam code once', () => {
    const items = page.querySelectorAll('#certifications ~ ul > li').map(text);
    for (const cert of (career.certifications ?? []).filter((c) => c.code)) {
      const item = items.find((t) => t.includes(cert.name));
      expect(item, cert.name).toBeDefined();
      const code = new RegExp(`(?<![A-Za-z0-9])${cert.code!.replace(/[-]/g, '\\-')}(?![A-Za-z0-9])`, 'g');
      expect(item!.match(code), `${cert.name}: ${item}`).toHaveLength(1);
    }
  });
});

describe('careers index', () => {
  let page: HTMLElement;
  beforeAll(() => {
    page = load('careers/index.html');
  });

  it('shows the transitions map before the cards', () => {
    const html = page.querySelector('main')!.innerHTML;
    const map = html.indexOf('id="transitions-map"');
    const cards = html.indexOf('class="card"');
    expect(map).toBeGreaterThan(0);
    expect(cards).toBeGreaterThan(map);
  });

  it('gives every map node its career skill ids for the saved progress, and an empty bar', () => {
    for (const career of careers) {
      const node = page.querySelector(`.transitions-map a[data-career="${career.id}"]`);
      expect(node?.getAttribute('data-skills')?.split(' '), career.id).toEqual(
        career.skills.map((s) => s.id),
      );
      expect(node?.querySelector('.progress .fill')?.getAttribute('width'), career.id).toBe('0');
    }
  });

  it('places every area group on the card grid for 4, 3 and 2 columns', () => {
    const sections = page.querySelectorAll('.areas > section[data-area]');
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const area = section.getAttribute('data-area')!;
      const cards = careers.filter((c) => c.area === area).length;
      expect(section.querySelectorAll('li.card')).toHaveLength(cards);
      const style = section.getAttribute('style') ?? '';
      for (const max of [4, 3, 2])
        expect(style, area).toMatch(new RegExp(`--span-${max}: \\d+; --cols-${max}: \\d+`));
    }
  });
});
