/**
 * Draws the app icons of the web app manifest (src/lib/offline/web-manifest.ts) and writes them
 * as PNG files into public/icons/, by screenshotting the SVG below in Chromium (playwright-core,
 * Debian's /usr/bin/chromium or $CHROME_PATH). Run it after changing the drawing, and commit the
 * PNG files: the build only copies them.
 *
 *   node_modules/.bin/node tools/make-icons.ts
 *
 * The drawing is the article's network, 2 inputs → 3 hidden → 1 output (Dense(3) → Dense(1)), in
 * white on the site's accent blue. `any` icons have rounded corners on a transparent ground;
 * `maskable` ones fill the square and keep the drawing inside the central circle of 40% radius
 * that every launcher's mask leaves visible; iOS's icon is a full square it rounds itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { APPLE_TOUCH_ICON, APP_ICONS } from '../src/lib/offline/web-manifest.ts';

/** The site's accent (`--accent` in light mode, src/styles/tokens.css) and the favicon's blue. */
const BLUE = '#0b5cad';

/** Node centres of the 2-3-1 network on a 512 × 512 canvas. */
const LAYERS = [
  [
    [140, 196],
    [140, 316],
  ],
  [
    [256, 136],
    [256, 256],
    [256, 376],
  ],
  [[372, 256]],
] as const;

/** The network: every edge between adjacent layers, then the nodes on top. */
function network(): string {
  const edges: string[] = [];
  for (let l = 0; l + 1 < LAYERS.length; l++) {
    for (const [x1, y1] of LAYERS[l] ?? []) {
      for (const [x2, y2] of LAYERS[l + 1] ?? []) {
        edges.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`);
      }
    }
  }
  const nodes = LAYERS.flat().map(([x, y]) => `<circle cx="${x}" cy="${y}" r="30"/>`);
  return (
    `<g stroke="#fff" stroke-opacity="0.8" stroke-width="12" stroke-linecap="round">${edges.join('')}</g>` +
    `<g fill="#fff">${nodes.join('')}</g>`
  );
}

/**
 * The icon as SVG: `rounded` corners (transparent outside) or a full square; the drawing scaled
 * by `scale` about the centre (the network reaches 209 px from it, so 0.8 keeps it inside a
 * maskable icon's 205 px safe circle).
 */
export function iconSvg({ rounded, scale }: { rounded: boolean; scale: number }): string {
  const offset = 256 * (1 - scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="${BLUE}"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${network()}</g></svg>`
  );
}

const OUT = join(import.meta.dirname, '..', 'public', 'icons');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const icons = [
      ...APP_ICONS.map((icon) => ({
        ...icon,
        svg:
          icon.purpose === 'maskable'
            ? iconSvg({ rounded: false, scale: 0.8 })
            : iconSvg({ rounded: true, scale: 1 }),
      })),
      { ...APPLE_TOUCH_ICON, svg: iconSvg({ rounded: false, scale: 0.9 }) },
    ];
    for (const icon of icons) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: icon.size, height: icon.size },
      });
      writeFileSync(join(OUT, icon.name), png);
      process.stdout.write(`public/icons/${icon.name}: ${icon.size}×${icon.size}, ${png.length} bytes\n`);
    }
  } finally {
    await browser.close();
  }
}

await main();
