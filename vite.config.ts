/// <reference types="vitest/config" />
// Vite builds the explorer; Vitest runs unit, component and data tests (browser tests are
// driven separately by tests/browser/run.mjs against the production build).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * The service worker (Workbox, generateSW, its runtime bundled beside it: nothing from a CDN) precaches
 * the built app, data/graph.json and data/sources/*, so that a kiosk keeps working with no network
 * after its first load. config.json is left out of the precache and fetched network-first, so that an
 * address set on the kiosk after the build is read (and kept for when the network is gone).
 */
const offline = () =>
  VitePWA({
    injectRegister: 'script',
    registerType: 'autoUpdate',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,txt,svg,png,ico,woff2}'],
      globIgnores: ['config.json', '**/*.map'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/config\.json$/],
      cleanupOutdatedCaches: true,
      // The first page is taken over at once, so that what it fetches later is kept too.
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/config.json'),
          handler: 'NetworkFirst',
          options: { cacheName: 'atlas-config', networkTimeoutSeconds: 3 },
        },
      ],
    },
  });

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [react(), contentSecurityPolicy(), offline()],
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
