// Import figures: time and peak heap of opening GEXF, GraphML and CSV files (made from the synthetic
// graph with our exporters) with the app's importer (parse, check, defaults, report: what the import
// worker runs) against graphology's own parsers called bare on the same text in the same run (they
// bring their own @xmldom/xmldom 0.8; the app's strict parser uses 0.9).
import { GCProfiler } from 'node:v8';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { exportCsv, exportGexf, exportGraphml } from '../../src/interchange/export.ts';
import { importGraph, type ImportInput } from '../../src/interchange/import.ts';
import { OpenGraph } from '../../src/interchange/read-xml.ts';
import type { Row } from './results.ts';
import { heapMB, median } from './stats.ts';

export interface Measured {
  ms: number;
  result: unknown;
  /** Most heap in use during the call, above the heap after a full GC before it (MB). */
  peakMB: number;
}

/** Times `fn` and finds its peak heap: the used heap before each GC during the call, and at its end. */
export function measure(fn: () => unknown): Measured {
  const base = heapMB() * 2 ** 20;
  const profiler = new GCProfiler();
  profiler.start();
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  let peak = process.memoryUsage().heapUsed;
  for (const gc of profiler.stop()?.statistics ?? []) peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
  if (result === undefined) throw new Error('bench: an import returned nothing');
  return { ms, result, peakMB: (peak - base) / 2 ** 20 };
}

/** graphology JSON → CSV → a graph the bare way: Papa's rows as attributes, no checks, no types. */
function bareCsv(nodes: string, edges: string) {
  const graph = new Graph({ type: 'directed', multi: true });
  const options = { header: true, skipEmptyLines: true } as const;
  for (const row of Papa.parse<Record<string, string>>(nodes, options).data) graph.addNode(row.key!, row);
  for (const row of Papa.parse<Record<string, string>>(edges, options).data)
    graph.addDirectedEdgeWithKey(row.key!, row.source!, row.target!, row);
  return graph;
}

interface Case {
  format: string;
  bytes: number;
  ours: () => ReturnType<typeof importGraph>;
  bare: [string, () => unknown];
}

function cases(graph: AtlasGraph): Case[] {
  const gexf = exportGexf(graph);
  const graphml = exportGraphml(graph);
  const csv = exportCsv(graph);
  const csvInput: ImportInput = {
    name: 'edges.csv',
    text: csv.edges,
    nodes: { name: 'nodes.csv', text: csv.nodes },
  };
  return [
    {
      format: 'GEXF',
      bytes: gexf.length,
      ours: () => importGraph({ name: 'g.gexf', text: gexf }),
      bare: ['graphology-gexf parse', () => parseGexf(Graph, gexf, { addMissingNodes: true })],
    },
    {
      format: 'GraphML',
      bytes: graphml.length,
      ours: () => importGraph({ name: 'g.graphml', text: graphml }),
      // Given graphology's Graph, this parser copies the whole graph per edge of a file that mixes
      // directed and undirected edges (see read-xml.ts): 96 s at 1k/5k, hours at 10k/50k. It gets the
      // app's born-mixed graph class, so that the comparison is of parsing, not of that bug.
      bare: [
        'graphology-graphml parse (mixed graph class)',
        () => parseGraphml(OpenGraph, graphml, { addMissingNodes: true }),
      ],
    },
    {
      format: 'CSV',
      bytes: csv.nodes.length + csv.edges.length,
      ours: () => importGraph(csvInput),
      bare: ['papaparse + addNode/addEdge', () => bareCsv(csv.nodes, csv.edges)],
    },
  ];
}

/** Runs `fn` `warmup` times untimed, then `runs` times measured: median time, largest peak, last result. */
function repeat(fn: () => unknown, runs: number, warmup: number): Measured & { samples: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const all = Array.from({ length: runs }, () => measure(fn));
  const samples = all.map((m) => m.ms);
  return { ms: median(samples), peakMB: Math.max(...all.map((m) => m.peakMB)), result: all.at(-1)!.result, samples };
}

export function benchImport(size: string, text: string, log: (row: Row) => void): void {
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(JSON.parse(text));
  const big = graph.order > 20_000;
  const [runs, warmup] = big ? [1, 0] : [3, 1];
  for (const { format, bytes, ours, bare } of cases(graph)) {
    const mine = repeat(ours, runs, warmup);
    const { kept, droppedCount } = (mine.result as ReturnType<typeof importGraph>).report;
    if (kept.nodes !== graph.order || kept.edges !== graph.size || droppedCount > 0)
      throw new Error(`bench: ${format} import kept ${kept.nodes}/${kept.edges} of ${graph.order}/${graph.size}`);
    mine.result = null; // not kept alive while the bare parser runs
    const theirs = repeat(bare[1], runs, warmup);
    const range = (m: { samples: number[] }) =>
      m.samples.length > 1 ? `${Math.min(...m.samples).toFixed(0)}–${Math.max(...m.samples).toFixed(0)}` : '';
    const file = `${(bytes / 2 ** 20).toFixed(0)} MB`;
    log({
      size,
      measure: `import ${format}: SSTC Atlas importGraph`,
      value: mine.ms,
      unit: 'ms',
      spread: range(mine),
      heapMB: mine.peakMB,
      note: `${file}; ${(mine.ms / theirs.ms).toFixed(2)}× the bare time, ${(mine.peakMB / theirs.peakMB).toFixed(2)}× its peak heap`,
    });
    log({
      size,
      measure: `import ${format}: ${bare[0]} (bare)`,
      value: theirs.ms,
      unit: 'ms',
      spread: range(theirs),
      heapMB: theirs.peakMB,
      note: `${file}; ${runs} run(s)${warmup ? ` after ${warmup} warm-up` : ''}; heap = peak above baseline`,
    });
  }
}
