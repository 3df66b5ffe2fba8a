// Small hand-made graphs for the analysis tests: full node and edge attributes with short defaults.
import Graph from 'graphology';
import type { AtlasGraph, EdgeAttributes, NodeAttributes, RelationType } from '../../src/graph/types.ts';

export function emptyGraph(): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true });
  graph.replaceAttributes({ title: 'test', sources: [] });
  return graph;
}

export function addNode(graph: AtlasGraph, key: string, attributes: Partial<NodeAttributes> = {}): void {
  graph.addNode(key, {
    label: key.toUpperCase(),
    kind: 'country',
    aliases: [],
    description: `${key} for a test`,
    sources: ['doc'],
    x: 0,
    y: 0,
    ...attributes,
  });
}

export const country = (graph: AtlasGraph, key: string, northSouth: 'north' | 'south', label?: string) =>
  addNode(graph, key, { kind: 'country', northSouth, label: label ?? key.toUpperCase() });

export const organization = (graph: AtlasGraph, key: string, attributes: Partial<NodeAttributes> = {}) =>
  addNode(graph, key, { kind: 'organization', orgType: 'government', ...attributes });

export const initiative = (graph: AtlasGraph, key: string, attributes: Partial<NodeAttributes> = {}) =>
  addNode(graph, key, { kind: 'initiative', ...attributes });

/** Adds an edge keyed `type:source->target[@initiative]` (like the build) and returns its key. */
export function addEdge(
  graph: AtlasGraph,
  source: string,
  target: string,
  type: RelationType,
  extra: Partial<EdgeAttributes> = {},
): string {
  const key = `${type}:${source}->${target}${extra.initiative ? `@${extra.initiative}` : ''}`;
  const attributes: EdgeAttributes = {
    type,
    directed: type !== 'partnership',
    evidence: [{ source: 'doc', quote: `${source} ${type} ${target}` }],
    ...extra,
  };
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return key;
}
