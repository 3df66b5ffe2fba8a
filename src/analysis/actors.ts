// Who an actor stands for: organizations count for their home country, a group of countries for
// its members, and the 'North'/'South' side (as the Good Practices Guide's appendix uses the words)
// decides which triangular roles an actor can take.
import type { AtlasGraph } from '../graph/types.ts';

export type Side = 'north' | 'south';

/** The country a node stands for: itself for a country, its home `country` for an organization or forum. */
export function countryOf(graph: AtlasGraph, node: string): string | undefined {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind === 'country') return node;
  const home = attributes.country;
  if (home === undefined || !graph.hasNode(home)) return undefined;
  return graph.getNodeAttribute(home, 'kind') === 'country' ? home : undefined;
}

/** A group's side: that of its member countries (membership edges) when they all agree. */
function sideOfMembers(graph: AtlasGraph, group: string): Side | undefined {
  const sides = new Set<Side | undefined>();
  graph.forEachInEdge(group, (_edge, { type }, member) => {
    if (type === 'membership' && graph.getNodeAttribute(member, 'kind') === 'country')
      sides.add(graph.getNodeAttribute(member, 'northSouth'));
  });
  return sides.size === 1 ? [...sides][0] : undefined;
}

/**
 * 'north' or 'south' for a country, an organization with a home country, or a group of countries:
 * its own `northSouth` when the curators gave one (e.g. PALOP, whose members the texts never name),
 * else that of its member countries.
 */
export function sideOf(graph: AtlasGraph, node: string): Side | undefined {
  const country = countryOf(graph, node);
  if (country !== undefined) return graph.getNodeAttribute(country, 'northSouth');
  if (graph.getNodeAttribute(node, 'kind') !== 'organization') return undefined;
  return graph.getNodeAttribute(node, 'northSouth') ?? sideOfMembers(graph, node);
}

/**
 * Roles by side, memoized for one graph state (create it again after changing the graph). A possible
 * facilitator is a 'North' actor, or a multilateral body or donor agency with no Southern side.
 */
export function actorSides(graph: AtlasGraph) {
  const sides = new Map<string, Side | undefined>();
  const side = (node: string) => {
    if (!sides.has(node)) sides.set(node, sideOf(graph, node));
    return sides.get(node);
  };
  return {
    side,
    isSouthern: (node: string) => side(node) === 'south',
    canFacilitate: (node: string) => {
      const orgType = graph.getNodeAttribute(node, 'orgType');
      return (
        side(node) === 'north' ||
        (side(node) === undefined && (orgType === 'multilateral' || orgType === 'donor-agency'))
      );
    },
  };
}
export type ActorSides = ReturnType<typeof actorSides>;
