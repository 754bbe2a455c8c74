import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one fork per core keeps SQLite and the packaging test from starving each other.
    pool: 'forks',
    maxWorkers: 2,
  },
});
