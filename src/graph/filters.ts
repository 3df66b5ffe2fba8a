// Filter logic: which nodes and edges a set of filters hides. Pure and allocation-light, so the
// renderer's reducers only do Set.has checks on the result.
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
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  visibleNodes: number;
  visibleEdges: number;
}

const anyOf = <T>(wanted: ReadonlySet<T>, values: readonly T[] | undefined) =>
  wanted.size === 0 || (values ?? []).some((value) => wanted.has(value));

function inPeriod(attributes: NodeAttributes, period: { from: number; to: number }): boolean {
  // A forum has one year; an initiative with a start and no end is taken as still running.
  const start = attributes.start ?? attributes.year ?? attributes.end;
  const end = attributes.end ?? attributes.year ?? (attributes.start !== undefined ? Infinity : undefined);
  return start !== undefined && end !== undefined && start <= period.to && end >= period.from;
}

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
    return inPeriod(attributes, filters.period);
  return true;
}

export function computeVisibility(graph: AtlasGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!nodePasses(graph, attributes, filters)) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  const degree = filters.hideIsolated ? new Map<string, number>() : null;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (
      filters.hiddenTypes.has(attributes.type) ||
      hiddenNodes.has(source) ||
      hiddenNodes.has(target) ||
      (attributes.initiative !== undefined && hiddenNodes.has(attributes.initiative))
    ) {
      hiddenEdges.add(edge);
    } else if (degree) {
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
  });
  if (degree) graph.forEachNode((node) => void (degree.has(node) || hiddenNodes.add(node)));
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
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
