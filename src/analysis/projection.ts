// The undirected simple view of the atlas that centrality and communities are computed on: one
// edge per linked pair, weighted by how many relations link them, whatever their direction.
import Graph, { UndirectedGraph } from 'graphology';
import type { AtlasGraph } from '../graph/types.ts';

export type Projection = Graph<Record<string, never>, { weight: number }>;

export function undirectedProjection(graph: AtlasGraph): Projection {
  const projection: Projection = new UndirectedGraph();
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    projection.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  });
  return projection;
}

/** Compressed adjacency (CSR) of a projection: node i's neighbours are neighbors[starts[i]..starts[i+1]). */
export interface Adjacency {
  nodes: string[];
  starts: Int32Array;
  neighbors: Int32Array;
}

export function toAdjacency(projection: Projection): Adjacency {
  const nodes = projection.nodes();
  const ids = new Map(nodes.map((node, i) => [node, i]));
  const starts = new Int32Array(nodes.length + 1);
  const neighbors = new Int32Array(projection.size * 2);
  let n = 0;
  nodes.forEach((node, i) => {
    starts[i] = n;
    projection.forEachNeighbor(node, (neighbor) => void (neighbors[n++] = ids.get(neighbor)!));
  });
  starts[nodes.length] = n;
  return { nodes, starts, neighbors };
}
