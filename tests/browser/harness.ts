// Shared set-up for browser tests: serves the production build (dist/) with Vite's preview server,
// launches headless Chromium through playwright-core (a fresh temporary profile each launch), and records every request a page makes.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';

export interface Harness {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Starts one harness for the file's tests and closes it after them; call at the top of a test file. */
export function sharedHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('browser tests: the harness did not start (see the beforeAll error above)');
    return harness;
  };
}

export async function startHarness(): Promise<Harness> {
  const executablePath = ensureChromium();
  const server: PreviewServer = await preview({
    root: 'src',
    build: { outDir: '../dist' },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('browser tests: preview server has no port');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a page that records every request URL; `foreign()` lists those to another origin. */
export async function openPage(harness: Harness, path = '') {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.baseUrl + path);
  const origin = new URL(harness.baseUrl).origin;
  const foreign = () =>
    requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  return { page, requests, errors, foreign, close: () => context.close() };
}

/** Screenshots the graph canvas and counts pixels that differ clearly from its background. */
export async function countDrawnPixels(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('[data-testid="graph-canvas"]').screenshot());
  const [r0, g0, b0] = [png.data[0]!, png.data[1]!, png.data[2]!];
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.abs(png.data[i]! - r0) + Math.abs(png.data[i + 1]! - g0) + Math.abs(png.data[i + 2]! - b0) > 40) drawn++;
  return drawn;
}

/** Whether the canvas container holds a live WebGL context (sigma's layers). */
export async function hasWebGL(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="graph-canvas"] canvas')].some(
      (canvas) => (canvas as HTMLCanvasElement).getContext('webgl2') !== null,
    ),
  );
}
