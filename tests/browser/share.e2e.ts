// Take it with you: the Share dialog's QR code decodes (jsQR on the screenshot's pixels) to a link
// that opens the same view in a new page; the base address comes from config.json and is checked;
// the PNG export has the canvas's size at 1× and 2× and draws the graph; a phone opens a shared
// link with the canvas first and the details as a bottom sheet.
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { sharedHarness, type Harness } from './harness.ts';

const harness = sharedHarness();

/** A page recording requests, page errors and console errors, at a given viewport. */
async function open(
  h: Harness,
  path = '',
  viewport = { width: 1280, height: 800 },
  workers: 'allow' | 'block' = 'allow',
) {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: workers });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const origin = new URL(h.baseUrl).origin;
  const foreign = () => requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  return { page, context, errors, foreign, goto: () => page.goto(h.baseUrl + path) };
}

async function ready(page: Page) {
  await page.getByTestId('graph-size').waitFor();
  await page.waitForFunction(() => window.__atlasProbe !== undefined);
}

async function decodeQr(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.getByRole('img', { name: 'QR code of the link to this view' }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** What a view looks like from outside: URL parameters, counts, details heading, camera, hidden nodes. */
async function viewOf(page: Page) {
  return page.evaluate(() => {
    const probe = window.__atlasProbe!;
    const params = new URLSearchParams(location.search);
    return {
      params: [...params.entries()].filter(([key]) => key !== 'cam').sort(),
      camera: probe.camera(),
      hidden: probe
        .nodes()
        .filter((node) => node.hidden)
        .map((node) => node.key)
        .sort(),
      counts: document.querySelector('[data-testid="graph-size"]')?.textContent,
      details: document.querySelector('.details-panel h2')?.textContent ?? null,
    };
  });
}

describe('share', () => {
  it('shows a QR code that decodes to a link opening the same view', async () => {
    const first = await open(harness(), '?kinds=forum');
    await first.goto();
    await ready(first.page);
    const search = first.page.getByRole('combobox', { name: 'Search' });
    await search.fill('Paraguay');
    await first.page.locator('[role=option]').first().waitFor();
    await search.press('Enter');
    await first.page.getByRole('region', { name: 'Paraguay', exact: true }).waitFor();
    await first.page.getByRole('checkbox', { name: /Funding/ }).uncheck();
    await first.page.getByRole('button', { name: 'Zoom in' }).click();
    // The camera reaches the store (and the link) once it has settled.
    await first.page.waitForFunction(() => new URLSearchParams(location.search).has('cam'));
    await first.page.waitForTimeout(800);

    await first.page.getByRole('button', { name: 'Share' }).click();
    const dialog = first.page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();
    const shown = await dialog.getByLabel('Link to this view', { exact: true }).inputValue();
    const decoded = await decodeQr(first.page);
    expect(decoded).toBe(shown);
    expect(decoded).toBe(first.page.url());
    const params = new URL(decoded!).searchParams;
    expect(params.get('node')).toBe('pry');
    expect(params.get('hide')).toBe('funding');
    expect(params.get('kinds')).toBe('forum');
    // Served from 127.0.0.1 with no address configured: the dialog says a phone cannot open it.
    expect(await dialog.getByTestId('local-address').isVisible()).toBe(true);
    const before = await viewOf(first.page);

    const second = await open(harness());
    await second.page.goto(decoded!);
    await ready(second.page);
    await second.page.getByRole('region', { name: 'Paraguay', exact: true }).waitFor();
    await second.page.waitForTimeout(500);
    const after = await viewOf(second.page);
    expect(after.params).toEqual(before.params);
    expect(after.hidden).toEqual(before.hidden);
    expect(after.hidden.length).toBeGreaterThan(0);
    expect(after.counts).toBe(before.counts);
    expect(after.details).toBe('Paraguay');
    for (const key of ['x', 'y', 'ratio'] as const) expect(after.camera[key]).toBeCloseTo(before.camera[key], 3);

    for (const view of [first, second]) {
      expect(view.errors).toEqual([]);
      expect(view.foreign()).toEqual([]);
      await view.context.close();
    }
  });

  it('puts the public address from config.json in the code, and names a bad one', async () => {
    // Routes do not see what a service worker fetches: these pages run without one.
    const view = await open(harness(), '?node=bra', undefined, 'block');
    let config = '{"shareBase": "https://atlas.example.org/expo"}';
    await view.page.route('**/config.json', (route) =>
      route.fulfill({ body: config, contentType: 'application/json' }),
    );
    await view.goto();
    await ready(view.page);
    await view.page.waitForFunction(() => location.search.includes('cam='));
    await view.page.getByRole('button', { name: 'Share' }).click();
    const search = new URL(view.page.url()).search;
    expect(search).toMatch(/^\?node=bra&cam=/);
    expect(await decodeQr(view.page)).toBe(`https://atlas.example.org/expo/${search}`);
    expect(await view.page.getByTestId('local-address').count()).toBe(0);
    await view.context.close();

    const bad = await open(harness(), '?node=bra', undefined, 'block');
    config = '{"shareBase": "ftp://atlas.example.org/"}';
    await bad.page.route('**/config.json', (route) => route.fulfill({ body: config, contentType: 'application/json' }));
    await bad.goto();
    await ready(bad.page);
    await bad.page.waitForFunction(() => location.search.includes('cam='));
    await bad.page.getByRole('button', { name: 'Share' }).click();
    const alert = bad.page.getByRole('dialog').getByRole('alert');
    expect(await alert.innerText()).toMatch(/config\.json: "shareBase" must be an http or https address, not ftp/);
    expect(await decodeQr(bad.page)).toBe(bad.page.url());
    expect(bad.page.url().startsWith(`${harness().baseUrl}?node=bra`)).toBe(true);
    await bad.context.close();
  });

  it('exports the view as a PNG at the canvas size and at 2×, with the graph drawn', async () => {
    const view = await open(harness(), '?node=bra');
    await view.goto();
    await ready(view.page);
    await view.page.waitForTimeout(700);
    // sigma sizes its layers to the container's whole CSS pixels.
    const box = await view.page
      .getByTestId('graph-canvas')
      .evaluate((element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight }));
    const live = () =>
      view.page.evaluate(() => ({
        ratio: window.devicePixelRatio,
        layers: [...document.querySelectorAll('[data-testid="graph-canvas"] canvas')].map(
          (c) => `${(c as HTMLCanvasElement).width}x${(c as HTMLCanvasElement).height}`,
        ),
      }));
    const before = await live();
    await view.page.getByRole('button', { name: 'Share' }).click();
    const drawn: number[] = [];
    for (const [scale, name] of [
      [1, 'PNG, screen size'],
      [2, 'PNG, 2× for print'],
    ] as const) {
      const [download] = await Promise.all([
        view.page.waitForEvent('download'),
        view.page.getByRole('button', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(scale === 1 ? 'sstc-atlas-view.png' : 'sstc-atlas-view@2x.png');
      expect(download.url()).toMatch(/^blob:/);
      const png = PNG.sync.read(await readFile((await download.path())!));
      expect([png.width, png.height]).toEqual([box.width * scale, box.height * scale]);
      drawn.push(drawnInMiddle(png));
    }
    // Not blank: the middle of the image (between the title and legend boxes) holds nodes and
    // edges, and at 2× about four times as many pixels of them.
    expect(drawn[0]).toBeGreaterThan(1500);
    expect(drawn[1]!).toBeGreaterThan(2.5 * drawn[0]!);
    expect(await view.page.getByRole('status').filter({ hasText: 'Saved sstc-atlas-view@2x.png' }).count()).toBe(1);
    // The pixel ratio was changed for the export's own renderer only: the live canvas is untouched.
    expect(await live()).toEqual(before);
    expect(view.errors).toEqual([]);
    expect(view.foreign()).toEqual([]);
    await view.context.close();
  });

  it('opens a shared link on a phone: canvas first, details as a bottom sheet, panel behind a button', async () => {
    const view = await open(harness(), '?node=pry', { width: 390, height: 844 });
    await view.goto();
    await ready(view.page);
    const sheet = view.page.locator('.details-panel');
    await sheet.waitFor();
    await view.page.waitForTimeout(900);
    const canvas = (await view.page.getByTestId('graph-canvas').boundingBox())!;
    const sheetBox = (await sheet.boundingBox())!;
    expect(canvas.width).toBeGreaterThan(380);
    expect(canvas.height).toBeGreaterThan(600);
    expect(sheetBox.width).toBeCloseTo(canvas.width, 0);
    expect(sheetBox.y + sheetBox.height).toBeCloseTo(canvas.y + canvas.height, 0);
    expect(sheetBox.height).toBeLessThanOrEqual(canvas.height / 2);
    // The camera framed Paraguay in the part of the canvas the sheet leaves free.
    const pry = await view.page.evaluate(() => window.__atlasProbe!.nodes().find((node) => node.key === 'pry')!);
    expect(pry.y).toBeGreaterThan(0);
    expect(pry.y).toBeLessThan(sheetBox.y - canvas.y);
    // The part of the canvas above the sheet shows the graph (software WebGL can take a moment).
    const free = { x: canvas.x, y: canvas.y, width: canvas.width, height: sheetBox.y - canvas.y };
    await expect
      .poll(async () => drawnPixels(await view.page.screenshot({ clip: free })), { timeout: 10_000 })
      .toBeGreaterThan(1500);

    const panel = view.page.getByRole('navigation', { name: 'Explore and analyse' });
    expect(await panel.isVisible()).toBe(false);
    await view.page.getByRole('button', { name: 'Search and filters' }).click();
    expect(await panel.isVisible()).toBe(true);
    await view.page.getByRole('combobox', { name: 'Search' }).fill('Brazil');
    await view.page.locator('[role=option]').first().click();
    await view.page.getByRole('region', { name: 'Brazil', exact: true }).waitFor();
    expect(await panel.isVisible()).toBe(false);
    expect(view.errors).toEqual([]);
    expect(view.foreign()).toEqual([]);
    await view.context.close();
  });
});

/** Pixels clearly off the app's background in a screenshot. */
function drawnPixels(buffer: Buffer): number {
  const png = PNG.sync.read(buffer);
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.abs(png.data[i]! - 0x0f) + Math.abs(png.data[i + 1]! - 0x14) + Math.abs(png.data[i + 2]! - 0x1c) > 40)
      drawn++;
  return drawn;
}

/** Pixels clearly off the background in the middle half of an exported image. */
function drawnInMiddle(png: PNG): number {
  const [r0, g0, b0] = [0x0f, 0x14, 0x1c];
  let drawn = 0;
  for (let y = Math.floor(png.height / 4); y < (3 * png.height) / 4; y++)
    for (let x = Math.floor(png.width / 4); x < (3 * png.width) / 4; x++) {
      const i = 4 * (y * png.width + x);
      if (Math.abs(png.data[i]! - r0) + Math.abs(png.data[i + 1]! - g0) + Math.abs(png.data[i + 2]! - b0) > 40) drawn++;
    }
  return drawn;
}
