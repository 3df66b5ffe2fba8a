// One pass over the edges that groups, per initiative (or forum), the knowledge transfers made in
// it and the funding/facilitation given to it, so per-initiative analyses stay linear.
import type { AtlasGraph } from '../graph/types.ts';

export interface InitiativeEdges {
  /** knowledge_transfer edges whose `initiative` attribute is this initiative */
  transfers: string[];
  /** funding or facilitation edges to this initiative, or with it as their `initiative` */
  support: string[];
}

const isActivity = (graph: AtlasGraph, node: string) => {
  const kind = graph.getNodeAttribute(node, 'kind');
  return kind === 'initiative' || kind === 'forum';
};

export function indexByInitiative(graph: AtlasGraph): Map<string, InitiativeEdges> {
  const index = new Map<string, InitiativeEdges>();
  const entry = (initiative: string) => {
    let edges = index.get(initiative);
    if (!edges) index.set(initiative, (edges = { transfers: [], support: [] }));
    return edges;
  };
  graph.forEachEdge((edge, attributes, _source, target) => {
    const { type, initiative } = attributes;
    if (type === 'knowledge_transfer') {
      if (initiative !== undefined) entry(initiative).transfers.push(edge);
    } else if (type === 'funding' || type === 'facilitation') {
      if (isActivity(graph, target)) entry(target).support.push(edge);
      if (initiative !== undefined && initiative !== target) entry(initiative).support.push(edge);
    }
  });
  return index;
}
