// Runtime robustness in real Chromium: "Show in document" twice does not take the app down; a very
// long rejected link value gives a short notice whose dismiss button stays on screen; one node at
// x=1e300 does not shrink the picture; a graph without nodes says so.
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { countDrawnPixels, openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();

/** Opens the app with graph.json rewritten by `edit`; collects page errors and console errors. */
async function openWithGraph(edit: (graph: { nodes: { key: string; attributes: Record<string, unknown> }[] }) => void) {
  const context = await harness().browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.route('**/data/graph.json', async (route: Route) => {
    const graph = await (await route.fetch()).json();
    edit(graph);
    await route.fulfill({ status: 200, body: JSON.stringify(graph), contentType: 'application/json' });
  });
  await page.goto(harness().baseUrl);
  await page.getByTestId('graph-size').waitFor();
  return { page, errors, close: () => context.close() };
}

describe('robustness', () => {
  it('opens and closes "Show in document" twice, with no page error and the app still there', async () => {
    const { page, errors, close } = await openPage(harness(), '?node=pry');
    const details = page.getByRole('region', { name: 'Paraguay', exact: true });
    await details.waitFor();
    const dialog = page.getByRole('dialog', { name: 'Source document' });
    for (let round = 0; round < 2; round++) {
      await details
        .getByRole('region', { name: /^learned from/ })
        .getByRole('button', { name: 'Show in document' })
        .first()
        .click();
      // Either the quote shows or the page failed (the app unmounted): the error is then the report.
      const shown = () => dialog.locator('mark').isVisible();
      await expect.poll(async () => errors.length > 0 || (await shown()), { timeout: 30_000 }).toBe(true);
      expect(errors).toEqual([]);
      await dialog.getByRole('button', { name: 'Close document' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(await details.isVisible()).toBe(true);
    expect(await page.getByTestId('graph-canvas').isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    await close();
  });

  it.each([
    [1280, 800],
    [1024, 768],
  ])(
    'cuts a 300-character node= value in its notice, whose dismiss button stays on screen at %ix%i',
    async (width, height) => {
      const { page, errors, close } = await openPage(harness(), `?node=${'x'.repeat(300)}`);
      await page.setViewportSize({ width, height });
      const notices = page.getByRole('status', { name: 'Notices' });
      await notices.waitFor();
      const notice = notices.locator('p');
      expect(await notice.count()).toBe(1);
      const text = await notice.innerText();
      expect(text).toContain('Ignored link parameter "node"');
      expect(text.length).toBeLessThan(140);
      const dismiss = notices.getByRole('button', { name: 'Dismiss notice' });
      const box = await dismiss.boundingBox();
      const frame = await notice.boundingBox();
      expect(box && frame).toBeTruthy();
      expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(frame!.x + frame!.width, width));
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      await dismiss.click();
      await notices.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('draws the graph at its usual size when one node sits at x=1e300, and reports that node', async () => {
    const normal = await openWithGraph(() => {});
    await normal.page.waitForTimeout(800);
    const usual = await countDrawnPixels(normal.page);
    await normal.close();
    const stray = await openWithGraph((graph) => {
      graph.nodes[0]!.attributes.x = 1e300;
    });
    await stray.page.waitForTimeout(800);
    const drawn = await countDrawnPixels(stray.page);
    expect(usual).toBeGreaterThan(2000);
    expect(drawn).toBeGreaterThan(usual * 0.7);
    const warning = stray.page.locator('.status-bar .warning');
    expect(await warning.innerText()).toMatch(/^1 data problem/);
    expect(await warning.getAttribute('title')).toMatch(/^node "[^"]+": x = 1e\+300 is far outside the layout/);
    expect(stray.errors).toEqual([]);
    await stray.close();
  });

  it('says so when the graph has no nodes', async () => {
    const { page, errors, close } = await openWithGraph((graph) => {
      graph.nodes = [];
      (graph as { edges?: unknown[] }).edges = [];
    });
    await page.getByRole('heading', { name: 'This graph has no nodes' }).waitFor();
    expect(await page.getByTestId('graph-size').innerText()).toBe('This graph has no nodes.');
    expect(errors).toEqual([]);
    await close();
  });
});
