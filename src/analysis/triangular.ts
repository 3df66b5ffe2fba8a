// Triangular cooperation as the Good Practices Guide's appendix defines it: a 'North' donor or a
// multilateral partner facilitates, a pivotal Southern partner provides its experience, Southern
// beneficiaries receive it. One arrangement per initiative, its sub-events folded in.
import type { AtlasGraph } from '../graph/types.ts';
import { actorSides } from './actors.ts';
import { activityTree } from './activity-tree.ts';
import { indexByInitiative } from './initiative-index.ts';
import { findStatement } from './triangular-statement.ts';
import * as find from './triangular-roles.ts';
import type { RoleContext, Roles } from './triangular-roles.ts';
import {
  TRIANGULAR_ROLES,
  type RoleActor,
  type TriangularArrangement,
  type TriangularRole,
} from './triangular-types.ts';

export type { Leg, RoleActor, TriangularArrangement, TriangularRole } from './triangular-types.ts';

const sortActors = (actors: Map<string, RoleActor>) =>
  [...actors.values()].sort(
    (a, b) => (a.country ?? '').localeCompare(b.country ?? '') || a.actor.localeCompare(b.actor),
  );

/** The initiative's years, else the span of its sub-events' years. */
function periodOf(graph: AtlasGraph, initiative: string, parts: string[]): TriangularArrangement['period'] {
  const attributes = graph.getNodeAttributes(initiative);
  const years = parts.map((part) => graph.getNodeAttribute(part, 'year')).filter((y) => y !== undefined);
  const start = attributes.start ?? attributes.year ?? (years.length > 0 ? Math.min(...years) : undefined);
  const end =
    attributes.end ??
    (attributes.kind === 'forum' ? attributes.year : undefined) ??
    (years.length > 0 && attributes.start === undefined ? Math.max(...years) : undefined);
  return { ...(start !== undefined && { start }), ...(end !== undefined && { end }) };
}

/** The statement that the initiative is triangular, unless it only repeats one made of its programme. */
function statementOf(ctx: RoleContext, home: string) {
  const related = (activity: string) => find.membersOf(ctx, activity).flatMap((m) => find.edgesOf(ctx, m).related);
  const own = findStatement(ctx.graph, related(home));
  if (!own) return undefined;
  const inherited = ctx.tree.ancestors(home).some(({ ancestor }) => {
    const quote = findStatement(ctx.graph, related(ancestor))?.quote;
    return quote === own.quote;
  });
  return inherited ? undefined : own;
}

function toArrangement(ctx: RoleContext, home: string, roles: Roles, statement: ReturnType<typeof statementOf>) {
  const { graph } = ctx;
  const parts = ctx.tree
    .parts(home)
    .map((p) => p.part)
    .sort();
  const [facilitators, pivots, beneficiaries] = [roles.facilitators, roles.pivots, roles.beneficiaries].map(sortActors);
  const lists = { facilitator: facilitators!, pivot: pivots!, beneficiary: beneficiaries! };
  const learners = new Set(beneficiaries!.map(find.countryKey));
  const nodes = new Set([home, ...parts]);
  for (const { actor, country } of [...facilitators!, ...pivots!, ...beneficiaries!])
    nodes.add(actor).add(country ?? actor);
  const arrangement: TriangularArrangement = {
    id: `triangular:${home}`,
    initiative: home,
    parts,
    facilitators: lists.facilitator,
    pivots: lists.pivot,
    beneficiaries: lists.beneficiary,
    unknownRoles: TRIANGULAR_ROLES.filter((role: TriangularRole) => lists[role].length === 0),
    marked: graph.getNodeAttribute(home, 'modality')?.includes('triangular') ?? false,
    basis: statement ? 'stated' : 'inferred',
    ...(statement && { statement }),
    mutual: [...new Set(pivots!.map(find.countryKey).filter((key) => learners.has(key)))].sort(),
    period: periodOf(graph, home, parts),
    legs: roles.legs,
    nodes: [...nodes],
    edges: [...new Set(roles.legs.map((leg) => leg.edgeKey))],
  };
  return arrangement;
}

/**
 * Every triangular arrangement, sorted by initiative key: an initiative (with its sub-events) where a
 * 'North' or multilateral partner facilitates a South–South exchange between different countries, or
 * that the documents or the curators call triangular (then the roles not found are listed as unknown).
 */
export function findTriangularArrangements(graph: AtlasGraph): TriangularArrangement[] {
  const ctx: RoleContext = {
    graph,
    sides: actorSides(graph),
    index: indexByInitiative(graph),
    tree: activityTree(graph),
  };
  const homes = new Set<string>();
  graph.forEachNode((node, { kind }) => {
    if (kind === 'initiative' || kind === 'forum') homes.add(ctx.tree.home(node));
  });
  const arrangements: TriangularArrangement[] = [];
  for (const home of [...homes].sort()) {
    const roles: Roles = { facilitators: new Map(), pivots: new Map(), beneficiaries: new Map(), legs: [] };
    const statement = statementOf(ctx, home);
    const marked = graph.getNodeAttribute(home, 'modality')?.includes('triangular') ?? false;
    find.findTransfers(ctx, home, roles);
    if (marked || statement) find.findImplementers(ctx, home, roles);
    find.findFacilitators(ctx, home, roles, marked || statement !== undefined);
    find.inheritFacilitators(ctx, home, roles);
    find.linkParts(ctx, home, roles);
    const complete = roles.facilitators.size > 0 && roles.pivots.size > 0 && roles.beneficiaries.size > 0;
    if (complete || marked || statement) arrangements.push(toArrangement(ctx, home, roles, statement));
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
    if (arrangement.initiative === node || arrangement.parts.includes(node))
      found.push({ arrangement, role: 'initiative' });
    if (matches(arrangement.facilitators)) found.push({ arrangement, role: 'facilitator' });
    if (matches(arrangement.pivots)) found.push({ arrangement, role: 'pivot' });
    if (matches(arrangement.beneficiaries)) found.push({ arrangement, role: 'beneficiary' });
  }
  return found;
}
