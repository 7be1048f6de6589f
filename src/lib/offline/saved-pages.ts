/**
 * The list of saved pages on the offline page. When the reader opens a page that is not saved
 * and there is no network, the service worker answers with the precached offline page
 * (pages/offline.astro) and puts this list where `SAVED_PAGES_MARK` is: every page it has a
 * copy of, by section, titled as the page itself is. Pure: no DOM, no Cache API.
 */
import { SITE_NAME, sectionOfPath, sections, url } from '../site.ts';

/** Where the list goes in the offline page's HTML (a comment, invisible until replaced). */
export const SAVED_PAGES_MARK = '<!--dc-saved-pages-->';

/** A page the worker has a copy of. */
export interface SavedPage {
  /** URL path, e.g. `/faq/what-is-pue/`. */
  path: string;
  /** Its title without the site name; the path when the page has none. */
  title: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `text` with HTML's special characters escaped, for element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The title of a page from the start of its HTML (the head is enough): the text of `<title>`,
 * entities decoded, without the ` | site name` every page but home appends. Undefined when the
 * text has no complete `<title>`.
 */
export function pageTitle(html: string): string | undefined {
  const match = /<title(?:\s[^>]*)?>([^<]*)<\/title>/i.exec(html);
  if (!match) return undefined;
  const title = decodeEntities(match[1] ?? '').trim();
  const suffix = ` | ${SITE_NAME}`;
  const bare = title.endsWith(suffix) ? title.slice(0, -suffix.length).trim() : title;
  return bare === '' ? undefined : bare;
}

function isSectionIndex(path: string): boolean {
  return sections.some((s) => s.path === path);
}

/** The pages in groups: home first, then the sections in navigation order, then any other page. */
export function groupSavedPages(pages: readonly SavedPage[]): { label: string; pages: SavedPage[] }[] {
  const order = (page: SavedPage) => {
    if (page.path === url.home()) return -1;
    const section = sectionOfPath(page.path);
    return section === undefined ? sections.length : sections.indexOf(section as (typeof sections)[number]);
  };
  const groups = new Map<number, SavedPage[]>();
  for (const page of pages) {
    const key = order(page);
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, group]) => ({
      label: key === -1 ? '首页' : key < sections.length ? (sections[key]?.label ?? '其他') : '其他',
      // A section's own index page first, then by title.
      pages: [...group].sort(
        (a, b) =>
          Number(isSectionIndex(b.path)) - Number(isSectionIndex(a.path)) ||
          a.title.localeCompare(b.title, 'zh-CN') ||
          a.path.localeCompare(b.path),
      ),
    }));
}

/**
 * The HTML put in place of `SAVED_PAGES_MARK`: which address could not be opened (with a link
 * to try it again), then the saved pages by section, or a sentence saying there are none yet;
 * `searchSaved` when the search index is saved too (search then works offline).
 */
export function renderSavedPages(
  pages: readonly SavedPage[],
  requestedPath: string,
  { searchSaved = false }: { searchSaved?: boolean } = {},
): string {
  let shown = requestedPath;
  try {
    shown = decodeURI(requestedPath);
  } catch {
    /* a malformed escape: show it as it came */
  }
  const retry =
    `<p class="offline-requested">没能打开：<a href="${escapeHtml(requestedPath)}">${escapeHtml(shown)}</a>` +
    `（联网后点这个链接重试）</p>`;
  if (pages.length === 0) {
    return `${retry}<p class="offline-none">这台设备上还没有保存任何页面。联网打开本站一次后，页面会自动保存，之后离线也能阅读。</p>`;
  }
  const groups = groupSavedPages(pages)
    .map(
      (group) =>
        `<section class="offline-group"><h2>${escapeHtml(group.label)}</h2><ul>` +
        group.pages
          .map((p) => `<li><a href="${escapeHtml(p.path)}">${escapeHtml(p.title)}</a></li>`)
          .join('') +
        `</ul></section>`,
    )
    .join('');
  const search = searchSaved ? '站内搜索也能离线使用。' : '';
  return `${retry}<p class="offline-count">下面 ${pages.length} 个页面已保存在这台设备上，现在就能打开。${search}</p>${groups}`;
}
