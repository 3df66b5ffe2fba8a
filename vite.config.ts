/// <reference types="vitest/config" />
// Vite builds the explorer; Vitest runs unit, component and data tests (browser tests are
// driven separately by tests/browser/run.mjs against the production build).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [react()],
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
  },
});
