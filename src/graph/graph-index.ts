// Flat, typed-array views of a loaded graph (edge ends, types, initiative contexts) so that hot
// loops such as filtering run over integers instead of graphology callbacks. Built once per graph.
import { RELATION_TYPES, type AtlasGraph, type NodeAttributes } from './types.ts';

/** The read side of a set of keys: what reducers and panels need from "hidden" sets. */
export interface KeySet {
  has(key: string): boolean;
  readonly size: number;
}

/** A KeySet backed by a byte mask over an index's positions: no per-key allocation. */
export class MaskSet implements KeySet {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly mask: Uint8Array,
    readonly size: number,
  ) {}
  has(key: string): boolean {
    const i = this.positions.get(key);
    return i !== undefined && this.mask[i] === 1;
  }
}

export interface GraphIndex {
  nodePositions: Map<string, number>;
  edgePositions: Map<string, number>;
  nodes: string[];
  nodeAttributes: NodeAttributes[];
  edges: string[];
  /** Index into RELATION_TYPES, per edge. */
  types: Uint8Array;
  sources: Int32Array;
  targets: Int32Array;
  /** Node index of the edge's initiative context, or -1. */
  initiatives: Int32Array;
}

const cache = new WeakMap<AtlasGraph, GraphIndex>();
const TYPE_INDEX = new Map<string, number>(RELATION_TYPES.map((type, i) => [type, i]));

function build(graph: AtlasGraph): GraphIndex {
  const nodes: string[] = [];
  const nodeAttributes: NodeAttributes[] = [];
  const position = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    position.set(node, nodes.length);
    nodes.push(node);
    nodeAttributes.push(attributes);
  });
  const edges: string[] = new Array(graph.size);
  const edgePositions = new Map<string, number>();
  const types = new Uint8Array(graph.size);
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const initiatives = new Int32Array(graph.size);
  let i = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    edges[i] = edge;
    edgePositions.set(edge, i);
    types[i] = TYPE_INDEX.get(attributes.type) ?? 0;
    sources[i] = position.get(source)!;
    targets[i] = position.get(target)!;
    initiatives[i] = attributes.initiative === undefined ? -1 : (position.get(attributes.initiative) ?? -1);
    i++;
  });
  return { nodePositions: position, edgePositions, nodes, nodeAttributes, edges, types, sources, targets, initiatives };
}

/** The index of `graph`, rebuilt if nodes or edges were added or removed since. */
export function graphIndex(graph: AtlasGraph): GraphIndex {
  const cached = cache.get(graph);
  if (cached && cached.nodes.length === graph.order && cached.edges.length === graph.size) return cached;
  const index = build(graph);
  cache.set(graph, index);
  return index;
}
