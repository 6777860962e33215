import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Workers load Temporal's native module, which wants a process of its own.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // CEL's time accessors read the process's time zone; workers and replays must agree.
    env: { TZ: 'UTC' },
  },
});
