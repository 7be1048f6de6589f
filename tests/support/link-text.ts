/**
 * Link text against the page it opens: a reader who follows "PUE 是什么" must land on the
 * question about PUE, not on a page with another title. Checks built pages (pure: HTML in,
 * problems out). A link's text passes when it is
 *
 * - one of its target's names: the page's `<h1>`, and for a career its English name and aliases
 *   (the `data-pagefind-meta="roleEn"` / `"aliases"` spans the career page already renders);
 * - a short form of a name: the name without a trailing parenthesis (数据中心设施工程师 for
 *   数据中心设施工程师（供电、制冷）) or its leading clause up to the first ，？；： (PUE 是什么 for
 *   PUE 是什么？数值多少算好？);
 * - for a link to an anchor, the text of the heading at (or opening) that anchor, in the same forms;
 * - or a generic phrase (`GENERIC_LINK_TEXTS`: 这里, 见上文 …) that names no page (not 详见: such
 *   a link must carry its target's title).
 *
 * Citation markers (`[3]`, links to the reference list), the back-links beside them and links
 * hidden from assistive technology (a heading's `#` permalink) are not prose and are skipped.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { fold } from '../../src/lib/text/fold.ts';
import { resolveInternal, type BuiltPage, type SiteProblem } from '../../src/lib/site-checks/html-checks.ts';

/**
 * Link texts that name no page and so may point anywhere. Not 详见 ("see"): a link that says
 * only that reads worse than the target's own title, so it must carry one.
 */
export const GENERIC_LINK_TEXTS: readonly string[] = ['见上文', '见下文', '这里', '此处', '原文', '全文'];

/** Text compared without case, width or spacing differences and without closing punctuation. */
export function normalizeLinkText(text: string): string {
  return fold(text)
    .replace(/\s+/g, '')
    .replace(/[?？。.!！:：;；,，、]+$/u, '');
}

const CLAUSE_END = /[，,？?；;：:]/u;
const TRAILING_PAREN = /[（(][^（）()]*[）)]\s*$/u;

/** The forms of one name a link may use: itself, without its trailing parenthesis, its leading clause. */
export function nameForms(name: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    const n = normalizeLinkText(s);
    if (n !== '') forms.add(n);
  };
  const trimmed = name.trim();
  add(trimmed);
  add(trimmed.replace(TRAILING_PAREN, ''));
  const clause = CLAUSE_END.exec(trimmed);
  if (clause && clause.index > 0) add(trimmed.slice(0, clause.index));
  return [...forms];
}

/** Verbs a call to action may put before a name (阅读文章, 查看全部职业). */
export const LINK_VERBS: readonly string[] = ['阅读', '查看', '打开', '浏览'];

/**
 * True when `text` is one of `names` (in any of their forms, optionally after one of
 * `LINK_VERBS`) or a generic phrase.
 */
export function linkTextMatches(text: string, names: readonly string[]): boolean {
  const n = normalizeLinkText(text);
  if (GENERIC_LINK_TEXTS.some((g) => normalizeLinkText(g) === n)) return true;
  const verb = LINK_VERBS.find((v) => n.startsWith(v) && n.length > v.length);
  const candidates = verb === undefined ? [n] : [n, n.slice(verb.length)];
  return names.some((name) => nameForms(name).some((form) => candidates.includes(form)));
}

/** Text of a heading without its permalink (`<a class="heading-anchor">#</a>`). */
function headingText(el: HTMLElement): string {
  const clone = el.clone() as HTMLElement;
  for (const anchor of clone.querySelectorAll('a.heading-anchor, [aria-hidden="true"]')) anchor.remove();
  return clone.textContent.trim();
}

/** What a page answers to: its `<h1>`, and a career's English name and aliases. */
export function pageNames(root: HTMLElement): string[] {
  const main = root.querySelector('main') ?? root;
  const names: string[] = [];
  const h1 = main.querySelector('h1');
  if (h1) names.push(headingText(h1));
  const roleEn = main.querySelector('[data-pagefind-meta="roleEn"]');
  if (roleEn) names.push(roleEn.textContent);
  const aliases = main.querySelector('[data-pagefind-meta="aliases"]');
  if (aliases) names.push(...aliases.textContent.split('、'));
  return names.map((s) => s.trim()).filter((s) => s !== '');
}

const HEADING = /^H[1-6]$/;

const byId = (root: HTMLElement, id: string) =>
  root.querySelectorAll('[id]').find((e) => e.getAttribute('id') === id);

/**
 * The names of what an anchor points at: the heading itself; or the element naming it
 * (`aria-labelledby`), also without its leading label (`<strong>编者注（勘误）：</strong>`); or
 * the first heading inside it.
 */
export function anchorNames(root: HTMLElement, id: string): string[] {
  const el = byId(root, id);
  if (el === undefined) return [];
  if (HEADING.test(el.tagName)) return [headingText(el)];
  const labelId = el.getAttribute('aria-labelledby');
  const label = labelId === undefined ? undefined : byId(root, labelId);
  if (label !== undefined) {
    const names = [headingText(label)];
    const lead = label.firstElementChild;
    if (lead && /^(STRONG|B)$/.test(lead.tagName)) {
      const clone = label.clone() as HTMLElement;
      clone.firstElementChild?.remove();
      names.push(headingText(clone));
    }
    return names;
  }
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  return heading === null ? [] : [headingText(heading)];
}

/**
 * Links that are not prose: citation markers, the back-links to them, and links hidden from
 * assistive technology (a heading's `#` permalink).
 */
function isSkipped(a: HTMLElement, targetPath: string, referencesPath: string): boolean {
  if (targetPath === referencesPath || a.getAttribute('aria-hidden') === 'true') return true;
  if (a.closest('sup') !== null) return true;
  const text = a.textContent.trim();
  return /^\[\d+\]$/.test(text) || text === '↩' || /^↩\s*\d*$/.test(text);
}

export interface LinkTextOptions {
  /** Path of the reference list, whose links are citation markers. */
  referencesPath: string;
  /** More names of a page by URL path, e.g. a section's navigation label (文章, 职业) or 首页. */
  names?: ReadonlyMap<string, readonly string[]>;
  /** Which pages' links to check (by URL path); every page is a possible target. */
  include: (url: string) => boolean;
}

/**
 * Every internal link in `<main>` of the included pages whose text is neither a name of its
 * target (or of the heading at its anchor) nor a generic phrase. Links whose target page is
 * not among `pages` are left to the link checker.
 */
export function checkLinkTexts(pages: BuiltPage[], options: LinkTextOptions): SiteProblem[] {
  const roots = new Map(pages.map((p) => [p.url, parse(p.html)]));
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    if (!options.include(page.url)) continue;
    const root = roots.get(page.url);
    if (root === undefined) continue;
    const main = root.querySelector('main');
    if (main === null) continue;
    const source =
      main.getAttribute('data-source') ?? root.querySelector('[data-source]')?.getAttribute('data-source');
    for (const a of main.querySelectorAll('a[href]')) {
      const target = resolveInternal(a.getAttribute('href') ?? '', page.url);
      if (target === null || isSkipped(a, target.path, options.referencesPath)) continue;
      const targetRoot = roots.get(target.path);
      if (targetRoot === undefined) continue;
      const text = (a.getAttribute('aria-label') ?? a.textContent).trim();
      if (text === '') continue;
      const pageLevel = [...pageNames(targetRoot), ...(options.names?.get(target.path) ?? [])];
      // A link to an anchor names what is there; one to another page's anchor may name the page.
      const names =
        target.hash === ''
          ? pageLevel
          : [...anchorNames(targetRoot, target.hash), ...(target.path !== page.url ? pageLevel : [])];
      if (linkTextMatches(text, names)) continue;
      problems.push({
        url: page.url,
        source,
        message: `link text "${text}" does not match its target ${target.path}${target.hash ? `#${target.hash}` : ''} (${names.map((n) => `"${n}"`).join(', ') || 'no title'})`,
      });
    }
  }
  return problems;
}
