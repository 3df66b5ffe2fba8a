/// <reference types="vitest/config" />
// Vite builds the explorer; Vitest runs unit, component and data tests (browser tests are
// driven separately by tests/browser/run.mjs against the production build).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The production page may load and connect only to its own origin (expo kiosks have no network). */
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'";
const contentSecurityPolicy = (): Plugin => ({
  name: 'atlas-content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1024 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Some tests run ESLint or the pipeline in a child process: seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // In CI, a JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
});
