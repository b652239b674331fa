import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each server test file gets its own database copy; two cores, so two files at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/*/src/**/*.test.ts'],
        },
      },
      {
        // Pure web helpers (paste parsing, renumbering); components are covered by e2e/.
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts'],
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          // One clock: tests run on a fixed instant, never on the real date (test-clock.ts).
          setupFiles: ['apps/server/src/test/clock-setup.ts'],
          testTimeout: 30_000,
          // A suite's setup migrates and seeds a database (PGlite in-process): ~5 s on a quiet
          // machine, over a minute on a shared busy one. A time-out there proves nothing, so
          // the limit is generous; PAPI_TEST_HOOK_TIMEOUT_MS can raise it further.
          hookTimeout: Number(process.env.PAPI_TEST_HOOK_TIMEOUT_MS ?? 180_000),
        },
      },
    ],
  },
});
