// Browser timings in headless Chromium (software WebGL): time to first frame and pan frame rate of
// the real app and of the bare sigma page, loaded interleaved (app, bare, app, bare…) so they share
// the machine's noise.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../browser/chromium.ts';

export const PAN_MS = 3000;
const VIEWPORT = { width: 1280, height: 800 };

export interface PageRun {
  /** 'atlas:first-frame' mark, ms since navigation start */
  ttff: number;
  /** data/graph.json fully received, ms since navigation start */
  dataReceived: number;
  fps: number;
  frames: number;
  canvas: { width: number; height: number };
  note: string;
}

export interface Comparison {
  app: PageRun[];
  bare: PageRun[];
  errors: string[];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

const frames = (page: Page) => page.evaluate(() => window.__atlasFrames ?? 0);

/** Drags the canvas in small circles for PAN_MS and returns sigma renders per second. */
async function pan(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.waitForTimeout(300);
  await page.mouse.down();
  const before = await frames(page);
  const start = performance.now();
  for (let step = 1; performance.now() - start < PAN_MS; step++) {
    const angle = step * 0.15;
    await page.mouse.move(cx + Math.cos(angle) * 60, cy + Math.sin(angle) * 60);
  }
  const rendered = (await frames(page)) - before;
  const seconds = (performance.now() - start) / 1000;
  await page.mouse.up();
  return { fps: rendered / seconds, frames: rendered };
}

async function loadAndPan(browser: Browser, url: string, timeoutMs: number, errors: string[]): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-frame').length > 0, undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    const { ttff, dataReceived, text } = await page.evaluate(() => ({
      ttff: performance.getEntriesByName('atlas:first-frame')[0]!.startTime,
      dataReceived:
        (
          performance
            .getEntriesByType('resource')
            .find((entry) => entry.name.endsWith('data/graph.json')) as PerformanceResourceTiming | undefined
        )?.responseEnd ?? NaN,
      text: document.body.innerText,
    }));
    const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    await page.waitForTimeout(1000);
    const { fps, frames: count } = await pan(page, box);
    const mode = /Rendering: ([^—\n]*)/.exec(text)?.[1]?.trim();
    return {
      ttff,
      dataReceived,
      fps,
      frames: count,
      canvas: { width: Math.round(box.width), height: Math.round(box.height) },
      note: mode ? `app renders: ${mode}` : '',
    };
  } finally {
    await context.close();
  }
}

/** `loads` interleaved page loads of the app and the bare page, each followed by a pan. */
export async function compareAppAndBare(
  browser: Browser,
  urls: { app: string; bare: string },
  loads: number,
  timeoutMs: number,
  progress: (line: string) => void,
): Promise<Comparison> {
  const result: Comparison = { app: [], bare: [], errors: [] };
  for (let i = 0; i < loads; i++) {
    const app = await loadAndPan(browser, urls.app, timeoutMs, result.errors);
    result.app.push(app);
    // The bare canvas takes the app's canvas size, so both fill the same number of pixels.
    const size = result.app[0]!.canvas;
    const bare = await loadAndPan(browser, `${urls.bare}?w=${size.width}&h=${size.height}`, timeoutMs, result.errors);
    result.bare.push(bare);
    const show = (r: PageRun) => `first frame ${r.ttff.toFixed(0)} ms (data ${r.dataReceived.toFixed(0)}), ${r.fps.toFixed(1)} fps`;
    progress(`  load ${i + 1}/${loads}: app ${show(app)} | bare ${show(bare)}`);
  }
  return result;
}
