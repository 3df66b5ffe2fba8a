// Flows between places, for the map: knowledge transfer, funding and facilitation, each going from the
// country its source stands in to the country its target stands in, and their sum country to country.
import type { AtlasGraph, RelationType } from '../graph/types.ts';

/** The relation types the map draws as curved, directed arcs. */
export const FLOW_TYPES: ReadonlySet<RelationType> = new Set(['knowledge_transfer', 'funding', 'facilitation']);

/**
 * The country a node stands in: a country itself, an organization or forum its home country, else the
 * country that hosts it (the first by key, as the map layout seats it); initiatives stand nowhere.
 */
export function placeOf(graph: AtlasGraph, node: string): string | null {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind === 'country') return node;
  if (attributes.kind === 'initiative') return null;
  if (attributes.country && graph.hasNode(attributes.country)) return attributes.country;
  const hosts: string[] = [];
  graph.forEachInEdge(node, (_edge, edgeAttributes, source, _target, sourceAttributes) => {
    if (edgeAttributes.type !== 'hosting') return;
    const place = sourceAttributes.kind === 'country' ? source : sourceAttributes.country;
    if (place && graph.hasNode(place)) hosts.push(place);
  });
  return hosts.sort()[0] ?? null;
}

export interface CountryFlow {
  /** `flow:<from>><to>`, also the key of the arc that draws it. */
  key: string;
  from: string;
  to: string;
  /** The relations it sums, in the graph's order. */
  edges: string[];
  /** The relation type most of them have (ties: the first in FLOW_TYPES order). */
  mainType: RelationType;
}

export const flowKey = (from: string, to: string): string => `flow:${from}>${to}`;

/** The countries of a `flow:from>to` key, or null for any other key. */
export function parseFlowKey(key: string): { from: string; to: string } | null {
  const match = /^flow:([^>]+)>(.+)$/.exec(key);
  return match ? { from: match[1]!, to: match[2]! } : null;
}

/** Flow relations between two different countries, summed by (from, to); `hidden` edges are left out. */
export function countryFlows(graph: AtlasGraph, hidden: { has(edge: string): boolean } = new Set()): CountryFlow[] {
  const places = new Map<string, string | null>();
  const place = (node: string) => {
    if (!places.has(node)) places.set(node, placeOf(graph, node));
    return places.get(node)!;
  };
  const flows = new Map<string, CountryFlow & { counts: Map<RelationType, number> }>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!FLOW_TYPES.has(attributes.type) || hidden.has(edge)) return;
    const [from, to] = [place(source), place(target)];
    if (!from || !to || from === to) return;
    const key = flowKey(from, to);
    let flow = flows.get(key);
    if (!flow) flows.set(key, (flow = { key, from, to, edges: [], mainType: attributes.type, counts: new Map() }));
    flow.edges.push(edge);
    flow.counts.set(attributes.type, (flow.counts.get(attributes.type) ?? 0) + 1);
  });
  return [...flows.values()].map(({ counts, ...flow }) => {
    let mainType = flow.mainType;
    for (const type of FLOW_TYPES) if ((counts.get(type) ?? 0) > (counts.get(mainType) ?? 0)) mainType = type;
    return { ...flow, mainType };
  });
}

/** Flow relations with both ends in a country (so drawn between places on the map), within one or two. */
export function placedFlows(graph: AtlasGraph): Set<string> {
  const places = new Map<string, string | null>();
  const placed = (node: string) => {
    if (!places.has(node)) places.set(node, placeOf(graph, node));
    return places.get(node) !== null;
  };
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (FLOW_TYPES.has(attributes.type) && placed(source) && placed(target)) edges.add(edge);
  });
  return edges;
}

/** The edges a country-to-country flow sums, for the relations on it. */
export function flowEdges(graph: AtlasGraph, from: string, to: string, hidden?: { has(edge: string): boolean }) {
  return countryFlows(graph, hidden).find((flow) => flow.from === from && flow.to === to)?.edges ?? [];
}
