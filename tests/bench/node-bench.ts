// Node-side timings on one synthetic graph: graph build from JSON, filter recompute, search.
// Each is a median of several runs after a warm-up; a missed target comes with a CPU profile.
import { EMPTY_FILTERS, computeVisibility, type Filters } from '../../src/graph/filters.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { createSearchIndex, searchNodes } from '../../src/graph/search.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { profileSelfTime } from './profile.ts';
import { spread, type Row } from './results.ts';
import { heapMB, median, time } from './stats.ts';

export const FILTER_TARGET_MS = 16;
export const SEARCH_TARGET_MS = 5;

/** Realistic queries drawn from the graph: first keystrokes, a phrase, a label, a typo, an alias. */
export function searchQueries(graph: AtlasGraph): [string, string][] {
  const country = graph.findNode((_n, a) => a.kind === 'country' && a.label.length >= 8)!;
  const label = graph.getNodeAttribute(country, 'label');
  const typo = label.slice(0, 3) + label.slice(4);
  const withAlias = graph.findNode((_n, a) => a.kind === 'organization' && (a.aliases[0]?.length ?? 0) >= 3)!;
  return [
    ['first keystrokes', 'mi'],
    ['phrase', 'ministry of labour'],
    ['exact label', label],
    ['typo', typo],
    ['alias', graph.getNodeAttribute(withAlias, 'aliases')[0]!],
    ['accents + case', 'PROGRAMME ON YOUTH EMPLÓYMENT'],
  ];
}

async function withProfile(row: Row, fn: () => unknown, repeat: number): Promise<Row> {
  if (row.pass === false) row.profile = await profileSelfTime(fn, repeat);
  return row;
}

export async function benchNode(
  size: string,
  text: string,
  log: (row: Row) => void,
): Promise<{ rows: Row[]; graph: AtlasGraph }> {
  const rows: Row[] = [];
  const add = (row: Row) => (rows.push(row), log(row), row);
  const big = text.length > 50e6;
  const before = heapMB();
  const load = time(() => loadGraph(text, `synthetic ${size}`), big ? 3 : 5);
  const { graph, report } = load.last;
  if (report.problems.length > 0)
    throw new Error(`bench: the synthetic graph has ${report.problems.length} problems: ${report.problems[0]}`);
  add({
    size,
    measure: 'graph build (loadGraph)',
    value: load.median,
    unit: 'ms',
    spread: `${load.min.toFixed(0)}–${load.max.toFixed(0)}`,
    heapMB: heapMB() - before,
    note: `${(text.length / 2 ** 20).toFixed(0)} MB JSON; heap = graph retained`,
  });

  const filters: [string, Filters][] = [
    ['filter: hide "participation"', { ...EMPTY_FILTERS, hiddenTypes: new Set(['participation']) }],
    ['filter: hide isolated', { ...EMPTY_FILTERS, hideIsolated: true }],
  ];
  for (const [measure, filter] of filters) {
    const run = time(() => computeVisibility(graph, filter), 15, 3);
    const row = add({
      size,
      measure,
      value: run.median,
      unit: 'ms',
      spread: `${run.min.toFixed(1)}–${run.max.toFixed(1)}`,
      heapMB: heapMB(),
      target: `< ${FILTER_TARGET_MS} ms`,
      pass: run.median < FILTER_TARGET_MS,
      note: `${run.last.visibleNodes} nodes, ${run.last.visibleEdges} edges shown`,
    });
    await withProfile(row, () => computeVisibility(graph, filter), 20);
  }

  const indexRun = time(() => createSearchIndex(graph), 3);
  const index = indexRun.last;
  add({ size, measure: 'search index build (once)', value: indexRun.median, unit: 'ms', heapMB: heapMB() });
  const medians: number[] = [];
  for (const [kind, query] of searchQueries(graph)) {
    const run = time(() => searchNodes(index, query), 15, 3);
    medians.push(run.median);
    const row = add({
      size,
      measure: `search: ${kind} "${query}"`,
      value: run.median,
      unit: 'ms',
      spread: `${run.min.toFixed(1)}–${run.max.toFixed(1)}`,
      target: `< ${SEARCH_TARGET_MS} ms`,
      pass: run.median < SEARCH_TARGET_MS,
      note: `${run.last.length} hits${run.last[0] ? `, first "${run.last[0].label}"` : ''}`,
    });
    await withProfile(row, () => searchNodes(index, query), 10);
  }
  add({ size, measure: 'search: median over queries', value: median(medians), unit: 'ms', spread: spread(medians) });
  return { rows, graph };
}
