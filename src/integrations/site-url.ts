import type { AstroIntegration } from 'astro';

/**
 * Says loudly, at the start of a build, when no public URL is configured (`$SITE_URL`): such a
 * build leaves out canonical links, `og:url`/`og:image`, the sitemap and robots.txt's `Sitemap:`
 * line instead of writing a made-up origin into them. Fine for a local preview; a deployment
 * build sets `SITE_URL=https://example.org npm run build`.
 */
export function siteUrlWarning(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (site !== undefined) {
          logger.info(`public URL: ${site}`);
          return;
        }
        logger.warn(
          [
            '',
            '!!! SITE_URL is not set: this build is for local use, not for deployment.',
            '!!! Left out: canonical links, og:url and og:image, the sitemap, and the Sitemap line of robots.txt.',
            '!!! To deploy, build with the public URL: SITE_URL=https://example.org npm run build',
          ].join('\n'),
        );
      },
    },
  };
}
