import { defineConfig } from 'vitest/config';

// unit: pure code, no database (npm run check). int: the real application on a real database, PGlite by
// default and PostgreSQL when TEST_DATABASE_URL is set. npm test runs both.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: process.env.TZ ?? 'Asia/Ho_Chi_Minh' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['apps/*/src/**/*.int.test.ts'],
          // After the unit project, and with its own worker limit.
          sequence: { groupOrder: 1 },
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          // Each file opens its own embedded database (a worker thread of ~150 MB); two at a time fit 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
