// Shared set-up for browser tests: serves the production build (dist/) with Vite's preview server,
// launches headless Chromium through playwright-core (a fresh temporary profile each launch), and records every request a page makes.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';

export interface Harness {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
  /** Errors recorded by each page opened since the last check (see sharedHarness's afterEach). */
  pageErrors: { path: string; errors: string[] }[];
}

/**
 * Starts one harness for the file's tests and closes it after them; call at the top of a test file.
 * After each test it fails the test if any page it opened recorded an uncaught exception or a
 * failing console message, so no browser test passes over an error.
 */
export function sharedHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(() => {
    const opened = harness?.pageErrors.splice(0) ?? [];
    const failed = opened.filter((page) => page.errors.length > 0);
    if (failed.length > 0)
      throw new Error(
        'browser errors during the test:\n' +
          failed.map((page) => `  ${page.path || '/'}:\n    ${listErrors(page.errors)}`).join('\n'),
      );
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('browser tests: the harness did not start (see the beforeAll error above)');
    return harness;
  };
}

/** Up to ten errors, each cut to 300 characters, and how many more there were. */
function listErrors(errors: string[]): string {
  const shown = errors.slice(0, 10).map((error) => (error.length > 300 ? `${error.slice(0, 300)}…` : error));
  if (errors.length > 10) shown.push(`… and ${errors.length - 10} more`);
  return shown.join('\n    ');
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
    pageErrors: [],
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageOptions {
  /** CSS pixel size of the viewport; 1280×800 unless given. */
  viewport?: { width: number; height: number };
}

/** Console messages that fail a test: every error, and warnings from sigma ("Sigma: …"). */
export function isFailingConsoleMessage(type: string, text: string): boolean {
  return type === 'error' || (type === 'warning' && text.startsWith('Sigma'));
}

/**
 * Opens a page that records every request URL; `foreign()` lists those to another origin. `errors`
 * collects uncaught exceptions and failing console messages (see isFailingConsoleMessage), each
 * prefixed with where it came from; a test asserts it is empty at its end.
 */
export async function openPage(harness: Harness, path = '', options: PageOptions = {}) {
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const context = await harness.browser.newContext({ viewport });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  harness.pageErrors.push({ path, errors });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (isFailingConsoleMessage(message.type(), message.text()))
      errors.push(`console.${message.type()}: ${message.text()}`);
  });
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
