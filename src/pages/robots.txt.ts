import type { APIRoute } from 'astro';
import { url } from '../lib/site.ts';

/**
 * robots.txt: everything may be crawled. Names the sitemap only when the public URL is known
 * (`SITE_URL`): the Sitemap line must be absolute, and without it no sitemap is written.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site !== undefined) lines.push('', `Sitemap: ${new URL(url.sitemap(), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
