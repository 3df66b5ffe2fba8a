// The roles of one triangular arrangement, gathered over an initiative, the sub-events folded into it
// and (for facilitation only) the programmes above it. Each role comes with the edge that shows it.
import type { AtlasGraph } from '../graph/types.ts';
import { countryOf, type ActorSides } from './actors.ts';
import type { ActivityTree } from './activity-tree.ts';
import type { InitiativeEdges } from './initiative-index.ts';
import type { Leg, RoleActor } from './triangular-types.ts';

export interface Roles {
  facilitators: Map<string, RoleActor>;
  pivots: Map<string, RoleActor>;
  beneficiaries: Map<string, RoleActor>;
  legs: Leg[];
}

export interface RoleContext {
  graph: AtlasGraph;
  sides: ActorSides;
  index: Map<string, InitiativeEdges>;
  tree: ActivityTree;
}

const NO_EDGES: InitiativeEdges = { transfers: [], support: [], participants: [], related: [] };
export const edgesOf = (ctx: RoleContext, activity: string) => ctx.index.get(activity) ?? NO_EDGES;
/** The initiative and the sub-events folded into it. */
export const membersOf = (ctx: RoleContext, home: string) => [home, ...ctx.tree.parts(home).map((p) => p.part)];

/** The key an actor counts under: its country, or itself for an international body or group. */
export const countryKey = (actor: RoleActor) => actor.country ?? actor.actor;

function roleActor(graph: AtlasGraph, actor: string): RoleActor {
  const country = countryOf(graph, actor);
  return country === undefined ? { actor } : { country, actor };
}

function addLeg(ctx: RoleContext, roles: Roles, role: Leg['role'], edgeKey: string, level: string, home: string) {
  if (roles.legs.some((leg) => leg.edgeKey === edgeKey && leg.role === role)) return;
  const evidence = ctx.graph.getEdgeAttribute(edgeKey, 'evidence');
  roles.legs.push({ role, edgeKey, evidence, ...(level !== home && { level }) });
}

/** South–South transfers between different countries: the pivot → beneficiary legs. */
export function findTransfers(ctx: RoleContext, home: string, roles: Roles): void {
  const { graph, sides } = ctx;
  for (const member of membersOf(ctx, home))
    for (const edge of edgesOf(ctx, member).transfers) {
      const [source, target] = graph.extremities(edge);
      if (!sides.isSouthern(source) || !sides.isSouthern(target)) continue;
      const from = roleActor(graph, source);
      const to = roleActor(graph, target);
      if (countryKey(from) === countryKey(to)) continue;
      roles.pivots.set(source, from);
      roles.beneficiaries.set(target, to);
      addLeg(ctx, roles, 'transfer', edge, member, home);
    }
}

/** In an initiative the documents call triangular, its Southern implementers are its pivots. */
export function findImplementers(ctx: RoleContext, home: string, roles: Roles): void {
  const { graph, sides } = ctx;
  const learners = new Set([...roles.beneficiaries.values()].map(countryKey));
  const sharers = new Set([...roles.pivots.values()].map(countryKey));
  for (const member of membersOf(ctx, home))
    for (const edge of edgesOf(ctx, member).support) {
      const source = graph.source(edge);
      if (graph.getEdgeAttribute(edge, 'type') !== 'implementation' || graph.target(edge) !== member) continue;
      const pivot = roleActor(graph, source);
      if (!sides.isSouthern(source) || (learners.has(countryKey(pivot)) && !sharers.has(countryKey(pivot)))) continue;
      roles.pivots.set(source, pivot);
      addLeg(ctx, roles, 'implementation', edge, member, home);
    }
}

/**
 * A 'North' or multilateral partner that funds, supports, implements or organizes the initiative or
 * one of its sub-events, shares expertise with a pivot, or (where the documents call the initiative
 * triangular) takes part in it.
 */
export function findFacilitators(ctx: RoleContext, home: string, roles: Roles, labelled: boolean): void {
  const { graph, sides } = ctx;
  const pivotNodes = new Set<string>();
  for (const { actor, country } of roles.pivots.values()) pivotNodes.add(actor).add(country ?? actor);
  for (const member of membersOf(ctx, home)) {
    const edges = edgesOf(ctx, member);
    const expertise = edges.transfers.filter((edge) => pivotNodes.has(graph.target(edge)));
    for (const edge of [...edges.support, ...expertise, ...(labelled && member === home ? edges.participants : [])]) {
      const source = graph.source(edge);
      if (!sides.canFacilitate(source)) continue;
      roles.facilitators.set(source, roleActor(graph, source));
      addLeg(ctx, roles, 'facilitation', edge, member, home);
    }
  }
}

/** Support given to the programmes an initiative is part of supports the initiative too. */
export function inheritFacilitators(ctx: RoleContext, home: string, roles: Roles): void {
  const { graph, sides, tree } = ctx;
  const links = tree.ancestors(home);
  let reach = -1;
  links.forEach(({ ancestor }, i) => {
    for (const member of membersOf(ctx, ancestor))
      for (const edge of edgesOf(ctx, member).support) {
        const source = graph.source(edge);
        if (!sides.canFacilitate(source)) continue;
        roles.facilitators.set(source, roleActor(graph, source));
        addLeg(ctx, roles, 'facilitation', edge, member, home);
        reach = i;
      }
  });
  for (const { edge } of links.slice(0, reach + 1)) addLeg(ctx, roles, 'part', edge, graph.target(edge), home);
}

/** The `part_of` edges that tie the sub-events a leg was found in to the initiative. */
export function linkParts(ctx: RoleContext, home: string, roles: Roles): void {
  const edgeOfPart = new Map(ctx.tree.parts(home).map(({ part, edge }) => [part, edge]));
  const levels = new Set(roles.legs.map((leg) => leg.level).filter((level) => edgeOfPart.has(level!)));
  for (let queue = [...levels]; queue.length > 0;) {
    const part = queue.pop()!;
    const edge = edgeOfPart.get(part)!;
    addLeg(ctx, roles, 'part', edge, part, home);
    const whole = ctx.graph.target(edge);
    if (edgeOfPart.has(whole) && !levels.has(whole)) {
      queue.push(whole);
      levels.add(whole);
    }
  }
}
