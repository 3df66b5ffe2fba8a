// `npm run bench`: performance benchmark on seeded synthetic graphs (10k/50k and 50k/250k). Prints a
// table with targets and writes .bench/results.json. Never part of `npm test`.
// Options: --no-browser (Node timings only), --no-node (browser timings only), --map-only (the map's
// figures alone), --no-import (skip the import section), --only-import (the import section alone).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '../..'));

const { benchNode } = await import('./node-bench.ts');
const { benchAnalyses } = await import('./analyses-bench.ts');
const { benchList } = await import('./list-bench.ts');
const { benchImport } = await import('./import-bench.ts');
const { generateGraph } = await import('./synthetic.ts');
const { formatProfile, formatTable } = await import('./results.ts');
const { PAN_MS } = await import('./browser-bench.ts');
const { runBrowserPhase } = await import('./browser-phase.ts');
const { benchMapPhase } = await import('./map-phase.ts');
type Row = import('./results.ts').Row;

const SIZES = [
  { size: '10k/50k', nodes: 10_000, edges: 50_000 },
  { size: '50k/250k', nodes: 50_000, edges: 250_000 },
];
const BUDGET_MS = 9.5 * 60_000;
const onlyImport = process.argv.includes('--only-import');
const withImport = onlyImport || !(process.argv.includes('--no-import') || process.argv.includes('--no-node'));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const rows: Row[] = [];
const log = (row: Row) => {
  rows.push(row);
  const value = row.value === null ? '—' : `${row.value.toFixed(2)} ${row.unit}`;
  console.log(`  ${row.size.padEnd(9)} ${row.measure.padEnd(48)} ${value.padStart(11)}  ${row.note ?? ''}`);
};

console.log(`SSTC Atlas benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}
Method: seeded synthetic graphs (tests/bench/synthetic.ts, seed 42: clustered positions, the real node and
edge attribute shapes, loaded by src/graph/load.ts with zero problems). Node timings: performance.now, median
of 3–15 runs after a warm-up; heap = heapUsed after a forced GC (for the build: what the graph retains).
Import: the graph exported as GEXF, GraphML and CSV by src/interchange, opened by importGraph (what the import
worker runs: parse, check, defaults, report) and by graphology's parsers called bare (papaparse + addNode/addEdge
for CSV) in the same run; median of 3 runs after a warm-up at 10k, 1 run at 50k; heap = the peak heap in use
during the call (used heap before each GC, and at its end; node:v8 GCProfiler) above the heap after a full GC.
Misses of the filter (< 16 ms) and search (< 5 ms) targets come with a CPU profile (self time).
Browser: headless Chromium, WebGL in software (SwiftShader). The production app (?program=fast) and a bare
sigma page (tests/bench/bare: NodePointProgram + EdgeLineProgram, same graph JSON, same canvas size) are
loaded 3 times each, interleaved. Time to first frame = ms from navigation start to the animation
frame after the page's first WebGL draw call (an init script, identical in both pages; each page's own
'atlas:first-frame' mark is shown beside it); pan fps = sigma renders (afterRender, window.__atlasFrames)
during a ${PAN_MS / 1000} s mouse drag / seconds. Missed browser targets come with CPU profiles of both pages.
`);

mkdirSync('.bench/graphs', { recursive: true });
const graphFiles = new Map<string, string>();
for (const { size, nodes, edges } of SIZES) {
  let start = performance.now();
  const text = JSON.stringify(generateGraph({ nodes, edges, seed: 42 }));
  const file = join('.bench/graphs', `${size.replace('/', '-')}.json`);
  writeFileSync(file, text);
  graphFiles.set(size, file);
  console.log(
    `${size}: generated ${(text.length / 2 ** 20).toFixed(0)} MB of JSON in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  if (withImport) {
    start = performance.now();
    console.log(`${size}: import section (tests/bench/import-bench.ts)`);
    benchImport(size, text, log);
    console.log(`${size}: import took ${((performance.now() - start) / 1000).toFixed(0)} s (at ${elapsed()})`);
  }
  if (process.argv.includes('--no-node') || process.argv.includes('--map-only') || onlyImport) continue;
  start = performance.now();
  const { graph } = await benchNode(size, text, log);
  if (size === SIZES[SIZES.length - 1]!.size) await benchAnalyses(size, graph, log);
  if (size === SIZES[0]!.size) benchList(size, graph, log);
  console.log(`${size}: Node timings took ${((performance.now() - start) / 1000).toFixed(0)} s (at ${elapsed()})`);
}

const browser =
  process.argv.some((arg) => arg === '--no-browser' || arg === '--map-only') || onlyImport
    ? { profiles: [], runs: {} }
    : await runBrowserPhase({
        sizes: SIZES.map(({ size, edges }) => ({ size, edges, file: graphFiles.get(size)! })),
        log,
        remaining: () => BUDGET_MS - (performance.now() - started),
      });

await benchMapPhase({
  sizes: SIZES.filter(({ nodes }) => nodes <= 10_000).map(({ size }) => ({ size, file: graphFiles.get(size)! })),
  log,
  node: !process.argv.includes('--no-node'),
  browser: !process.argv.includes('--no-browser'),
  remaining: () => BUDGET_MS - (performance.now() - started),
});

console.log(`\nResults (${elapsed()} in all)\n`);
console.log(formatTable(rows));
const profiles = rows.filter((row) => row.profile).map(formatProfile);
if (profiles.length > 0) console.log(`\nWhere the time goes in missed targets:\n${profiles.join('\n')}`);
if (browser.profiles.length > 0)
  console.log(`\nBrowser main thread (CPU profile of one extra load or pan):\n${browser.profiles.join('\n')}`);
const missed = rows.filter((row) => row.pass === false);
console.log(
  missed.length === 0
    ? '\nAll targets met.'
    : `\nMissed targets: ${missed.map((r) => `${r.size} ${r.measure}`).join('; ')}`,
);
writeFileSync(
  '.bench/results.json',
  JSON.stringify(
    { date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows, browser },
    null,
    2,
  ),
);
console.log('Wrote .bench/results.json');
