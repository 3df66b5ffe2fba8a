// The map's costs in Node: building the world from the bundled data, the map layout on the real and a
// synthetic graph, and the basemap's cost per frame on a 2D canvas (Skia, @napi-rs/canvas, software)
// against a frame that only clears the canvas. Run: npx tsx tests/bench/basemap-bench.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCanvas, Path2D } from '@napi-rs/canvas';
import { median, time } from './stats.ts';
import { generateGraph } from './synthetic.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { basemapPainter } from '../../src/geo/basemap.ts';
import { cachedBasemapPainter } from '../../src/geo/basemap-cache.ts';
import { mapLayout } from '../../src/geo/map-layout.ts';
import { MAP_FRAME, type Point } from '../../src/geo/projection.ts';
import { worldFromTopology } from '../../src/geo/world.ts';

export interface BasemapRow {
  measure: string;
  /** Wall-clock median. */
  ms: number;
  /** Median CPU time of this process (less sensitive to other load on the machine), for frames. */
  cpuMs?: number;
  note?: string;
}

const FRAMES = 40;

/** A sigma-like camera: the whole map frame fitted to the canvas, then zoomed on `focus` and rotated. */
function camera(width: number, height: number, zoom: number, focus: Point, angle: number) {
  const fit = Math.min(width / (MAP_FRAME.right - MAP_FRAME.left), height / (MAP_FRAME.top - MAP_FRAME.bottom));
  const k = fit * zoom;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return (p: Point): Point => {
    const [x, y] = [p.x - focus.x, p.y - focus.y];
    return { x: width / 2 + k * (cos * x - sin * y), y: height / 2 - k * (sin * x + cos * y) };
  };
}

function frameCost(draw: (ctx: CanvasRenderingContext2D, frame: number) => void, width: number, height: number) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let frame = -3; frame < FRAMES; frame++) {
    const [start, startCpu] = [performance.now(), process.cpuUsage()];
    ctx.clearRect(0, 0, width, height);
    draw(ctx, frame + 3);
    // Reading one pixel back makes sure the frame has really been drawn.
    ctx.getImageData(0, 0, 1, 1);
    const used = process.cpuUsage(startCpu);
    if (frame < 0) continue;
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

export function benchBasemap(log: (row: BasemapRow) => void): void {
  const text = readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8');
  const build = time(() => worldFromTopology(JSON.parse(text)), 3, 0);
  log({ measure: 'world: parse + project 1:50m', ms: build.median });
  const world = build.last;
  const real = loadGraph(buildGraphJson('graph-data').json!).graph;
  log({
    measure: `map layout, curated graph (${real.order} nodes), first`,
    ms: time(() => mapLayout(real, world), 1, 0).median,
  });
  log({
    measure: 'map layout, curated graph, again (points cached)',
    ms: time(() => mapLayout(real, world), 5).median,
  });
  const synthetic = loadGraph(JSON.stringify(generateGraph({ nodes: 10_000, edges: 50_000, seed: 42 }))).graph;
  log({ measure: 'map layout, synthetic 10k/50k', ms: time(() => mapLayout(synthetic, world), 3).median });
  const painter = basemapPainter(world.geometry, () => new Path2D() as unknown as globalThis.Path2D);
  const first = performance.now();
  painter.draw(
    createCanvas(10, 10).getContext('2d') as unknown as CanvasRenderingContext2D,
    camera(10, 10, 1, { x: 0, y: 0 }, 0),
  );
  log({ measure: 'basemap: first draw (builds the paths)', ms: performance.now() - first });
  const newCanvas = (w: number, h: number) => createCanvas(w, h) as unknown as OffscreenCanvas;
  for (const [width, height] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    const size = `${width}×${height}`;
    const empty = frameCost(() => undefined, width, height);
    log({ measure: `frame ${size}: clear only (baseline)`, ...empty });
    const views = [
      { name: 'whole map', zoom: 1, focus: { x: 0, y: 0 } },
      { name: 'zoom 4 on Africa', zoom: 4, focus: { x: 20, y: 0 } },
    ];
    for (const view of views) {
      // The camera pans a little every frame (0.25 units: 1–5 px).
      const at = (frame: number) =>
        camera(width, height, view.zoom, { x: view.focus.x + frame * 0.25, y: view.focus.y }, 0);
      const direct = frameCost((ctx, frame) => painter.draw(ctx, at(frame)), width, height);
      log({ measure: `frame ${size}: basemap, ${view.name}, pan`, ...direct });
      const cached = cachedBasemapPainter(painter, newCanvas);
      const viewport = { width, height, pixelRatio: 1 };
      const blit = frameCost((ctx, frame) => void cached.draw(ctx, at(frame), viewport), width, height);
      log({ measure: `frame ${size}: cached basemap, ${view.name}, pan`, ...blit, note: 'a full draw every ~200 px' });
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/bench/basemap-bench.ts')) {
  const rows: BasemapRow[] = [];
  benchBasemap((row) => {
    rows.push(row);
    const cpu = row.cpuMs === undefined ? '' : `  (CPU ${row.cpuMs.toFixed(2)} ms)`;
    console.log(`${row.measure.padEnd(52)} ${row.ms.toFixed(2).padStart(9)} ms${cpu}  ${row.note ?? ''}`);
  });
}
