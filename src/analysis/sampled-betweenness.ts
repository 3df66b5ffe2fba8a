// Betweenness centrality estimated by Brandes' algorithm from k seeded random sources, scaled by
// n/k (Brandes & Pich 2007): O(k·E) instead of O(V·E), for graphs too big for the exact measure.
import { seededRandom } from '../graph/random.ts';
import type { Adjacency } from './projection.ts';

/** k distinct node indices out of n, chosen by a seeded partial Fisher–Yates shuffle; all when k ≥ n. */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  if (k >= n) return order;
  const random = seededRandom(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, k);
}

interface Workspace {
  sigma: Float64Array;
  distance: Int32Array;
  delta: Float64Array;
  stack: Int32Array;
}

/** One Brandes pass from `source`: breadth-first counts, then dependencies added to `centrality`. */
function accumulateFrom(source: number, { starts, neighbors }: Adjacency, w: Workspace, centrality: Float64Array) {
  const { sigma, distance, delta, stack } = w;
  let head = 0;
  let tail = 0;
  stack[tail++] = source;
  distance[source] = 0;
  sigma[source] = 1;
  while (head < tail) {
    const v = stack[head++]!;
    for (let e = starts[v]!; e < starts[v + 1]!; e++) {
      const u = neighbors[e]!;
      if (distance[u]! < 0) {
        distance[u] = distance[v]! + 1;
        stack[tail++] = u;
      }
      if (distance[u] === distance[v]! + 1) sigma[u]! += sigma[v]!;
    }
  }
  for (let i = tail - 1; i >= 0; i--) {
    const u = stack[i]!;
    for (let e = starts[u]!; e < starts[u + 1]!; e++) {
      const v = neighbors[e]!;
      if (distance[v] === distance[u]! - 1) delta[v]! += (sigma[v]! / sigma[u]!) * (1 + delta[u]!);
    }
    if (u !== source) centrality[u]! += delta[u]!;
  }
  for (let i = 0; i < tail; i++) {
    const u = stack[i]!;
    sigma[u] = 0;
    delta[u] = 0;
    distance[u] = -1;
  }
}

/** Normalized like graphology-metrics' betweenness (÷ (n−1)(n−2)); exact when samples ≥ n. */
export function sampledBetweenness(adjacency: Adjacency, samples: number, seed = 1): Record<string, number> {
  const n = adjacency.nodes.length;
  const sources = sampleSources(n, samples, seed);
  const workspace: Workspace = {
    sigma: new Float64Array(n),
    distance: new Int32Array(n).fill(-1),
    delta: new Float64Array(n),
    stack: new Int32Array(n),
  };
  const centrality = new Float64Array(n);
  for (const source of sources) accumulateFrom(source, adjacency, workspace, centrality);
  const scale = n <= 2 ? 1 : n / sources.length / ((n - 1) * (n - 2));
  return Object.fromEntries(adjacency.nodes.map((node, i) => [node, centrality[i]! * scale]));
}
