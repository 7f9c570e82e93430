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
    // Vitest's default on 2 cores is one file at a time, but an end-to-end file spends most of its time
    // waiting on child processes, sockets and Discord's fixed delays: three at once keep both cores busy
    // (more starve the bots of CPU on a 2-core machine, and their start-up bounds fail).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // Unit files share their workers' loaded modules (discord.js, the lexicon…) instead of each
        // importing them again; they restore what they change (process.env, spies, globals).
        // They run first, as a group of their own: the longest (the eval gate, about 15 s of one core)
        // then starts at once instead of last, when nothing else is left to keep the other core busy.
        // Worker threads rather than child processes: about 8% less CPU for the same files (measured
        // 2026-12-07). A thread has its own copy of process.env; none of these files calls
        // process.chdir, which a thread may not.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: END_TO_END,
          pool: 'threads',
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: END_TO_END,
          // Builds dist/ once before the first file (the bot's entry points run compiled, as npm starts
          // them) and starts the run's PostgreSQL cluster.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // These files too share their workers' loaded modules (discord.js, the compiled content…):
          // each closes the bots, servers and processes it starts, and what a support module keeps
          // for one file (its data folder) is removed by this setup file when the file ends.
          isolate: false,
          setupFiles: ['tests/e2e/support/per-file-cleanup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
