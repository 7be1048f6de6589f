import { describe, expect, it } from 'vitest';
import { tooLargeOrThrow } from '../../../src/integrations/service-worker.ts';

// Workbox's own wording (workbox-build's maximumFileSizeToCacheInBytes check).
const tooLarge = (file: string) =>
  `${file} is 4.88 MB, and won't be precached. Configure maximumFileSizeToCacheInBytes to change this limit.`;

describe('tooLargeOrThrow', () => {
  it('returns the files too large to precache, so the build can say so and go on', () => {
    const warnings = [tooLarge('careers/index.html'), tooLarge('references/index.html')];
    expect(tooLargeOrThrow(warnings, 'service worker')).toEqual(warnings);
    expect(tooLargeOrThrow([], 'service worker')).toEqual([]);
  });

  it('stops the build on any other warning, naming it', () => {
    expect(() =>
      tooLargeOrThrow(
        [tooLarge('a/index.html'), 'The glob pattern x did not match any files.'],
        'service worker',
      ),
    ).toThrow(/^service worker: The glob pattern x did not match any files\.$/);
  });
});
