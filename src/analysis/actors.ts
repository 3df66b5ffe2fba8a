// Who an actor stands for: organizations count for their home country, and a country's
// 'North'/'South' side (as the Good Practices Guide's appendix uses the words) decides its roles.
import type { AtlasGraph } from '../graph/types.ts';

/** The country a node stands for: itself for a country, its home `country` for an organization or forum. */
export function countryOf(graph: AtlasGraph, node: string): string | undefined {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind === 'country') return node;
  const home = attributes.country;
  if (home === undefined || !graph.hasNode(home)) return undefined;
  return graph.getNodeAttribute(home, 'kind') === 'country' ? home : undefined;
}

/** 'north' or 'south' for a country or an organization with a home country; undefined otherwise. */
export function sideOf(graph: AtlasGraph, node: string): 'north' | 'south' | undefined {
  const country = countryOf(graph, node);
  return country === undefined ? undefined : graph.getNodeAttribute(country, 'northSouth');
}

/**
 * A possible facilitating partner of triangular cooperation: a 'North' country, an organization
 * whose home country is North, or a multilateral body or donor agency with no Southern home country.
 */
export function canFacilitate(graph: AtlasGraph, node: string): boolean {
  const side = sideOf(graph, node);
  if (side === 'north') return true;
  const orgType = graph.getNodeAttribute(node, 'orgType');
  return side === undefined && (orgType === 'multilateral' || orgType === 'donor-agency');
}

export const isSouthern = (graph: AtlasGraph, node: string): boolean => sideOf(graph, node) === 'south';
