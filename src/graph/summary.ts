// Counts of nodes by kind and edges by type, for the data build's output and reports.
import type { AtlasGraph } from './types.ts';

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

export function summarize(graph: AtlasGraph): string {
  const kinds = countBy(graph.nodes(), (node) => graph.getNodeAttribute(node, 'kind'));
  const types = countBy(graph.edges(), (edge) => graph.getEdgeAttribute(edge, 'type'));
  const line = (counts: Map<string, number>) => [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  return `${graph.order} nodes (${line(kinds)})\n${graph.size} edges (${line(types)})`;
}
