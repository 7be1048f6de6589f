/**
 * `/manifest.webmanifest`: the web app manifest that makes the site installable (name, icons,
 * colours, start URL; src/lib/offline/web-manifest.ts). `_headers` gives it its media type.
 */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/web-manifest.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webManifest(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
