// The map in a real browser: countries drawn at their places on the basemap, flows as curved arcs, the
// basemap following pans, flows summed by country with their evidence, and the timeline playing the
// years. No request to another origin, no console error. Screenshots go to /tmp/map11-*.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openPage, sharedHarness } from './harness.ts';

const harness = sharedHarness();
type Rgb = [number, number, number];
interface Probed {
  key: string;
  x: number;
  y: number;
  hidden: boolean;
}

/** Flows only: every other relation type hidden (hiding kinds would hide relations within initiatives). */
const FLOWS_ON_MAP =
  '?layout=map&hide=participation,membership,part_of,founding,organizing,implementation,partnership,hosting';

const mapShown = (page: Page) =>
  page.waitForFunction(
    () => (document.querySelector('canvas.sigma-basemap') as HTMLElement | null)?.style.opacity === '1',
  );
const probe = (page: Page) => page.evaluate(() => window.__atlasProbe!.nodes() as Probed[]);
const at = (nodes: Probed[], key: string) => nodes.find((n) => n.key === key)!;

async function canvasPixels(page: Page) {
  const png = PNG.sync.read(await page.locator('[data-testid="graph-canvas"]').screenshot());
  return (x: number, y: number): Rgb => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
}

/** Whether a pixel within `r` px of (x, y) passes `test`. */
function near(pixel: (x: number, y: number) => Rgb, x: number, y: number, test: (c: Rgb) => boolean, r = 2) {
  for (let dx = -r; dx <= r; dx++) for (let dy = -r; dy <= r; dy++) if (test(pixel(x + dx, y + dy))) return true;
  return false;
}
const isCountryBlue = ([r, g, b]: Rgb) => b > 180 && g > 140 && r < 140;
const isTransferYellow = ([r, g, b]: Rgb) => r > 170 && g > 160 && b < 150;

/** A point of the curved arc @sigma/edge-curve draws from a to b (curvature 0.25, CSS pixels, y down). */
function onArc(a: Probed, b: Probed, t: number, side = 1) {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const control = { x: (a.x + b.x) / 2 + side * 0.25 * dy, y: (a.y + b.y) / 2 - side * 0.25 * dx };
  const s = 1 - t;
  return { x: s * s * a.x + 2 * s * t * control.x + t * t * b.x, y: s * s * a.y + 2 * s * t * control.y + t * t * b.y };
}

describe('map view', () => {
  it('draws Brazil and Mozambique at their places and the flows between countries as curved arcs', async () => {
    const view = await openPage(harness(), FLOWS_ON_MAP);
    const consoleErrors: string[] = [];
    view.page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
    await mapShown(view.page);
    await view.page.waitForTimeout(300);
    const nodes = await probe(view.page);
    const [bra, moz, zaf, eth] = ['bra', 'moz', 'zaf', 'eth'].map((key) => at(nodes, key));
    // On the map: Brazil west of Mozambique, both south of the equator line through Ethiopia.
    expect(bra!.x).toBeLessThan(zaf!.x);
    expect(moz!.y).toBeGreaterThan(eth!.y);
    const pixel = await canvasPixels(view.page);
    for (const country of [bra!, moz!]) expect(near(pixel, country.x, country.y, isCountryBlue)).toBe(true);
    // Knowledge transfer Ethiopia → Mozambique and Brazil → South Africa, on the side the arc bends to.
    for (const [a, b] of [
      [eth!, moz!],
      [bra!, zaf!],
    ] as const)
      for (const t of [0.3, 0.5, 0.7]) {
        const p = onArc(a, b, t);
        expect(near(pixel, p.x, p.y, isTransferYellow), `${a.key}→${b.key} at t=${t}`).toBe(true);
      }
    const straight = { x: (eth!.x + moz!.x) / 2, y: (eth!.y + moz!.y) / 2 };
    const mirrored = onArc(eth!, moz!, 0.5, -1);
    expect(near(pixel, straight.x, straight.y, isTransferYellow, 1)).toBe(false);
    expect(near(pixel, mirrored.x, mirrored.y, isTransferYellow, 1)).toBe(false);
    expect(view.foreign()).toEqual([]);
    expect([...view.errors, ...consoleErrors]).toEqual([]);
    await view.close();
  });

  it('switches from the network to the map, and the basemap follows a pan', async () => {
    const view = await openPage(harness());
    await view.page.getByTestId('graph-size').waitFor();
    const before = at(await probe(view.page), 'bra');
    await view.page.getByRole('button', { name: 'Map' }).click();
    await mapShown(view.page);
    await view.page.waitForTimeout(700);
    expect(new URL(view.page.url()).searchParams.get('layout')).toBe('map');
    const after = at(await probe(view.page), 'bra');
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(20);
    const landAt = (x: number, y: number) =>
      view.page.evaluate(
        ([x, y]) => {
          const canvas = document.querySelector('canvas.sigma-basemap') as HTMLCanvasElement;
          const ratio = canvas.width / canvas.clientWidth;
          return canvas.getContext('2d')!.getImageData(Math.round(x! * ratio), Math.round(y! * ratio), 1, 1).data[3]!;
        },
        [x, y],
      );
    expect(await landAt(after.x, after.y)).toBeGreaterThan(0);
    const box = (await view.page.getByTestId('graph-canvas').boundingBox())!;
    await view.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await view.page.mouse.down();
    await view.page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 60, { steps: 8 });
    await view.page.mouse.up();
    await view.page.waitForTimeout(300);
    const panned = at(await probe(view.page), 'bra');
    expect(Math.hypot(panned.x - after.x, panned.y - after.y)).toBeGreaterThan(100);
    expect(await landAt(panned.x, panned.y)).toBeGreaterThan(0);
    expect(view.errors).toEqual([]);
    await view.close();
  });

  it('sums flows by country; clicking an arc lists the relations it sums with their quotes', async () => {
    const view = await openPage(harness(), `${FLOWS_ON_MAP}&flows=countries`);
    await mapShown(view.page);
    await view.page.waitForTimeout(300);
    const nodes = await probe(view.page);
    const p = onArc(at(nodes, 'eth'), at(nodes, 'moz'), 0.5);
    const box = (await view.page.getByTestId('graph-canvas').boundingBox())!;
    await view.page.mouse.click(box.x + p.x, box.y + p.y);
    const details = view.page.getByRole('region', { name: 'Flows from Ethiopia to Mozambique' });
    await details.waitFor();
    expect(await details.locator('blockquote').count()).toBeGreaterThan(0);
    expect(new URL(view.page.url()).searchParams.get('flow')).toBe('eth,moz');
    expect(view.errors).toEqual([]);
    await view.close();
  });

  it('plays the timeline: the years advance and the number of drawn nodes changes with them', async () => {
    // From 2007 on: play goes on from the year shown.
    const view = await openPage(harness(), '?layout=map&from=2007&to=2007');
    await mapShown(view.page);
    const drawn = () => view.page.evaluate(() => window.__atlasProbe!.nodes().filter((n) => !n.hidden).length);
    const total = await view.page.evaluate(() => window.__atlasProbe!.nodes().length);
    await view.page.getByRole('button', { name: 'Play' }).click();
    const counts = new Map<string, number>();
    const years = view.page.getByRole('status', { name: 'Years shown' }).or(view.page.locator('output'));
    for (let i = 0; i < 16 && counts.size < 4; i++) {
      await view.page.waitForTimeout(400);
      const year = (await years.first().innerText()).trim();
      if (/^\d{4}$/.test(year) && !counts.has(year)) counts.set(year, await drawn());
    }
    await view.page.getByRole('button', { name: 'Pause' }).click();
    expect(counts.size).toBeGreaterThanOrEqual(3);
    expect(new Set(counts.values()).size).toBeGreaterThan(1);
    for (const count of counts.values()) expect(count).toBeLessThan(total);
    const url = new URL(view.page.url());
    expect(url.searchParams.get('from')).toBe(url.searchParams.get('to'));
    expect(view.errors).toEqual([]);
    await view.close();
  });

  it('looks right at 1440×900 and 1920×1080 (screenshots to /tmp/map11-*.png)', async () => {
    for (const [width, height] of [
      [1440, 900],
      [1920, 1080],
    ] as const) {
      const context = await harness().browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${harness().baseUrl}?layout=map`);
      await mapShown(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/map11-${width}x${height}.png` });
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/map11-${width}x${height}-zoomed.png` });
      await context.close();
    }
  });
});
