// Analyses on the large synthetic graph, when their modules exist: triangular arrangements and
// metrics (betweenness, communities). Imported dynamically so a missing module is skipped, not fatal.
import type { AtlasGraph } from '../../src/graph/types.ts';
import type { Row } from './results.ts';
import { heapMB, time } from './stats.ts';

type Module = Record<string, unknown>;

async function importIfPresent(path: string): Promise<Module | null> {
  try {
    return (await import(path)) as Module;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

const ANALYSES: { module: string; fn: string; measure: string; runs: number }[] = [
  {
    module: '../../src/analysis/triangular.ts',
    fn: 'findTriangularArrangements',
    measure: 'triangular arrangements',
    runs: 3,
  },
  { module: '../../src/analysis/metrics.ts', fn: 'computeMetrics', measure: 'metrics (betweenness, Louvain)', runs: 2 },
];

function describe(result: unknown): string {
  if (Array.isArray(result)) return `${result.length} found`;
  const method = (result as { betweennessMethod?: unknown } | null)?.betweennessMethod;
  return typeof method === 'string' ? `betweenness ${method}` : '';
}

export async function benchAnalyses(size: string, graph: AtlasGraph, log: (row: Row) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { module, fn, measure, runs } of ANALYSES) {
    const loaded = await importIfPresent(module);
    const analysis = loaded?.[fn];
    if (typeof analysis !== 'function') {
      const row: Row = { size, measure, value: null, unit: 'ms', note: `not available (${module.slice(6)} ${fn})` };
      rows.push(row);
      log(row);
      continue;
    }
    const run = time(() => (analysis as (g: AtlasGraph) => unknown)(graph), runs, 0);
    const row: Row = {
      size,
      measure,
      value: run.median,
      unit: 'ms',
      spread: runs > 1 ? `${run.min.toFixed(0)}–${run.max.toFixed(0)}` : '',
      heapMB: heapMB(),
      note: describe(run.last),
    };
    rows.push(row);
    log(row);
  }
  return rows;
}
