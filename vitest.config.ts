import { defineConfig } from 'vitest/config';

// Tests of pure logic need no server: they run without the stack's global setup.
const PURE = [
  'test/workflows/core/**/*.test.ts',
  'test/workflows/mail-due.test.ts',
  'test/mdf/outcome-kpis.test.ts',
  'test/mdf/request-stages.test.ts',
  'test/api/errors.test.ts',
  'test/api/refusals.test.ts',
  'test/api/health.test.ts',
  'test/presentation/**/*.test.ts',
  'test/joint/board.test.ts',
  'test/api/cycle-time-waits.test.ts',
  'test/console/template-lines.test.ts',
  'test/console/template-completion.test.ts',
];

export default defineConfig({
  test: {
    // Workers load Temporal's native module, which wants a process of its own.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // CEL's time accessors read the process's time zone; workers and replays must agree.
    env: { TZ: 'UTC' },
    projects: [
      // No native module here, so threads, which start faster than forks.
      { extends: true, test: { name: 'pure', include: PURE, pool: 'threads' } },
      { extends: true, test: { name: 'stack', include: ['test/**/*.test.ts'], exclude: PURE, globalSetup: ['test/support/global-setup.ts'] } },
    ],
  },
});
