// Asking questions of the triangular arrangements ("where is Brazil the pivot?", "only those the
// documents call triangular") and telling one in a sentence. Pure functions for the panel and the CLI.
import type { AtlasGraph } from '../graph/types.ts';
import {
  TRIANGULAR_ROLES,
  type RoleActor,
  type TriangularArrangement,
  type TriangularRole,
} from './triangular-types.ts';

export interface ArrangementFilter {
  /** A node key: the arrangement must involve it (as an actor, or the country an actor counts for). */
  actor?: string;
  /** With `actor`: in this role; alone: the role must be known. */
  role?: TriangularRole;
  basis?: TriangularArrangement['basis'];
  completeness?: 'complete' | 'partial';
}

const listOf = (arrangement: TriangularArrangement, role: TriangularRole): RoleActor[] =>
  role === 'facilitator' ? arrangement.facilitators : role === 'pivot' ? arrangement.pivots : arrangement.beneficiaries;

const involves = (actors: RoleActor[], node: string) => actors.some((a) => a.actor === node || a.country === node);

export function matchesFilter(arrangement: TriangularArrangement, filter: ArrangementFilter): boolean {
  const { actor, role, basis, completeness } = filter;
  if (basis !== undefined && arrangement.basis !== basis) return false;
  if (completeness !== undefined && (arrangement.unknownRoles.length === 0) !== (completeness === 'complete'))
    return false;
  if (actor === undefined) return role === undefined || listOf(arrangement, role).length > 0;
  return (role ? [role] : TRIANGULAR_ROLES).some((r) => involves(listOf(arrangement, r), actor));
}

export function filterArrangements(
  arrangements: readonly TriangularArrangement[],
  filter: ArrangementFilter,
): TriangularArrangement[] {
  return arrangements.filter((arrangement) => matchesFilter(arrangement, filter));
}

/**
 * The role each node plays, for colouring the graph: actors, and the countries they count for when
 * those play no role themselves. A partner that both shares and learns (a mutual exchange) is a pivot.
 */
export function actorRoles(arrangement: TriangularArrangement): Map<string, TriangularRole> {
  const roles = new Map<string, TriangularRole>();
  const order: TriangularRole[] = ['beneficiary', 'facilitator', 'pivot'];
  for (const role of order)
    for (const { country } of listOf(arrangement, role)) if (country !== undefined) roles.set(country, role);
  for (const role of order) for (const { actor } of listOf(arrangement, role)) roles.set(actor, role);
  return roles;
}

/** "A, B and C" */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Actor names, an organization folded into its country when the country is named too. */
function names(graph: AtlasGraph, actors: RoleActor[]): string[] {
  const keys = new Set(actors.map((a) => a.actor));
  const shown = actors.filter((a) => a.country === undefined || a.country === a.actor || !keys.has(a.country));
  return [...new Set(shown.map((a) => graph.getNodeAttribute(a.actor, 'label')))];
}

/** "With funding from X and support from Y, " from the facilitators' legs. */
function facilitation(graph: AtlasGraph, arrangement: TriangularArrangement): string {
  const funders = new Set<string>();
  for (const leg of arrangement.legs)
    if (leg.role === 'facilitation' && graph.getEdgeAttribute(leg.edgeKey, 'type') === 'funding')
      funders.add(graph.source(leg.edgeKey));
  const byFunding = arrangement.facilitators.filter((a) => funders.has(a.actor));
  const bySupport = arrangement.facilitators.filter((a) => !funders.has(a.actor));
  const parts = [
    ...(byFunding.length > 0 ? [`funding from ${joinNames(names(graph, byFunding))}`] : []),
    ...(bySupport.length > 0 ? [`support from ${joinNames(names(graph, bySupport))}`] : []),
  ];
  return parts.length > 0 ? `With ${parts.join(' and ')}, ` : '';
}

/** What the Southern partners did: one-way sharing, or a mutual exchange said as such. */
function exchange(graph: AtlasGraph, arrangement: TriangularArrangement): string {
  const pivotNames = names(graph, arrangement.pivots);
  const pivots = joinNames(pivotNames);
  const beneficiaries = joinNames(names(graph, arrangement.beneficiaries));
  const mutual = arrangement.mutual.map((key) => graph.getNodeAttribute(key, 'label'));
  const their = pivotNames.length === 1 ? 'its' : 'their';
  if (!pivots && !beneficiaries) return 'the Southern partners are not named';
  if (!beneficiaries) return `${pivots} shared ${their} experience, with beneficiaries not named`;
  if (!pivots) return `${beneficiaries} learned from a Southern partner not named`;
  const everyone = new Set([...pivotNames, ...names(graph, arrangement.beneficiaries)]);
  if (mutual.length > 1 && mutual.length === everyone.size) return `${joinNames(mutual)} learned from one another`;
  const both = mutual.length === 0 ? '' : `, a mutual exchange in which ${joinNames(mutual)} also learned`;
  return `${pivots} shared ${their} experience with ${beneficiaries}${both}`;
}

/** One sentence: "With funding from … and support from …, Brazil shared its experience with … (initiative)." */
export function describeArrangement(graph: AtlasGraph, arrangement: TriangularArrangement): string {
  const lead = facilitation(graph, arrangement);
  const action = exchange(graph, arrangement);
  const sentence = lead ? `${lead}${action}` : `${action.charAt(0).toUpperCase()}${action.slice(1)}`;
  return `${sentence} (${graph.getNodeAttribute(arrangement.initiative, 'label')}).`;
}
