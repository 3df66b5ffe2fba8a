// The words for how much of the graph is shown, and for a graph that has nothing to show.
export interface GraphSize {
  visibleNodes: number;
  nodes: number;
  visibleEdges: number;
  edges: number;
}

export const NO_NODES = 'This graph has no nodes';

export function graphSizeText({ visibleNodes, nodes, visibleEdges, edges }: GraphSize): string {
  if (nodes === 0) return `${NO_NODES}.`;
  return `${visibleNodes} of ${nodes} nodes · ${visibleEdges} of ${edges} edges shown`;
}

export function emptyGraphText(source: string | null): string {
  return `${source ?? 'The graph file'} was loaded, but holds no nodes, so there is nothing to draw or explore. The data may need to be rebuilt.`;
}
