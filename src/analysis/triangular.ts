// Triangular cooperation as the Good Practices Guide's appendix defines it: a 'North' or multilateral
// partner funds or facilitates, a pivotal Southern partner shares its experience with Southern beneficiaries.
import type { AtlasGraph, Evidence } from '../graph/types.ts';
import { actorSides, countryOf, type ActorSides } from './actors.ts';
import { indexByInitiative, type InitiativeEdges } from './initiative-index.ts';

export type TriangularRole = 'facilitator' | 'pivot' | 'beneficiary';
/** An actor in a role; `country` is the country it counts for (itself for a country). */
export interface RoleActor {
  country?: string;
  actor: string;
}
export interface Leg {
  /** 'facilitation': facilitator → initiative or pivot; 'transfer': pivot → beneficiary */
  role: 'facilitation' | 'transfer';
  edgeKey: string;
  evidence: Evidence[];
}
export interface TriangularArrangement {
  id: string;
  initiative: string;
  facilitators: RoleActor[];
  pivots: RoleActor[];
  beneficiaries: RoleActor[];
  /** Roles the data does not show (their lists are empty); only for initiatives marked triangular. */
  unknownRoles: TriangularRole[];
  /** Whether the initiative's `modality` includes 'triangular'. */
  marked: boolean;
  period: { start?: number; end?: number };
  legs: Leg[];
  /** Every node involved: the initiative, actors in a role and the countries they count for. */
  nodes: string[];
  edges: string[];
}

interface Roles {
  sides: ActorSides;
  facilitators: Map<string, RoleActor>;
  pivots: Map<string, RoleActor>;
  beneficiaries: Map<string, RoleActor>;
  legs: Leg[];
}

const roleActor = (graph: AtlasGraph, actor: string): RoleActor => {
  const country = countryOf(graph, actor);
  return country === undefined ? { actor } : { country, actor };
};

/** South–South transfers between different countries: the pivot → beneficiary legs. */
function findTransfers(graph: AtlasGraph, edges: InitiativeEdges, roles: Roles): void {
  for (const edge of edges.transfers) {
    const [source, target] = graph.extremities(edge);
    if (!roles.sides.isSouthern(source) || !roles.sides.isSouthern(target)) continue;
    const country = countryOf(graph, source);
    if (country !== undefined && country === countryOf(graph, target)) continue;
    roles.pivots.set(source, roleActor(graph, source));
    roles.beneficiaries.set(target, roleActor(graph, target));
    roles.legs.push({ role: 'transfer', edgeKey: edge, evidence: graph.getEdgeAttribute(edge, 'evidence') });
  }
}

/** Funding or facilitation within the initiative, or expertise shared with a pivot, by a North/multilateral partner. */
function findFacilitation(graph: AtlasGraph, edges: InitiativeEdges, roles: Roles): void {
  const pivotNodes = new Set<string>();
  for (const { actor, country } of roles.pivots.values()) pivotNodes.add(actor).add(country ?? actor);
  const expertise = edges.transfers.filter((edge) => pivotNodes.has(graph.target(edge)));
  for (const edge of [...edges.support, ...expertise]) {
    const source = graph.source(edge);
    if (!roles.sides.canFacilitate(source)) continue;
    roles.facilitators.set(source, roleActor(graph, source));
    roles.legs.push({ role: 'facilitation', edgeKey: edge, evidence: graph.getEdgeAttribute(edge, 'evidence') });
  }
}

const sortActors = (actors: Map<string, RoleActor>) =>
  [...actors.values()].sort(
    (a, b) => (a.country ?? '').localeCompare(b.country ?? '') || a.actor.localeCompare(b.actor),
  );

function toArrangement(graph: AtlasGraph, initiative: string, roles: Roles): TriangularArrangement {
  const attributes = graph.getNodeAttributes(initiative);
  const facilitators = sortActors(roles.facilitators);
  const pivots = sortActors(roles.pivots);
  const beneficiaries = sortActors(roles.beneficiaries);
  const unknownRoles = (['facilitator', 'pivot', 'beneficiary'] as const).filter(
    (_, i) => [facilitators, pivots, beneficiaries][i]!.length === 0,
  );
  const nodes = new Set([initiative]);
  for (const { actor, country } of [...facilitators, ...pivots, ...beneficiaries])
    nodes.add(actor).add(country ?? actor);
  const start = attributes.start ?? attributes.year;
  const end = attributes.end ?? (attributes.kind === 'forum' ? attributes.year : undefined);
  return {
    id: `triangular:${initiative}`,
    initiative,
    facilitators,
    pivots,
    beneficiaries,
    unknownRoles,
    marked: attributes.modality?.includes('triangular') ?? false,
    period: { ...(start !== undefined && { start }), ...(end !== undefined && { end }) },
    legs: roles.legs,
    nodes: [...nodes],
    edges: [...new Set(roles.legs.map((leg) => leg.edgeKey))],
  };
}

/** Every triangular arrangement, one per initiative, sorted by initiative key. Linear in the graph's size. */
export function findTriangularArrangements(graph: AtlasGraph): TriangularArrangement[] {
  const index = indexByInitiative(graph);
  const candidates = new Set(index.keys());
  graph.forEachNode((node, attributes) => {
    if (attributes.modality?.includes('triangular')) candidates.add(node);
  });
  const arrangements: TriangularArrangement[] = [];
  const sides = actorSides(graph);
  for (const initiative of [...candidates].sort()) {
    if (!graph.hasNode(initiative)) continue;
    const roles: Roles = { sides, facilitators: new Map(), pivots: new Map(), beneficiaries: new Map(), legs: [] };
    const edges = index.get(initiative) ?? { transfers: [], support: [] };
    findTransfers(graph, edges, roles);
    findFacilitation(graph, edges, roles);
    const complete = roles.facilitators.size > 0 && roles.pivots.size > 0;
    const marked = graph.getNodeAttribute(initiative, 'modality')?.includes('triangular') ?? false;
    if (complete || marked) arrangements.push(toArrangement(graph, initiative, roles));
  }
  return arrangements;
}

/** The arrangements a node takes part in, with its role (a country also matches its organizations' roles). */
export function arrangementsOfNode(
  arrangements: readonly TriangularArrangement[],
  node: string,
): { arrangement: TriangularArrangement; role: TriangularRole | 'initiative' }[] {
  const found: { arrangement: TriangularArrangement; role: TriangularRole | 'initiative' }[] = [];
  const matches = (actors: RoleActor[]) => actors.some((a) => a.actor === node || a.country === node);
  for (const arrangement of arrangements) {
    if (arrangement.initiative === node) found.push({ arrangement, role: 'initiative' });
    if (matches(arrangement.facilitators)) found.push({ arrangement, role: 'facilitator' });
    if (matches(arrangement.pivots)) found.push({ arrangement, role: 'pivot' });
    if (matches(arrangement.beneficiaries)) found.push({ arrangement, role: 'beneficiary' });
  }
  return found;
}
