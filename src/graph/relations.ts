// A node's relations grouped by type and direction ("funded by", "shared with", …), each with its
// neighbour and evidence; edges hidden by filters are counted, not listed.
import type { AtlasGraph, Evidence, NodeKind, RelationType } from './types.ts';
import type { KeySet } from './graph-index.ts';

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  otherKind: NodeKind;
  initiative?: string;
  evidence: Evidence[];
}

export interface RelationGroup {
  type: RelationType;
  /** 'out': this node is the source; 'in': the target; 'both' for undirected relations. */
  direction: 'out' | 'in' | 'both';
  items: RelationItem[];
}

export interface NodeRelations {
  groups: RelationGroup[];
  hiddenCount: number;
}

export function nodeRelations(graph: AtlasGraph, node: string, hiddenEdges: KeySet): NodeRelations {
  const groups = new Map<string, RelationGroup>();
  let hiddenCount = 0;
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (hiddenEdges.has(edge)) {
      hiddenCount++;
      return;
    }
    const direction = !attributes.directed ? 'both' : source === node ? 'out' : 'in';
    const other = source === node ? target : source;
    const key = `${attributes.type}|${direction}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: attributes.type, direction, items: [] }));
    group.items.push({
      edge,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      otherKind: graph.getNodeAttribute(other, 'kind'),
      initiative: attributes.initiative,
      evidence: attributes.evidence,
    });
  });
  for (const group of groups.values()) group.items.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel));
  const order = (g: RelationGroup) => (g.type === 'knowledge_transfer' ? 0 : 1);
  return {
    groups: [...groups.values()].sort(
      (a, b) => order(a) - order(b) || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
    ),
    hiddenCount,
  };
}
