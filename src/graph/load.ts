// Loads serialized graph JSON into a typed graphology graph with the same schema the build uses.
// Returns { graph, report }: bad nodes and edges are left out and counted, never swallowed; a node
// placed far outside the layout is moved back and reported.
import Graph from 'graphology';
import { checkEdgeAttributes, checkEntity } from './schema.ts';
import { placeStrayNodes } from './positions.ts';
import type { AtlasGraph, GraphAttributes, NodeAttributes, EdgeAttributes } from './types.ts';

export interface LoadReport {
  problems: string[];
  skippedNodes: number;
  skippedEdges: number;
}

export class GraphLoadError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'GraphLoadError';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkNode(item: unknown, index: number): string[] {
  if (!isObject(item) || typeof item.key !== 'string') return [`nodes[${index}]: expected { key, attributes }`];
  const attributes = item.attributes;
  const problems = checkEntity(isObject(attributes) ? { id: item.key, ...attributes } : attributes, ['x', 'y']);
  // A non-finite number (1e999 parses as Infinity) is kept and placed by placeStrayNodes.
  if (isObject(attributes) && !(typeof attributes.x === 'number' && typeof attributes.y === 'number'))
    problems.push('x, y: required numbers (the precomputed layout)');
  return problems.map((message) => `nodes[${index}] "${item.key}": ${message}`);
}

/** Parses and validates `text` (named `name` in errors). Throws GraphLoadError when nothing can be used. */
export function loadGraph(text: string, name = 'graph.json'): { graph: AtlasGraph; report: LoadReport } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphLoadError(name, `not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw new GraphLoadError(name, 'expected graphology JSON with "nodes" and "edges" lists');
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const attributes = isObject(data.attributes) ? data.attributes : {};
  graph.replaceAttributes({
    title: typeof attributes.title === 'string' ? attributes.title : 'SSTC Atlas',
    sources: Array.isArray(attributes.sources) ? (attributes.sources as GraphAttributes['sources']) : [],
  });
  const report: LoadReport = { problems: [], skippedNodes: 0, skippedEdges: 0 };
  data.nodes.forEach((item: unknown, index) => {
    const problems = checkNode(item, index);
    const node = item as { key: string; attributes: NodeAttributes };
    if (problems.length === 0 && graph.hasNode(node.key)) problems.push(`nodes[${index}] "${node.key}": duplicate key`);
    if (problems.length > 0) {
      report.problems.push(...problems);
      report.skippedNodes++;
    } else graph.addNode(node.key, node.attributes);
  });
  data.edges.forEach((item: unknown, index) => {
    const edge = item as { key?: unknown; source?: unknown; target?: unknown; attributes?: unknown };
    const where = `edges[${index}]${typeof edge?.key === 'string' ? ` "${edge.key}"` : ''}`;
    const problems = isObject(item)
      ? checkEdgeAttributes(edge.attributes)
      : ['expected { key, source, target, attributes }'];
    if (typeof edge?.key !== 'string') problems.push('key: required text');
    for (const end of ['source', 'target'] as const)
      if (typeof edge?.[end] !== 'string' || !graph.hasNode(edge[end] as string))
        problems.push(`${end}: ${JSON.stringify(edge?.[end])} is not a node`);
    if (problems.length === 0 && graph.hasEdge(edge.key as string)) problems.push('duplicate key');
    if (problems.length > 0) {
      report.problems.push(...problems.map((message) => `${where}: ${message}`));
      report.skippedEdges++;
    } else
      graph.addDirectedEdgeWithKey(
        edge.key as string,
        edge.source as string,
        edge.target as string,
        edge.attributes as EdgeAttributes,
      );
  });
  if (graph.order === 0 && data.nodes.length > 0)
    throw new GraphLoadError(
      name,
      `none of its ${data.nodes.length} nodes is valid; first problem: ${report.problems[0]}`,
    );
  report.problems.push(...placeStrayNodes(graph));
  return { graph, report };
}
