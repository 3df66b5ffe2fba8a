// Whether a document states that an initiative is triangular: a quote on one of its relations that
// calls it so ("This initiative has a triangular dimension", "an ideal example of triangular
// cooperation"), not merely a name that contains the word (the ILO's "South-South and Triangular
// Cooperation strategy", its "SSTC Unit", the "South-South and triangular Coalition for Africa").
import type { AtlasGraph, Evidence } from '../graph/types.ts';

const NAMES = /triangular\s+(?:cooperation\s+)?(?:strategy|unit|coalition)/gi;

/** True when a quote calls something triangular other than by a proper name. */
export function statesTriangular(quote: string): boolean {
  return /triangular/i.test(quote.replace(NAMES, ''));
}

/** The statement found on the first of these edges (in key order) that has one, with that edge. */
export function findStatement(
  graph: AtlasGraph,
  edges: Iterable<string>,
): (Evidence & { edgeKey: string }) | undefined {
  for (const edgeKey of [...new Set(edges)].sort()) {
    const evidence = graph.getEdgeAttribute(edgeKey, 'evidence').find((e) => statesTriangular(e.quote));
    if (evidence) return { ...evidence, edgeKey };
  }
  return undefined;
}
