// Expo mode in Chromium: a tour played by the presenter's keys and by autoplay, with the step's nodes
// checked on the canvas pixels at each step; the kiosk's idle → attract loop → touch → start; 500
// accelerated attract-loop steps without an error, with bounded heap growth and a drawn canvas.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countDrawnPixels, sharedHarness } from './harness.ts';
import { checkNodesDrawn, waitForCameraStill } from './expo-pixels.ts';
import type { Tour, TourStep } from '../../src/graph/tours.ts';

const harness = sharedHarness();
const { tours } = JSON.parse(readFileSync('public/data/tours.json', 'utf8')) as { tours: Tour[] };
const tour = (id: string) => tours.find((t) => t.id === id)!;

/** The nodes a step is about: those its view names (the analysis's ends, the selected node). */
function keyNodes(step: TourStep): string[] {
  const a = step.view.analysis;
  const fromAnalysis =
    a?.kind === 'arrangement' ? [a.initiative] : a?.kind === 'ego' ? [a.node] : a ? [a.from, a.to] : [];
  return [...fromAnalysis, ...(step.view.selectedNode ? [step.view.selectedNode] : [])];
}

async function open(path: string, viewport = { width: 1920, height: 1080 }, deviceScaleFactor = 1) {
  const context = await harness().browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(harness().baseUrl + path);
  return { page, errors, close: () => context.close() };
}

async function expectStep(page: Page, id: string, index: number) {
  const steps = tour(id).steps;
  await page
    .getByTestId('step-counter')
    .getByText(`Step ${index + 1} of ${steps.length}`)
    .waitFor();
  await waitForCameraStill(page);
  const expected = keyNodes(steps[index]!);
  const checks = await checkNodesDrawn(page, expected);
  expect(checks.map((c) => c.key).sort(), `step ${index + 1}: key nodes on screen`).toEqual([...expected].sort());
  expect(
    checks.filter((c) => !c.drawn),
    `step ${index + 1}: drawn, not faded`,
  ).toEqual([]);
}

describe('expo mode', () => {
  it('plays a tour by the presenter keys, with the step nodes drawn bright at each step', async () => {
    const { page, errors, close } = await open('?tour=brazil-child-labour');
    const steps = tour('brazil-child-labour').steps;
    const nextKeys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'ArrowRight'];
    for (let i = 0; i < steps.length; i++) {
      await expectStep(page, 'brazil-child-labour', i);
      expect(page.url()).toContain(`tour=brazil-child-labour&step=${i + 1}`);
      if (i === 1) await page.screenshot({ path: '/tmp/expo9a-present-1920x1080.png' });
      if (i + 1 < steps.length) await page.keyboard.press(nextKeys[i]!);
    }
    await page.keyboard.press('Home');
    await expectStep(page, 'brazil-child-labour', 0);
    await page.keyboard.press('End');
    await page.getByText(`Step ${steps.length} of ${steps.length}`).waitFor();
    await page.keyboard.press('PageUp');
    await page.getByText(`Step ${steps.length - 1} of ${steps.length}`).waitFor();
    await page.keyboard.press('b');
    await page.getByTestId('blank').waitFor();
    await page.keyboard.press('.');
    await page.getByTestId('blank').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.locator('.stage-card').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !location.search.includes('tour='));
    expect(await page.locator('.side-panel').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('plays a tour by itself (autoplay), checking the nodes at each step', async () => {
    const { page, errors, close } = await open('?tour=unions-child-labour&play&stepms=6000');
    const steps = tour('unions-child-labour').steps;
    for (let i = 0; i < steps.length; i++) await expectStep(page, 'unions-child-labour', i);
    await page.getByRole('button', { name: 'Play' }).waitFor(); // autoplay stops at the last step
    expect(errors).toEqual([]);
    await close();
  });

  it('kiosk: idle → attract loop → touch → start screen → a tour', async () => {
    const { page, errors, close } = await open('?kiosk&idle=3');
    await page.getByText('Touch the screen to explore').waitFor();
    await page.screenshot({ path: '/tmp/expo9a-kiosk-attract-1920x1080.png' });
    await page.mouse.click(1000, 200);
    await page.getByRole('heading', { name: 'Touch a country' }).waitFor();
    expect(await page.locator('.stage-card').count()).toBe(0);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    const small = await page
      .locator('button:visible')
      .evaluateAll((buttons) => buttons.filter((b) => b.getBoundingClientRect().height < 48).map((b) => b.textContent));
    expect(small).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).userSelect)).toBe('none');
    await page.screenshot({ path: '/tmp/expo9a-kiosk-start-1920x1080.png' });
    await page.getByText('Touch the screen to explore').waitFor({ timeout: 15_000 }); // idle: back to the loop
    await page.mouse.click(1000, 200);
    await page.getByRole('button', { name: 'Water and sanitation in three countries' }).click();
    await expectStep(page, 'water-sanitation', 0);
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('runs 500 accelerated attract-loop steps: no error, bounded heap, a drawn canvas', async () => {
    const { page, errors, close } = await open('?kiosk&idle=1&stepms=50');
    await page.locator('.stage-title').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __steps: number };
      w.__steps = 0;
      const title = document.querySelector('.stage-card')!;
      new MutationObserver(() => w.__steps++).observe(title.querySelector('.stage-title')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    };
    const before = await heap();
    const started = Date.now();
    await page.waitForFunction(() => (window as unknown as { __steps: number }).__steps >= 500, null, {
      timeout: 300_000,
      polling: 200,
    });
    const seconds = (Date.now() - started) / 1000;
    const after = await heap();
    const figures = { before, after, growth: after - before, seconds, steps: 500 };
    writeFileSync('/tmp/expo9a-heap.json', `${JSON.stringify(figures, null, 1)}\n`);
    console.log(
      `500 attract steps in ${seconds.toFixed(1)} s; JS heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB`,
    );
    expect(after - before).toBeLessThan(Math.max(5e6, before * 0.25));
    expect(await countDrawnPixels(page)).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
    await close();
  }, 600_000);

  it('takes screenshots at 4K (2×) and in portrait 1080×1920', async () => {
    for (const [name, viewport, scale] of [
      ['3840x2160', { width: 1920, height: 1080 }, 2],
      ['portrait-1080x1920', { width: 1080, height: 1920 }, 1],
    ] as const) {
      const { page, errors, close } = await open('?tour=social-protection-floors&step=4', viewport, scale);
      await expectStep(page, 'social-protection-floors', 3);
      await page.screenshot({ path: `/tmp/expo9a-present-${name}.png` });
      await close();
      const kiosk = await open('?kiosk', viewport, scale);
      await kiosk.page.getByText('Touch the screen to explore').waitFor();
      const heading = kiosk.page.getByRole('heading', { name: 'Touch a country' });
      for (let i = 0; i < 5 && !(await heading.isVisible()); i++) {
        await kiosk.page.mouse.click(viewport.width / 2, 150);
        await kiosk.page.waitForTimeout(1000);
      }
      await heading.waitFor();
      await waitForCameraStill(kiosk.page);
      await kiosk.page.screenshot({ path: `/tmp/expo9a-kiosk-start-${name}.png` });
      expect([...errors, ...kiosk.errors]).toEqual([]);
      await kiosk.close();
    }
  });
});
