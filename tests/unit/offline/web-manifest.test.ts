import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, THEME_COLORS, webManifest } from '../../../src/lib/offline/web-manifest.ts';
import { SITE_NAME } from '../../../src/lib/site.ts';

const root = new URL('../../../', import.meta.url);

/** The width and height of a PNG file, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('webManifest', () => {
  const manifest = webManifest();

  it('names the site in Chinese and starts at home, standalone', () => {
    expect(manifest).toMatchObject({
      name: SITE_NAME,
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect([...manifest.short_name].length).toBeLessThanOrEqual(12);
  });

  it('has 192 and 512 px icons for any purpose and maskable, and the files are those sizes', () => {
    for (const purpose of ['any', 'maskable']) {
      expect(manifest.icons.filter((i) => i.purpose === purpose).map((i) => i.sizes)).toEqual([
        '192x192',
        '512x512',
      ]);
    }
    for (const icon of APP_ICONS) {
      const bytes = readFileSync(new URL(`public/icons/${icon.name}`, root));
      expect(pngSize(bytes), icon.name).toEqual([icon.size, icon.size]);
    }
  });

  it('uses the page background of the design tokens (tokens.css) for the light and dark theme colours', () => {
    const css = readFileSync(new URL('src/styles/tokens.css', root), 'utf8');
    const bg = /--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
    expect(bg?.slice(1, 3)).toEqual([THEME_COLORS.light, THEME_COLORS.dark]);
    expect(manifest.background_color).toBe(THEME_COLORS.light);
  });
});
