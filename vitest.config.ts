import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    // Room for a loaded two-core machine: with both cores busy elsewhere, building a Word document
    // and reading it back took 4.4 s in one test, and exports and imports now start a worker thread
    // each. Tests that start LibreOffice, a process or a server get longer (SLOW in tests/unit/helpers).
    testTimeout: 30_000,
  },
});
