/**
 * The web app manifest (served as `/manifest.webmanifest` by pages/manifest.webmanifest.ts) and
 * the theme colours the pages' `<meta name="theme-color">` use. Pure.
 */
import { SITE_NAME, url } from '../site.ts';

/** The page background in each colour scheme: `--bg` in src/styles/tokens.css (a build test compares them). */
export const THEME_COLORS = { light: '#ffffff', dark: '#111418' } as const;

/** The icons tools/make-icons.ts writes into public/icons/ (name, size in px, purpose). */
export const APP_ICONS = [
  { name: 'icon-192.png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', size: 512, purpose: 'any' },
  { name: 'maskable-192.png', size: 192, purpose: 'maskable' },
  { name: 'maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** iOS's home-screen icon (it reads no manifest icons): 180 px, opaque, full bleed. */
export const APPLE_TOUCH_ICON = { name: 'apple-touch-icon.png', size: 180 } as const;

/** Short name under the icon on a home screen (a launcher shows about 12 characters). */
export const SHORT_NAME = 'AI 职业指南';

/** The manifest's fields (https://www.w3.org/TR/appmanifest/). */
export function webManifest() {
  return {
    id: url.home(),
    name: SITE_NAME,
    short_name: SHORT_NAME,
    description:
      '数据中心与 AI 大模型相关职业的学习与发展指南：文章、职业路径、常见问题、参考文献和可在浏览器里运行的演示，离线也能阅读。',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: url.home(),
    scope: url.home(),
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    categories: ['education', 'books'],
    icons: APP_ICONS.map((icon) => ({
      src: url.icon(icon.name),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
