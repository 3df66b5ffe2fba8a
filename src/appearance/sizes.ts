// Node size by degree (d3-scale, square-root so area tracks degree), computed once per graph.
import { scaleSqrt } from 'd3-scale';
import type { AtlasGraph } from '../graph/types.ts';

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

export function degreeSizeScale(maxDegree: number) {
  return scaleSqrt()
    .domain([0, Math.max(1, maxDegree)])
    .range([MIN_NODE_SIZE, MAX_NODE_SIZE])
    .clamp(true);
}

/** Size of every node by its degree in the whole graph. */
export function nodeSizesByDegree(graph: AtlasGraph): Map<string, number> {
  let max = 0;
  graph.forEachNode((node) => (max = Math.max(max, graph.degree(node))));
  const scale = degreeSizeScale(max);
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => sizes.set(node, scale(graph.degree(node))));
  return sizes;
}
