// Degree, betweenness and Louvain communities for the whole graph, reproducible (seeded), and the
// brokers they point to. Betweenness is exact up to `exactLimit` nodes, sampled above.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../graph/random.ts';
import type { AtlasGraph, NodeKind } from '../graph/types.ts';
import { toAdjacency, undirectedProjection } from './projection.ts';
import { sampledBetweenness } from './sampled-betweenness.ts';

export interface Metrics {
  /** Relations touching the node, both directions, parallel relations counted. */
  degree: Record<string, number>;
  /** Normalized betweenness on the undirected simple view of the graph. */
  betweenness: Record<string, number>;
  betweennessMethod: 'exact' | `sampled(${number})`;
  community: Record<string, number>;
}

export interface MetricsOptions {
  /** Largest node count for exact betweenness; default 5000. */
  exactLimit?: number;
  /** Sources for sampled betweenness; default 64. */
  samples?: number;
  seed?: number;
}

export function computeMetrics(graph: AtlasGraph, options: MetricsOptions = {}): Metrics {
  const { exactLimit = 5000, samples = 64, seed = 1 } = options;
  const projection = undirectedProjection(graph);
  const degree: Record<string, number> = {};
  graph.forEachNode((node) => (degree[node] = graph.degree(node)));
  const exact = projection.order <= exactLimit;
  const betweenness = exact
    ? betweennessCentrality(projection, { getEdgeWeight: null, normalized: true })
    : sampledBetweenness(toAdjacency(projection), samples, seed);
  const community = louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  return { degree, betweenness, betweennessMethod: exact ? 'exact' : `sampled(${samples})`, community };
}

export interface Broker {
  node: string;
  label: string;
  kind: NodeKind;
  betweenness: number;
  degree: number;
  community: number;
}

/** Nodes by betweenness (then degree, then key), highest first. */
export function rankBrokers(metrics: Metrics, graph: AtlasGraph, limit = 10): Broker[] {
  return graph
    .mapNodes((node, attributes) => ({
      node,
      label: attributes.label,
      kind: attributes.kind,
      betweenness: metrics.betweenness[node] ?? 0,
      degree: metrics.degree[node] ?? 0,
      community: metrics.community[node] ?? -1,
    }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.node.localeCompare(b.node))
    .slice(0, limit);
}
