// Walking one step from a node along edges of allowed types, in a chosen direction. Partnership
// edges have no direction, so they are walked both ways whatever the direction asked for.
import { UNDIRECTED_TYPES, type AtlasGraph, type RelationType } from '../graph/types.ts';
import type { KeySet } from '../graph/graph-index.ts';

export type Direction = 'out' | 'in' | 'both';

export interface StepOptions {
  /** Relation types that may be walked; all when omitted. */
  types?: ReadonlySet<RelationType>;
  /** Edges that may not be walked (those the filters hide). */
  hidden?: KeySet;
  direction: Direction;
}

/** Calls `visit(edge, neighbor)` for every edge that can be walked from `node`. */
export function forEachStep(
  graph: AtlasGraph,
  node: string,
  { types, hidden, direction }: StepOptions,
  visit: (edge: string, neighbor: string) => void,
): void {
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if ((types && !types.has(attributes.type)) || hidden?.has(edge)) return;
    const outgoing = source === node;
    const allowed = direction === 'both' || UNDIRECTED_TYPES.has(attributes.type) || (direction === 'out') === outgoing;
    if (allowed) visit(edge, outgoing ? target : source);
  });
}
