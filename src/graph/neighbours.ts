// A node's visible neighbours in a predictable order (alphabetical by label, then key), each with
// the number of visible relations between the two: what keyboard navigation on the canvas steps through.
import type { KeySet } from './graph-index.ts';
import type { AtlasGraph } from './types.ts';

export interface Neighbour {
  node: string;
  label: string;
  relations: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function visibleNeighbours(
  graph: AtlasGraph,
  node: string,
  hidden: { hiddenNodes: KeySet; hiddenEdges: KeySet },
): Neighbour[] {
  if (!graph.hasNode(node)) return [];
  const counts = new Map<string, number>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    const other = source === node ? target : source;
    if (other === node || hidden.hiddenEdges.has(edge) || hidden.hiddenNodes.has(other)) return;
    counts.set(other, (counts.get(other) ?? 0) + 1);
  });
  return [...counts]
    .map(([key, relations]) => ({ node: key, label: graph.getNodeAttribute(key, 'label'), relations }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
}

/** The number of visible relations of a node (self-loops counted once). */
export function visibleDegree(graph: AtlasGraph, node: string, hiddenEdges: KeySet): number {
  let count = 0;
  graph.forEachEdge(node, (edge) => {
    if (!hiddenEdges.has(edge)) count++;
  });
  return count;
}

/** Steps an index through a list of `length` items, wrapping around; -1 (no cursor yet) enters at either end. */
export function stepIndex(index: number, length: number, step: 1 | -1): number {
  if (length === 0) return -1;
  if (index < 0) return step === 1 ? 0 : length - 1;
  return (index + step + length) % length;
}
