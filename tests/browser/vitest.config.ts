// Browser (end-to-end) tests: real headless Chromium against the production build in dist/.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/browser/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/browser.json' }]] : ['default'],
  },
});
