import { defineConfig } from 'vitest/config';

// Two projects, chosen by folder so new test files need no edits here (README, "Tests"):
// end-to-end tests start processes, servers, databases or the local Discord; everything else is a unit
// test that runs in-process. `npm run test:unit` stays fast; `npm test` runs both.
const END_TO_END = [
  'tests/e2e/**/*.test.ts',
  'tests/store/**/*.test.ts',
  'tests/support-selftest/**/*.test.ts',
];

export default defineConfig({
  test: {
    // Inherited by both projects (`extends: true`).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: END_TO_END } },
      {
        extends: true,
        // Builds dist/ once before the first file: the bot's entry points run compiled, as npm starts them.
        test: { name: 'e2e', include: END_TO_END, globalSetup: ['tests/e2e/support/build-dist.ts'] },
      },
    ],
  },
});
