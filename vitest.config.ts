import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    // Room for a loaded two-core machine: with both cores busy elsewhere, building a Word document
    // and reading it back with mammoth took 4.4 s in one test, close to vitest's 5 s default. Tests
    // that start LibreOffice, a process or a server say so and get longer (SLOW in tests/unit/helpers).
    testTimeout: 30_000,
  },
});
