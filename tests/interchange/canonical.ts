// A graph as comparable data: node and edge keys in order, with every attribute (evidence included).
import type { AtlasGraph } from '../../src/graph/types.ts';

const sorted = (attributes: object) =>
  Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b)));

export const canonical = (graph: AtlasGraph) => ({
  nodes: graph.mapNodes((key, attributes) => [key, sorted(attributes)]),
  edges: graph.mapEdges((key, attributes, source, target) => [key, source, target, sorted(attributes)]),
});
