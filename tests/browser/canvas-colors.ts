// Reads colours off the graph canvas where the renderer probe says nodes are: waits until sigma is
// still, screenshots the canvas and measures, per node, the share of its inner disc in a colour.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { ProbedNode } from '../../src/renderer/probe.ts';
import { settleCanvas } from './pixels.ts';

const CANVAS = '[data-testid="graph-canvas"]';

/** Waits until camera and frame count have been still for `quietMs`; throws if they never are. */
export async function settle(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<void> {
  if (!(await settleCanvas(page, quietMs, timeoutMs)))
    throw new Error(`canvas: sigma did not come to rest within ${timeoutMs} ms`);
}

export interface CanvasView {
  nodes: Map<string, ProbedNode>;
  covered: { x: number; y: number; width: number; height: number }[];
  png: PNG;
}

/** The probe's nodes and covered areas, and a screenshot of the canvas, taken once sigma is still. */
export async function readCanvas(page: Page): Promise<CanvasView> {
  await settle(page);
  const { nodes, covered } = await page.evaluate(() => ({
    nodes: window.__atlasProbe!.nodes(),
    covered: window.__atlasProbe!.covered(),
  }));
  const png = PNG.sync.read(await page.locator(CANVAS).screenshot());
  return { nodes: new Map(nodes.map((node) => [node.key, node])), covered, png };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Whether a node's centre is on the canvas and under no panel. */
export function inView({ png, covered }: CanvasView, node: ProbedNode): boolean {
  const inside = node.x >= 2 && node.y >= 2 && node.x < png.width - 2 && node.y < png.height - 2;
  const under = covered.some(
    (r) => node.x >= r.x && node.x <= r.x + r.width && node.y >= r.y && node.y <= r.y + r.height,
  );
  return !node.hidden && inside && !under;
}

/** Share of the pixels within 60% of the node's radius (at least its centre) that are within `tolerance` of `hex`. */
export function colorShare({ png }: CanvasView, node: ProbedNode, hex: string, tolerance = 40): number {
  const [r, g, b] = rgb(hex);
  const reach = Math.max(0.5, node.radius * 0.6);
  let [total, matching] = [0, 0];
  for (let y = Math.floor(node.y - reach); y <= Math.ceil(node.y + reach); y++)
    for (let x = Math.floor(node.x - reach); x <= Math.ceil(node.x + reach); x++) {
      if (x < 0 || y < 0 || x >= png.width || y >= png.height || Math.hypot(x - node.x, y - node.y) > reach) continue;
      const i = (y * png.width + x) * 4;
      const diff = Math.max(Math.abs(png.data[i]! - r), Math.abs(png.data[i + 1]! - g), Math.abs(png.data[i + 2]! - b));
      total++;
      if (diff <= tolerance) matching++;
    }
  return total === 0 ? 0 : matching / total;
}
