import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    // Sized for a 2-core machine busy with other suites: exports and imports start a worker thread
    // each (about 0.3 s from the TypeScript sources, several times that under load).
    testTimeout: 30_000,
  },
});
