// Two projects: fast unit tests in Node, and e2e tests against one built copy of the site.
import { defineConfig } from 'vitest/config';
import { sourceCondition } from './package-conditions.ts';

// Tests import the libraries by package name and run their TypeScript sources.
const plugins = [sourceCondition()];

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/packages/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        // The packages as readers install them: packed, installed into a fresh project, run.
        test: {
          name: 'packages',
          include: ['tests/packages/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        plugins,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium-heavy file at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
