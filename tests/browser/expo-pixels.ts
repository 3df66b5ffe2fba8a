// A small pixel check for expo tests (until a shared tests/browser/pixels.ts lands): where the probe
// says a node is, the screenshot must show the node's own colour, not the faded one or the background.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

const FADED = [0x2a, 0x31, 0x40];
const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
const distance = (a: number[], b: number[]) =>
  Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!);

export interface NodeCheck {
  key: string;
  drawn: boolean;
  color: string;
  seen: number[];
}

/** Checks each visible, uncovered node of `keys` at its centre; returns a line per node. */
export async function checkNodesDrawn(page: Page, keys: string[]): Promise<NodeCheck[]> {
  const canvas = page.locator('[data-testid="graph-canvas"]');
  const { nodes, covered } = await page.evaluate((wanted) => {
    const probe = window.__atlasProbe!;
    return { nodes: probe.nodes().filter((n) => wanted.includes(n.key)), covered: probe.covered() };
  }, keys);
  const png = PNG.sync.read(await canvas.screenshot());
  const scale = png.width / ((await canvas.boundingBox())?.width ?? png.width);
  const inside = (x: number, y: number) =>
    x > 4 &&
    y > 4 &&
    x < png.width / scale - 4 &&
    y < png.height / scale - 4 &&
    !covered.some((r) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height);
  return nodes
    .filter((node) => !node.hidden && inside(node.x, node.y))
    .map((node) => {
      // A label of another node may cross the centre: look at the whole disc, not one pixel.
      const own = hex(node.color);
      const r = Math.max(2, node.radius * 0.7) * scale;
      let near = 0;
      let total = 0;
      let seen = [0, 0, 0];
      for (let dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++) {
          if (dx * dx + dy * dy > r * r) continue;
          const i = (Math.round(node.y * scale + dy) * png.width + Math.round(node.x * scale + dx)) * 4;
          const pixel = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
          total++;
          if (distance(pixel, own) < 90 && distance(pixel, FADED) > 30) {
            near++;
            seen = pixel;
          }
        }
      const drawn = node.color.toLowerCase() !== '#2a3140' && near >= Math.max(1, total * 0.2);
      return { key: node.key, drawn, color: node.color, seen };
    });
}

/** Waits until the camera has stopped moving: past a step's 500 ms flight, two reads 250 ms apart agree. */
export async function waitForCameraStill(page: Page): Promise<void> {
  await page.waitForTimeout(700);
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = JSON.stringify(await page.evaluate(() => window.__atlasProbe?.camera()));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
}
