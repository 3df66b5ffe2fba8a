// Filter logic: which nodes and edges a set of filters hides. Pure and allocation-light, so the
// renderer's reducers only do Set.has checks on the result.
import { RELATION_TYPES } from './types.ts';
import { graphIndex, MaskSet, type KeySet } from './graph-index.ts';
import { activeDuring } from './timeline.ts';
import type { AtlasGraph, Modality, NodeAttributes, NodeKind, Pillar, Region, RelationType, Theme } from './types.ts';

export interface Filters {
  hiddenTypes: ReadonlySet<RelationType>;
  hiddenKinds: ReadonlySet<NodeKind>;
  /** Initiative facets: an empty set means "any". */
  modalities: ReadonlySet<Modality>;
  themes: ReadonlySet<Theme>;
  pillars: ReadonlySet<Pillar>;
  /** Countries (and organizations and forums by their country) in these regions; empty = any. */
  regions: ReadonlySet<Region>;
  /** Initiatives active, and forums held, within these years; null = any. */
  period: { from: number; to: number } | null;
  hideIsolated: boolean;
}

export const EMPTY_FILTERS: Filters = {
  hiddenTypes: new Set(),
  hiddenKinds: new Set(),
  modalities: new Set(),
  themes: new Set(),
  pillars: new Set(),
  regions: new Set(),
  period: null,
  hideIsolated: false,
};

export interface Visibility {
  hiddenNodes: KeySet;
  hiddenEdges: KeySet;
  visibleNodes: number;
  visibleEdges: number;
}

const anyOf = <T>(wanted: ReadonlySet<T>, values: readonly T[] | undefined) =>
  wanted.size === 0 || (values ?? []).some((value) => wanted.has(value));

/** Whether a node passes the node-level filters (not counting hideIsolated). */
export function nodePasses(graph: AtlasGraph, attributes: NodeAttributes, filters: Filters): boolean {
  if (filters.hiddenKinds.has(attributes.kind)) return false;
  if (filters.regions.size > 0 && attributes.kind !== 'initiative') {
    const region =
      attributes.kind === 'country'
        ? attributes.region
        : attributes.country && graph.hasNode(attributes.country)
          ? graph.getNodeAttribute(attributes.country, 'region')
          : undefined;
    if (attributes.kind === 'country' || attributes.country) {
      if (!region || !filters.regions.has(region)) return false;
    }
  }
  if (attributes.kind === 'initiative') {
    if (!anyOf(filters.modalities, attributes.modality) || !anyOf(filters.themes, attributes.themes)) return false;
    if (filters.pillars.size > 0 && !(attributes.pillar && filters.pillars.has(attributes.pillar))) return false;
  }
  if (filters.period && (attributes.kind === 'initiative' || attributes.kind === 'forum'))
    return activeDuring(attributes, filters.period);
  return true;
}

const nodeFacetsActive = (f: Filters) =>
  f.hiddenKinds.size + f.regions.size + f.modalities.size + f.themes.size + f.pillars.size > 0 || f.period !== null;

/** Which nodes and edges `filters` hide: one pass over nodes (when a node facet is set), one over edges. */
export function computeVisibility(graph: AtlasGraph, filters: Filters): Visibility {
  const index = graphIndex(graph);
  const { nodes, edges, types, sources, targets, initiatives } = index;
  const nodeHidden = new Uint8Array(nodes.length);
  let hiddenNodeCount = 0;
  if (nodeFacetsActive(filters))
    for (let n = 0; n < nodes.length; n++)
      if (!nodePasses(graph, index.nodeAttributes[n]!, filters)) {
        nodeHidden[n] = 1;
        hiddenNodeCount++;
      }
  const typeHidden = new Uint8Array(RELATION_TYPES.length);
  RELATION_TYPES.forEach((type, t) => (typeHidden[t] = filters.hiddenTypes.has(type) ? 1 : 0));
  const edgeHidden = new Uint8Array(edges.length);
  let hiddenEdgeCount = 0;
  const degree = filters.hideIsolated ? new Int32Array(nodes.length) : null;
  for (let e = 0; e < edges.length; e++) {
    const source = sources[e]!;
    const target = targets[e]!;
    const initiative = initiatives[e]!;
    if (
      typeHidden[types[e]!] ||
      nodeHidden[source] ||
      nodeHidden[target] ||
      (initiative >= 0 && nodeHidden[initiative])
    ) {
      edgeHidden[e] = 1;
      hiddenEdgeCount++;
    } else if (degree) {
      degree[source]!++;
      degree[target]!++;
    }
  }
  if (degree)
    for (let n = 0; n < nodes.length; n++)
      if (degree[n] === 0 && !nodeHidden[n]) {
        nodeHidden[n] = 1;
        hiddenNodeCount++;
      }
  return {
    hiddenNodes: new MaskSet(index.nodePositions, nodeHidden, hiddenNodeCount),
    hiddenEdges: new MaskSet(index.edgePositions, edgeHidden, hiddenEdgeCount),
    visibleNodes: nodes.length - hiddenNodeCount,
    visibleEdges: edges.length - hiddenEdgeCount,
  };
}

export interface FacetCounts {
  types: Map<RelationType, number>;
  kinds: Map<NodeKind, number>;
  modalities: Map<Modality, number>;
  themes: Map<Theme, number>;
  pillars: Map<Pillar, number>;
  regions: Map<Region, number>;
}

function bump<K>(map: Map<K, number>, key: K | undefined) {
  if (key !== undefined) map.set(key, (map.get(key) ?? 0) + 1);
}

/** For each filter option, how many edges or nodes it keeps given every other facet's setting. */
export function facetCounts(graph: AtlasGraph, filters: Filters): FacetCounts {
  const counts: FacetCounts = {
    types: new Map(),
    kinds: new Map(),
    modalities: new Map(),
    themes: new Map(),
    pillars: new Map(),
    regions: new Map(),
  };
  const without = (patch: Partial<Filters>) => computeVisibility(graph, { ...filters, ...patch });
  const byTypes = without({ hiddenTypes: new Set() });
  graph.forEachEdge((edge, attributes) => void (byTypes.hiddenEdges.has(edge) || bump(counts.types, attributes.type)));
  const facets: [Partial<Filters>, (attributes: NodeAttributes) => void][] = [
    [{ hiddenKinds: new Set() }, (a) => bump(counts.kinds, a.kind)],
    [{ modalities: new Set() }, (a) => a.modality?.forEach((m) => bump(counts.modalities, m))],
    [{ themes: new Set() }, (a) => a.themes?.forEach((t) => bump(counts.themes, t))],
    [{ pillars: new Set() }, (a) => bump(counts.pillars, a.pillar)],
    [{ regions: new Set() }, (a) => a.kind === 'country' && bump(counts.regions, a.region)],
  ];
  for (const [patch, count] of facets) {
    const visibility = without(patch);
    graph.forEachNode((node, attributes) => void (visibility.hiddenNodes.has(node) || count(attributes)));
  }
  return counts;
}
