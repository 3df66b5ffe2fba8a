// The map in the browser (headless Chromium, software WebGL, the production app with ?program=fast): the
// frame rate of the layout switch (network → map and back, ~600 ms each), and a pan on the map against a
// pan on the network view on the same page, so the map's per-frame cost shows as the difference.
import type { Browser, Page } from 'playwright-core';
import { openContext, pan, waitForFirstFrame } from './browser-bench.ts';
import type { Row } from './results.ts';

const frames = (page: Page) => page.evaluate(() => window.__atlasFrames ?? 0);
const basemapAt = (page: Page, opacity: string, timeout: number) =>
  page.waitForFunction(
    (wanted) => (document.querySelector('canvas.sigma-basemap') as HTMLElement | null)?.style.opacity === wanted,
    opacity,
    { timeout, polling: 'raf' },
  );

/** Clicks a layout button and counts sigma's frames until the switch has ended. */
async function timeSwitch(page: Page, to: 'Map' | 'Network', timeout: number) {
  const before = await frames(page);
  const start = performance.now();
  await page.getByRole('button', { name: to }).click();
  await basemapAt(page, to === 'Map' ? '1' : '0', timeout);
  const ms = performance.now() - start;
  const count = (await frames(page)) - before;
  return { fps: (count / ms) * 1000, count, ms };
}

export async function benchMapBrowser(browser: Browser, url: string, size: string, log: (row: Row) => void) {
  const errors: string[] = [];
  const { context, page } = await openContext(browser, errors);
  const timeout = 150_000;
  try {
    await page.goto(url);
    await waitForFirstFrame(page, timeout);
    await page.waitForTimeout(500);
    const network = await pan(page);
    const first = await timeSwitch(page, 'Map', timeout);
    const note = (s: { count: number; ms: number }) => `${s.count} frames in ${s.ms.toFixed(0)} ms`;
    log({ size, measure: 'map: first switch to map (loads the map)', value: first.ms, unit: 'ms', note: note(first) });
    const back = await timeSwitch(page, 'Network', timeout);
    log({ size, measure: 'map: switch animation to network', value: back.fps, unit: 'fps', note: note(back) });
    const again = await timeSwitch(page, 'Map', timeout);
    log({ size, measure: 'map: switch animation to map', value: again.fps, unit: 'fps', note: note(again) });
    await page.waitForTimeout(500);
    const map = await pan(page);
    log({ size, measure: 'pan: network view', value: network.fps, unit: 'fps' });
    log({ size, measure: 'pan: map view (basemap + arcs)', value: map.fps, unit: 'fps' });
    const cost = 1000 / map.fps - 1000 / network.fps;
    log({ size, measure: 'map: added cost per pan frame', value: cost, unit: 'ms', note: 'frame time map − network' });
    for (const error of new Set(errors)) console.log(`  page error: ${error}`);
  } finally {
    await context.close();
  }
}
