// One pass over the edges that groups, per initiative (or forum), the knowledge transfers made in
// it, the support given to it and the actors taking part in it, so per-initiative analyses stay linear.
import type { AtlasGraph, RelationType } from '../graph/types.ts';
import { isActivity } from './actors.ts';

export interface InitiativeEdges {
  /** knowledge_transfer edges whose `initiative` attribute is this initiative */
  transfers: string[];
  /** funding, facilitation, implementation or organizing edges to this initiative, or with it as their `initiative` */
  support: string[];
  /** participation edges to this initiative */
  participants: string[];
  /** every edge incident to the initiative or with it as its `initiative` (where a statement may be quoted) */
  related: string[];
}

/** Relations by which a 'North' or multilateral partner facilitates: funds, supports, implements, organizes. */
export const SUPPORT_TYPES: ReadonlySet<RelationType> = new Set([
  'funding',
  'facilitation',
  'implementation',
  'organizing',
]);

export function indexByInitiative(graph: AtlasGraph): Map<string, InitiativeEdges> {
  const index = new Map<string, InitiativeEdges>();
  const entry = (initiative: string) => {
    let edges = index.get(initiative);
    if (!edges) index.set(initiative, (edges = { transfers: [], support: [], participants: [], related: [] }));
    return edges;
  };
  graph.forEachEdge((edge, { type, initiative }, source, target) => {
    const activities = new Set([source, target].filter((node) => isActivity(graph, node)));
    if (initiative !== undefined && graph.hasNode(initiative)) activities.add(initiative);
    for (const activity of activities) entry(activity).related.push(edge);
    if (type === 'knowledge_transfer') {
      if (initiative !== undefined) entry(initiative).transfers.push(edge);
    } else if (SUPPORT_TYPES.has(type)) {
      if (isActivity(graph, target)) entry(target).support.push(edge);
      if (initiative !== undefined && initiative !== target) entry(initiative).support.push(edge);
    } else if (type === 'participation' && isActivity(graph, target)) entry(target).participants.push(edge);
  });
  return index;
}
