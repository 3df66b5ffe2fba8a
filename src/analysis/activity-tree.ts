// Programmes and their sub-events: a forum (a workshop, a visit, a meeting) that is `part_of` an
// initiative or another forum is folded into the arrangement of its programme; an initiative that is
// part of a programme keeps its own arrangement and inherits the support given to the programme.
import type { AtlasGraph } from '../graph/types.ts';
import { isActivity } from './actors.ts';

export interface ActivityTree {
  /** The arrangement an activity belongs to: itself, or for a sub-event the programme it rolls up into. */
  home(activity: string): string;
  /** The sub-events folded into a home, with the `part_of` edge that links each to its whole. */
  parts(home: string): { part: string; edge: string }[];
  /** The programmes above a home (nearest first), with the `part_of` edge that leads up to each. */
  ancestors(home: string): { ancestor: string; edge: string }[];
}

/** The activities a node is `part_of`, initiatives before forums, each with its edge. */
function wholesOf(graph: AtlasGraph, node: string): { whole: string; edge: string }[] {
  const wholes: { whole: string; edge: string }[] = [];
  graph.forEachOutEdge(node, (edge, { type }, _source, whole) => {
    if (type === 'part_of' && whole !== node && isActivity(graph, whole)) wholes.push({ whole, edge });
  });
  const rank = (key: string) => (graph.getNodeAttribute(key, 'kind') === 'initiative' ? 0 : 1);
  return wholes.sort((a, b) => rank(a.whole) - rank(b.whole) || a.whole.localeCompare(b.whole));
}

export function activityTree(graph: AtlasGraph): ActivityTree {
  const homes = new Map<string, string>();
  const home = (activity: string): string => {
    const known = homes.get(activity);
    if (known !== undefined) return known;
    homes.set(activity, activity); // a part_of cycle ends here
    const [parent] = wholesOf(graph, activity);
    const found = graph.getNodeAttribute(activity, 'kind') === 'forum' && parent ? home(parent.whole) : activity;
    homes.set(activity, found);
    return found;
  };
  const partsByHome = new Map<string, { part: string; edge: string }[]>();
  graph.forEachNode((node) => {
    if (!isActivity(graph, node) || home(node) === node) return;
    const link = wholesOf(graph, node)[0]!;
    const list = partsByHome.get(home(node)) ?? [];
    partsByHome.set(home(node), [...list, { part: node, edge: link.edge }]);
  });
  const ancestors = (start: string) => {
    const found: { ancestor: string; edge: string }[] = [];
    const seen = new Set([start]);
    for (let queue = [start]; queue.length > 0;) {
      const next: string[] = [];
      for (const node of queue)
        for (const { whole, edge } of wholesOf(graph, node)) {
          const up = home(whole);
          if (seen.has(up)) continue;
          seen.add(up);
          found.push({ ancestor: up, edge });
          next.push(up);
        }
      queue = next;
    }
    return found;
  };
  return { home, parts: (h) => partsByHome.get(h) ?? [], ancestors };
}
