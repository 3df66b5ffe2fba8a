// Shortest paths between two actors (every one of them, up to a limit), told as sentences, and
// ego networks: what lies within 1–3 steps of a node.
import type { AtlasGraph, Evidence, RelationType } from '../graph/types.ts';
import { forEachStep, type Direction } from './traverse.ts';
import type { KeySet } from '../graph/graph-index.ts';

export interface PathStep {
  edge: string;
  /** The edge's own source and target (its direction), not the walking order. */
  source: string;
  target: string;
  type: RelationType;
  evidence: Evidence[];
}
export type Path = PathStep[];

export interface PathOptions {
  types?: ReadonlySet<RelationType>;
  /** Edges that may not be walked (those the filters hide). */
  hidden?: KeySet;
  /** Follow edges only from source to target (partnerships both ways); default false. */
  directed?: boolean;
  /** Most paths returned; default 10. */
  limit?: number;
}

type Predecessors = Map<string, { edge: string; previous: string }[]>;

function checkNode(graph: AtlasGraph, where: string, node: string): void {
  if (!graph.hasNode(node)) throw new Error(`${where}: unknown node "${node}". Expecting a node key of the graph.`);
}

/** Breadth-first search from `from` that stops after the level where `to` is reached. */
function searchLevels(graph: AtlasGraph, from: string, to: string, options: PathOptions): Predecessors {
  const direction: Direction = options.directed ? 'out' : 'both';
  const distance = new Map([[from, 0]]);
  const predecessors: Predecessors = new Map();
  let frontier = [from];
  for (let level = 1; frontier.length > 0 && !distance.has(to); level++) {
    const next: string[] = [];
    for (const node of frontier)
      forEachStep(graph, node, { types: options.types, hidden: options.hidden, direction }, (edge, neighbor) => {
        const known = distance.get(neighbor);
        if (known === undefined) {
          distance.set(neighbor, level);
          predecessors.set(neighbor, [{ edge, previous: node }]);
          next.push(neighbor);
        } else if (known === level) predecessors.get(neighbor)!.push({ edge, previous: node });
      });
    frontier = next;
  }
  return predecessors;
}

/** Every shortest path from `from` to `to` (parallel edges give distinct paths), at most `limit`. */
export function shortestPaths(graph: AtlasGraph, from: string, to: string, options: PathOptions = {}): Path[] {
  checkNode(graph, 'shortestPaths', from);
  checkNode(graph, 'shortestPaths', to);
  const limit = options.limit ?? 10;
  if (from === to) return [[]];
  const predecessors = searchLevels(graph, from, to, options);
  const paths: Path[] = [];
  const walkBack = (node: string, suffix: Path) => {
    if (node === from) return void paths.push(suffix);
    for (const { edge, previous } of predecessors.get(node) ?? []) {
      if (paths.length >= limit) return;
      const [source, target] = graph.extremities(edge);
      const { type, evidence } = graph.getEdgeAttributes(edge);
      walkBack(previous, [{ edge, source, target, type, evidence }, ...suffix]);
    }
  };
  walkBack(to, []);
  return paths;
}

const VERBS: Record<RelationType, string> = {
  knowledge_transfer: 'shared with',
  funding: 'funded',
  membership: 'is a member of',
  hosting: 'hosted',
  participation: 'took part in',
  implementation: 'implemented',
  facilitation: 'supported',
  partnership: 'worked with',
  founding: 'founded',
  organizing: 'organized',
  part_of: 'is part of',
};

/** One sentence per step: "Brazil shared with Paraguay (knowledge transfer), in <initiative>." */
export function describePath(graph: AtlasGraph, path: Path): string[] {
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  return path.map(({ edge, source, target, type }) => {
    const initiative = graph.getEdgeAttribute(edge, 'initiative');
    const within = initiative !== undefined && graph.hasNode(initiative) ? `, in ${label(initiative)}` : '';
    return `${label(source)} ${VERBS[type]} ${label(target)} (${type.replace(/_/g, ' ')})${within}.`;
  });
}

export interface EgoOptions {
  /** Steps from the node: 1, 2 or 3; default 1. */
  depth?: number;
  direction?: Direction;
  types?: ReadonlySet<RelationType>;
  /** Edges that may not be walked (those the filters hide). */
  hidden?: KeySet;
}

/** Nodes within `depth` steps of `node`, and the edges walked to reach them. */
export function egoNetwork(
  graph: AtlasGraph,
  node: string,
  { depth = 1, direction = 'both', types, hidden }: EgoOptions = {},
): { nodes: Set<string>; edges: Set<string> } {
  checkNode(graph, 'egoNetwork', node);
  if (![1, 2, 3].includes(depth)) throw new RangeError(`egoNetwork: invalid depth ${depth}. Expecting 1, 2 or 3.`);
  const nodes = new Set([node]);
  const edges = new Set<string>();
  let frontier = [node];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const current of frontier)
      forEachStep(graph, current, { types, hidden, direction }, (edge, neighbor) => {
        edges.add(edge);
        if (!nodes.has(neighbor)) next.push(neighbor);
        nodes.add(neighbor);
      });
    frontier = next;
  }
  return { nodes, edges };
}
