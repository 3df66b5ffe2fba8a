// Who an actor stands for: organizations count for their home country, a group of countries for
// its members, and its party — 'North', 'South' (as the Good Practices Guide's appendix uses the
// words) or multilateral — decides which triangular roles it can take.
import type { AtlasGraph } from '../graph/types.ts';

export type Side = 'north' | 'south';
/** The side of cooperation an actor is on; multilateral bodies are decided by type, wherever seated. */
export type Party = Side | 'multilateral';

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
 * An actor's party. A multilateral body (the ILO, its regional offices, UN agencies) is multilateral
 * even when seated in a Southern country; a donor fund or an intergovernmental body whose members are
 * not all on one side (the MDG Achievement Fund, the CPLP) is a multilateral partner too.
 */
export function partyOf(graph: AtlasGraph, node: string): Party | undefined {
  const orgType = graph.getNodeAttribute(node, 'orgType');
  if (graph.getNodeAttribute(node, 'kind') === 'organization' && orgType === 'multilateral') return 'multilateral';
  const side = sideOf(graph, node);
  if (side !== undefined) return side;
  return orgType === 'donor-agency' || orgType === 'regional-intergovernmental' ? 'multilateral' : undefined;
}

/**
 * Parties, memoized for one graph state (create it again after changing the graph). A programme or
 * event acting as a funder or supporter (COOP Africa sponsoring a visit) counts as the organization
 * it is `part_of`.
 */
export function actorSides(graph: AtlasGraph) {
  const parties = new Map<string, Party | undefined>();
  const party = (node: string): Party | undefined => {
    if (!parties.has(node)) {
      parties.set(node, undefined); // guards against part_of cycles
      parties.set(node, isActivity(graph, node) ? partyOfActivity(graph, node, party) : partyOf(graph, node));
    }
    return parties.get(node);
  };
  return {
    party,
    isSouthern: (node: string) => party(node) === 'south',
    canFacilitate: (node: string) => party(node) === 'north' || party(node) === 'multilateral',
  };
}
export type ActorSides = ReturnType<typeof actorSides>;

export const isActivity = (graph: AtlasGraph, node: string) => {
  const kind = graph.getNodeAttribute(node, 'kind');
  return kind === 'initiative' || kind === 'forum';
};

function partyOfActivity(graph: AtlasGraph, activity: string, party: (node: string) => Party | undefined) {
  let found: Party | undefined;
  graph.forEachOutEdge(activity, (_edge, { type }, _source, whole) => {
    if (found === undefined && type === 'part_of' && graph.getNodeAttribute(whole, 'kind') === 'organization')
      found = party(whole);
  });
  return found;
}
