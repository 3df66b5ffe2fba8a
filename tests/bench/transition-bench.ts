// Frame rate during a step transition: the app moving to a new view (a tour step on the real graph,
// a link's node on synthetic graphs: both apply a view and frame it) against a bare sigma camera
// animation of the same length on the same graph, in the same run.
import type { Browser, Page } from 'playwright-core';
import { openContext, waitForFirstFrame } from './browser-bench.ts';

/** How long each transition is watched (the camera animates for 500 ms). */
const WINDOW_MS = 700;

const frames = (page: Page) => page.evaluate(() => window.__atlasFrames ?? 0);

async function watch(page: Page, trigger: () => Promise<void>): Promise<number> {
  await page.waitForTimeout(800);
  const before = await frames(page);
  const start = performance.now();
  await trigger();
  await page.waitForTimeout(WINDOW_MS);
  return ((await frames(page)) - before) / ((performance.now() - start) / 1000);
}

/** The app: `steps` transitions, by the tour's next key or by a link's node (popstate). */
export async function appTransitions(browser: Browser, url: string, steps: number, errors: string[]) {
  const { context, page } = await openContext(browser, errors);
  try {
    await page.goto(url);
    await waitForFirstFrame(page, 150_000);
    const touring = url.includes('tour=');
    const keys = touring ? [] : await page.evaluate(() => window.__atlasProbe!.nodes().map((n) => n.key));
    const fps: number[] = [];
    for (let i = 0; i < steps; i++)
      fps.push(
        await watch(page, async () => {
          if (touring) await page.keyboard.press('ArrowRight');
          else
            await page.evaluate(
              (key) => {
                history.pushState(null, '', `?program=fast&node=${encodeURIComponent(key)}`);
                dispatchEvent(new PopStateEvent('popstate'));
              },
              keys[Math.floor(((i + 1) * keys.length) / (steps + 1))]!,
            );
        }),
      );
    return fps;
  } finally {
    await context.close();
  }
}

/** The bare page: the same number of camera animations of 500 ms. */
export async function bareTransitions(browser: Browser, url: string, steps: number, errors: string[]) {
  const { context, page } = await openContext(browser, errors);
  try {
    await page.goto(url);
    await waitForFirstFrame(page, 150_000);
    const fps: number[] = [];
    for (let i = 0; i < steps; i++)
      fps.push(
        await watch(page, () =>
          page.evaluate((t) => window.__benchAnimate?.({ x: 0.2 + 0.6 * t, y: 0.8 - 0.6 * t, ratio: 0.3 }), i / steps),
        ),
      );
    return fps;
  } finally {
    await context.close();
  }
}
