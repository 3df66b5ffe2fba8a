// Seeded synthetic SSTC graphs for the benchmark: graphology serialized JSON with the real node and
// edge attribute shapes (it passes loadGraph with zero problems), clustered positions, realistic text.
import { seededRandom } from '../../src/graph/random.ts';
import {
  REGIONS,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeKind,
  type RelationType,
  type SerializedAtlasGraph,
} from '../../src/graph/types.ts';
import { createWords } from './words.ts';
import { SOURCES, drawNode, type Draw } from './synthetic-nodes.ts';

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
}

type Node = SerializedAtlasGraph['nodes'][number];
type Edge = SerializedAtlasGraph['edges'][number];

const KIND_SHARES: [NodeKind, number][] = [
  ['country', 0.04],
  ['organization', 0.44],
  ['initiative', 0.36],
  ['forum', 0.16],
];

/** type, share of edges, source kinds, target kinds (roughly the curated data's mix). */
const EDGE_SPECS: [RelationType, number, NodeKind[], NodeKind[]][] = [
  ['participation', 0.36, ['country', 'organization'], ['initiative', 'forum']],
  ['part_of', 0.08, ['initiative', 'forum'], ['initiative', 'forum']],
  ['implementation', 0.08, ['organization'], ['initiative']],
  ['facilitation', 0.08, ['organization', 'country'], ['initiative']],
  ['knowledge_transfer', 0.08, ['country', 'organization'], ['country', 'organization']],
  ['hosting', 0.06, ['country', 'organization'], ['forum']],
  ['founding', 0.05, ['country', 'organization'], ['organization', 'initiative']],
  ['organizing', 0.05, ['organization'], ['forum']],
  ['membership', 0.05, ['country', 'organization'], ['organization']],
  ['funding', 0.05, ['organization', 'country'], ['initiative', 'organization']],
  ['partnership', 0.04, ['organization'], ['organization']],
];

interface Context extends Draw {
  /** Node keys by cluster and kind, to draw edge ends near each other. */
  byCluster: Map<NodeKind, string[]>[];
  byKind: Map<NodeKind, string[]>;
  labels: Map<string, string>;
  cluster: Map<string, number>;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');

function kindFor(index: number, total: number): NodeKind {
  let bound = 0;
  for (const [kind, share] of KIND_SHARES) {
    bound += share * total;
    if (index < bound) return kind;
  }
  return 'forum';
}

function makeNodes(ctx: Context, total: number): Node[] {
  const clusters = ctx.byCluster.length;
  const centers = Array.from({ length: clusters }, () => ({
    x: (ctx.random() * 2 - 1) * 1000,
    y: (ctx.random() * 2 - 1) * 1000,
    spread: 30 + ctx.random() * 90,
  }));
  const nodes: Node[] = [];
  for (let i = 0; i < total; i++) {
    const kind = kindFor(i, total);
    const cluster = Math.floor(ctx.random() * clusters);
    const countries = ctx.byCluster[cluster]!.get('country') ?? [];
    const drawn = drawNode(ctx, kind, {
      place: countries.length > 0 ? ctx.labels.get(ctx.pick(countries))! : ctx.words.place(),
      home: countries.length > 0 ? { country: ctx.pick(countries) } : {},
      region: REGIONS[cluster % REGIONS.length]!,
      index: i,
    });
    const key = `${slug(drawn.label)}-${i}`;
    const center = centers[cluster]!;
    const x = Math.round((center.x + gaussian(ctx.random) * center.spread) * 100) / 100;
    const y = Math.round((center.y + gaussian(ctx.random) * center.spread) * 100) / 100;
    nodes.push({ key, attributes: { ...drawn, x, y } as NodeAttributes });
    ctx.labels.set(key, drawn.label);
    ctx.cluster.set(key, cluster);
    const local = ctx.byCluster[cluster]!;
    if (!local.has(kind)) local.set(kind, []);
    local.get(kind)!.push(key);
    if (!ctx.byKind.has(kind)) ctx.byKind.set(kind, []);
    ctx.byKind.get(kind)!.push(key);
  }
  return nodes;
}

/** A node of one of `kinds`, in `cluster` most of the time, else anywhere. */
function endpoint(ctx: Context, kinds: NodeKind[], cluster: number): string {
  const kind = ctx.pick(kinds);
  const local = ctx.byCluster[cluster]!.get(kind);
  if (local && local.length > 0 && ctx.random() < 0.85) return ctx.pick(local);
  return ctx.pick(ctx.byKind.get(kind)!);
}

function makeEdges(ctx: Context, nodes: Node[], total: number): Edge[] {
  const edges: Edge[] = [];
  const cumulative: number[] = [];
  EDGE_SPECS.reduce((sum, [, share]) => (cumulative.push(sum + share), sum + share), 0);
  while (edges.length < total) {
    const draw = ctx.random() * cumulative[cumulative.length - 1]!;
    const [type, , sourceKinds, targetKinds] = EDGE_SPECS[cumulative.findIndex((bound) => draw < bound)]!;
    const cluster = ctx.cluster.get(ctx.pick(nodes).key)!;
    const source = endpoint(ctx, sourceKinds, cluster);
    const target = endpoint(ctx, targetKinds, cluster);
    if (target === source) continue;
    const attributes: EdgeAttributes = {
      type,
      directed: type !== 'partnership',
      evidence: Array.from({ length: ctx.random() < 0.8 ? 1 : 2 }, () => ({
        source: ctx.pick(SOURCES).id,
        quote: ctx.words.quote(ctx.labels.get(source)!, type, ctx.labels.get(target)!),
      })),
    };
    if (type === 'knowledge_transfer') attributes.initiative = endpoint(ctx, ['initiative'], cluster);
    edges.push({ key: `${type}:${source}->${target}@${edges.length}`, source, target, attributes });
  }
  return edges;
}

/** A reproducible synthetic graph of `nodes` nodes and `edges` edges, as graphology JSON. */
export function generateGraph({ nodes, edges, seed = 42 }: SyntheticOptions): SerializedAtlasGraph {
  const random = seededRandom(seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(nodes) / 2));
  const ctx: Context = {
    random,
    words: createWords(random),
    pick: (list) => list[Math.floor(random() * list.length)]!,
    byCluster: Array.from({ length: clusters }, () => new Map()),
    byKind: new Map(),
    labels: new Map(),
    cluster: new Map(),
  };
  const nodeList = makeNodes(ctx, nodes);
  return {
    attributes: { title: `SSTC Atlas synthetic ${nodes}/${edges}`, sources: SOURCES },
    nodes: nodeList,
    edges: makeEdges(ctx, nodeList, edges),
  };
}
