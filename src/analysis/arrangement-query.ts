// Asking questions of the triangular arrangements ("where is Brazil the pivot?", "only those the
// documents call triangular") and telling one in a sentence. Pure functions for the panel and the CLI.
import type { AtlasGraph } from '../graph/types.ts';
import {
  TRIANGULAR_ROLES,
  type RoleActor,
  type TriangularArrangement,
  type TriangularRole,
} from './triangular-types.ts';
import { arrangementStory, type ArrangementAction } from './arrangement-story.ts';

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

/** What the Southern partners did, in English. */
function exchange(action: ArrangementAction): string {
  switch (action.kind) {
    case 'unnamed':
      return 'the Southern partners are not named';
    case 'noBeneficiaries':
      return `${joinNames(action.pivots)} shared ${action.pivots.length === 1 ? 'its' : 'their'} experience, with beneficiaries not named`;
    case 'noPivots':
      return `${joinNames(action.beneficiaries)} learned from a Southern partner not named`;
    case 'oneAnother':
      return `${joinNames(action.mutual)} learned from one another`;
    case 'shared': {
      const their = action.pivots.length === 1 ? 'its' : 'their';
      const both =
        action.mutual.length === 0 ? '' : `, a mutual exchange in which ${joinNames(action.mutual)} also learned`;
      return `${joinNames(action.pivots)} shared ${their} experience with ${joinNames(action.beneficiaries)}${both}`;
    }
  }
}

/** One sentence in English (the CLI's): "With funding from … and support from …, Brazil shared its experience with … (initiative)." */
export function describeArrangement(graph: AtlasGraph, arrangement: TriangularArrangement): string {
  const story = arrangementStory(graph, arrangement);
  const parts = [
    ...(story.funders.length > 0 ? [`funding from ${joinNames(story.funders)}`] : []),
    ...(story.supporters.length > 0 ? [`support from ${joinNames(story.supporters)}`] : []),
  ];
  const action = exchange(story.action);
  const sentence =
    parts.length > 0 ? `With ${parts.join(' and ')}, ${action}` : `${action.charAt(0).toUpperCase()}${action.slice(1)}`;
  return `${sentence} (${story.initiative}).`;
}
