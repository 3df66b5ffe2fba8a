// The text twin of the graph: relations as rows grouped by actor (the one who shares, funds, hosts
// or joins), actors and partners in alphabetical order, and each relation's parts for a sentence
// (the panel words it in the interface language).
import type { AtlasGraph, RelationType } from '../graph/types.ts';

export type ListRow =
  { kind: 'actor'; node: string; count: number } | { kind: 'relation'; edge: string; actor: string };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ranks = new WeakMap<AtlasGraph, Map<string, number>>();

/** Every node's place in alphabetical order of labels, computed once per graph. */
function labelRanks(graph: AtlasGraph): Map<string, number> {
  let rank = ranks.get(graph);
  if (!rank) {
    const sorted = graph
      .nodes()
      .sort((a, b) => collator.compare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')));
    rank = new Map(sorted.map((node, i) => [node, i]));
    ranks.set(graph, rank);
  }
  return rank;
}

/** Rows for the given edges: one actor row, then its relations by partner. Sorting is by integer ranks. */
export function relationRows(graph: AtlasGraph, edges: Iterable<string>): ListRow[] {
  const rank = labelRanks(graph);
  const items: { edge: string; actor: string; a: number; b: number }[] = [];
  for (const edge of edges) {
    const actor = graph.source(edge);
    items.push({ edge, actor, a: rank.get(actor)!, b: rank.get(graph.target(edge))! });
  }
  items.sort((x, y) => x.a - y.a || x.b - y.b || (x.edge < y.edge ? -1 : 1));
  const rows: ListRow[] = [];
  let header = { kind: 'actor' as const, node: '', count: 0 };
  for (const { edge, actor } of items) {
    if (rows.length === 0 || header.node !== actor) {
      header = { kind: 'actor', node: actor, count: 0 };
      rows.push(header);
    }
    header.count++;
    rows.push({ kind: 'relation', edge, actor });
  }
  return rows;
}

export interface RelationSentence {
  type: RelationType;
  /** The labels of the one who shares, funds, hosts or joins, and of the other. */
  source: string;
  target: string;
  quote: string | null;
  document: string | null;
}

/** Who relates to whom and how (Brazil, knowledge transfer, Paraguay), its first quote and its document. */
export function relationSentence(
  graph: AtlasGraph,
  edge: string,
  titles: ReadonlyMap<string, string>,
): RelationSentence {
  const { type, evidence } = graph.getEdgeAttributes(edge);
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  const first = evidence[0];
  return {
    type,
    source: label(graph.source(edge)),
    target: label(graph.target(edge)),
    quote: first?.quote ?? null,
    document: first ? (titles.get(first.source) ?? first.source) : null,
  };
}
