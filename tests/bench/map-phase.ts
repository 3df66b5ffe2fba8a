// The map's part of `npm run bench`: in Node the world's build, the map layout and the basemap's cost per
// frame (basemap-bench.ts) and the gzip size of the lazy map chunks (map-size.ts); in the browser the
// layout switch's frame rate and the map's pan against the network's (map-bench.ts) on the curated graph
// and the synthetic 10k/50k graph.
import { benchBasemap } from './basemap-bench.ts';
import { measureMapSize } from './map-size.ts';
import { benchMapBrowser } from './map-bench.ts';
import { launchChromium } from './browser-bench.ts';
import { APP_DIR, installGraph, prepareApp } from './pages.ts';
import { serveStatic } from './static-server.ts';
import type { Row } from './results.ts';

export interface MapPhaseOptions {
  sizes: { size: string; file: string }[];
  log: (row: Row) => void;
  node: boolean;
  browser: boolean;
  /** ms left in the run's budget */
  remaining: () => number;
}

async function nodeFigures(log: (row: Row) => void) {
  benchBasemap((row) => {
    const cpu = row.cpuMs === undefined ? '' : `CPU ${row.cpuMs.toFixed(2)} ms`;
    log({
      size: 'map',
      measure: row.measure,
      value: row.ms,
      unit: 'ms',
      note: [cpu, row.note].filter(Boolean).join('; '),
    });
  });
  const { entry, lazy } = await measureMapSize();
  const kB = (bytes: number) => bytes / 1024;
  log({ size: 'map', measure: 'gzip: entry that loads the map', value: kB(entry.gzip), unit: 'kB' });
  const total = lazy.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const chunks = lazy.map((c) => `${c.file} ${kB(c.gzip).toFixed(1)}`).join(', ');
  log({ size: 'map', measure: 'gzip: map code + data, loaded on demand', value: kB(total), unit: 'kB', note: chunks });
}

export async function benchMapPhase({ sizes, log, node, browser, remaining }: MapPhaseOptions) {
  console.log('\nmap: basemap, layout and size in Node; switch and pan in the browser');
  if (node) await nodeFigures(log);
  if (!browser) return;
  console.log(`map: app ${await prepareApp()}`);
  const server = await serveStatic(APP_DIR);
  const chromium = await launchChromium();
  try {
    for (const { size, file } of [{ size: 'curated', file: 'public/data/graph.json' }, ...sizes]) {
      if (remaining() < 60_000) {
        log({ size, measure: 'map browser timings', value: null, unit: 'ms', note: 'skipped: time budget' });
        continue;
      }
      installGraph(file);
      await benchMapBrowser(chromium, `${server.url}?program=fast`, size, log);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
}
