// Browser timings in headless Chromium (software WebGL): time to first frame and pan frame rate of
// the real app and of the bare sigma page, loaded interleaved (app, bare, app, bare…) so they share
// the machine's noise.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../browser/chromium.ts';
import { installPageProbe } from './page-probe.ts';

export const PAN_MS = 3000;
const VIEWPORT = { width: 1280, height: 800 };
// tsx keeps function names with an `__name` helper the page does not have: give it one.
const PROBE = `const __name = (fn) => fn;\n(${installPageProbe.toString()})();`;

export interface PageRun {
  /** 'bench:first-frame': the animation frame after the first WebGL draw, ms since navigation start */
  ttff: number;
  /** 'bench:first-draw': the first WebGL draw call */
  firstDraw: number;
  /** the page's own 'atlas:first-frame' mark, or NaN when it has none */
  pageMark: number;
  /** data/graph.json fully received */
  dataReceived: number;
  fps: number;
  frames: number;
  canvas: { width: number; height: number };
  /** Web Workers' lifetimes (end null: still running) */
  workers: { start: number; end: number | null }[];
  pan: { from: number; to: number };
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

/** A fresh context and page with the probe installed; page errors go to `errors`. */
export async function openContext(
  browser: Browser,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  // No service worker: its precaching (the whole graph, in the background) is not the app's drawing.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { context, page };
}

export async function waitForFirstFrame(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('bench:first-frame').length > 0, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  return page.evaluate(() => performance.getEntriesByName('bench:first-frame')[0]!.startTime);
}

const frames = (page: Page) => page.evaluate(() => window.__atlasFrames ?? 0);

/** A pan lasts at least PAN_MS and until MIN_FRAMES frames were drawn (large graphs draw ~1 per second), at most PAN_MAX_MS. */
const MIN_FRAMES = 8;
const PAN_MAX_MS = 20_000;

/** Starts recording, in the page, the time of every frame in which sigma drew (its afterRender counter moved). */
// A string, not a function: tsx would wrap the inner arrow in an `__name` helper the page does not have.
const WATCH_FRAMES = `(() => {
  window.__panTimes = [];
  window.__panStop = false;
  let last = window.__atlasFrames ?? 0;
  const tick = (time) => {
    if ((window.__atlasFrames ?? 0) !== last) {
      last = window.__atlasFrames ?? 0;
      window.__panTimes.push(time);
    }
    if (!window.__panStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const watchFrames = (page: Page) => page.evaluate(WATCH_FRAMES);
const frameTimes = (page: Page) => page.evaluate(() => (window as unknown as { __panTimes: number[] }).__panTimes);

/**
 * Drags the canvas in small circles; the frame rate is taken from the intervals between drawn frames
 * (first to last), not from frames counted in a fixed window, which at ~1 fps is off by up to a frame
 * in three (a 3-frame window against a 4-frame one reads 0.75×).
 */
export async function pan(page: Page) {
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.waitForTimeout(300);
  await page.mouse.down();
  await watchFrames(page);
  const before = await frames(page);
  const from = await page.evaluate(() => performance.now());
  const start = performance.now();
  for (let step = 1; ; step++) {
    const elapsed = performance.now() - start;
    if (elapsed > PAN_MAX_MS) break;
    if (elapsed > PAN_MS && step % 4 === 0 && (await frameTimes(page)).length >= MIN_FRAMES) break;
    const angle = step * 0.15;
    await page.mouse.move(cx + Math.cos(angle) * 60, cy + Math.sin(angle) * 60);
  }
  const rendered = (await frames(page)) - before;
  const seconds = (performance.now() - start) / 1000;
  const times = await frameTimes(page);
  await page.evaluate(() => ((window as unknown as { __panStop: boolean }).__panStop = true));
  await page.mouse.up();
  const canvas = { width: Math.round(box.width), height: Math.round(box.height) };
  const span = times.length >= 3 ? times[times.length - 1]! - times[0]! : 0;
  const fps = span > 0 ? ((times.length - 1) * 1000) / span : rendered / seconds;
  return { fps, frames: rendered, from, to: from + seconds * 1000, canvas };
}

async function loadAndPan(browser: Browser, url: string, timeoutMs: number, errors: string[]): Promise<PageRun> {
  const { context, page } = await openContext(browser, errors);
  try {
    await page.goto(url);
    const ttff = await waitForFirstFrame(page, timeoutMs);
    await page.waitForTimeout(1000);
    const panned = await pan(page);
    const facts = await page.evaluate(() => ({
      firstDraw: performance.getEntriesByName('bench:first-draw')[0]?.startTime ?? NaN,
      pageMark: performance.getEntriesByName('atlas:first-frame')[0]?.startTime ?? NaN,
      dataReceived:
        (
          performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('data/graph.json')) as
            PerformanceResourceTiming | undefined
        )?.responseEnd ?? NaN,
      workers: window.__benchWorkers ?? [],
      mode: document.querySelector<HTMLElement>('[data-testid="renderer-status"]')?.dataset.mode,
    }));
    const { mode, ...rest } = facts;
    return {
      ttff,
      ...rest,
      fps: panned.fps,
      frames: panned.frames,
      canvas: panned.canvas,
      pan: { from: panned.from, to: panned.to },
      note: mode ? `renders: ${mode}` : '',
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${value.toFixed(0)}`;
export const describeRun = (r: PageRun) =>
  `data ${ms(r.dataReceived)}, first draw ${ms(r.firstDraw)}, on screen ${ms(r.ttff)} (own mark ${ms(r.pageMark)}); ` +
  `pan ${r.fps.toFixed(1)} fps` +
  r.workers.map((w) => `, worker ${ms(w.start)}–${w.end === null ? 'running' : ms(w.end)}`).join('');

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
    progress(`  load ${i + 1}/${loads} app:  ${describeRun(app)}`);
    progress(`  load ${i + 1}/${loads} bare: ${describeRun(bare)}`);
  }
  return result;
}
