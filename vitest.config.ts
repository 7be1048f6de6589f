import { defineConfig } from 'vitest/config';
import { APP_READY_MS } from './tools/timeouts.ts';

/**
 * A browser test makes several waits of up to APP_READY_MS each (page, ORT or Pagefind
 * starting, results), and its file's first test also pays for starting Chromium (and building
 * the site when `.tmp/site` is missing): the limits leave room for that on a busy machine.
 */
const E2E_TEST_MS = 5 * APP_READY_MS;
/** A fixture build of the site; on a busy 2-core machine the real site takes several minutes. */
const BUILD_MS = 10 * 60_000;
/**
 * Unit tests are pure computation, but some train the network several times (1,000 epochs
 * each) or start onnxruntime-web in Node: Vitest's 5 s default failed for them on a 2-core
 * machine running other work beside the suite.
 */
const UNIT_TEST_MS = APP_READY_MS;

/**
 * Three projects, run in this order by `npm test`:
 * - unit: pure logic (schemas, citations, model math, island logic). Fast, no build.
 * - build: checks on the built site in `dist/` and content-error fixture builds.
 * - e2e: real Chromium (playwright-core) against `dist/` served on 127.0.0.1.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: UNIT_TEST_MS,
          hookTimeout: UNIT_TEST_MS,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: BUILD_MS,
          hookTimeout: BUILD_MS,
          // The real site is built once, before the files start. One file at a time: the fixture
          // builds are CPU-bound, and two side by side took as long as one after the other.
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: E2E_TEST_MS,
          hookTimeout: BUILD_MS,
          // The site is built once, before the files start. One file at a time: Chromium keeps
          // both cores busy, and two files side by side each took twice as long (measured:
          // 1,955 s of file time in 1,012 s against 1,058 s one after the other).
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
