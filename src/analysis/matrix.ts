// Who learns from whom, country by country: knowledge transfers counted in a sharer × learner
// matrix, organizations counting for their home country.
import type { AtlasGraph } from '../graph/types.ts';
import { countryOf } from './actors.ts';

export interface MatrixCell {
  from: string;
  to: string;
  count: number;
  edges: string[];
}

export interface TransferMatrix {
  /** Sharing countries, most transfers first (ties by key). */
  rows: string[];
  /** Learning countries, most transfers first (ties by key). */
  cols: string[];
  /** Non-empty cells, largest first. */
  cells: MatrixCell[];
  /** Transfers left out because one end stands for no country (an international body). */
  unplaced: string[];
}

const byTotal = (totals: Map<string, number>) =>
  [...totals].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([key]) => key);

export function knowledgeTransferMatrix(graph: AtlasGraph): TransferMatrix {
  const cells = new Map<string, MatrixCell>();
  const rowTotals = new Map<string, number>();
  const colTotals = new Map<string, number>();
  const unplaced: string[] = [];
  graph.forEachEdge((edge, { type }, source, target) => {
    if (type !== 'knowledge_transfer') return;
    const from = countryOf(graph, source);
    const to = countryOf(graph, target);
    if (from === undefined || to === undefined) return void unplaced.push(edge);
    const key = `${from}\u0000${to}`;
    const cell = cells.get(key) ?? { from, to, count: 0, edges: [] };
    cell.count++;
    cell.edges.push(edge);
    cells.set(key, cell);
    rowTotals.set(from, (rowTotals.get(from) ?? 0) + 1);
    colTotals.set(to, (colTotals.get(to) ?? 0) + 1);
  });
  const sorted = [...cells.values()].sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  return { rows: byTotal(rowTotals), cols: byTotal(colTotals), cells: sorted, unplaced };
}
