// Reads GEXF and GraphML text into a RawGraph with graphology's own parsers (strict XML underneath).
import Graph from 'graphology';
import type { AbstractGraph, GraphOptions } from 'graphology-types';
import type { RawGraph } from './raw.ts';
import { parseGexfXml, parseGraphmlXml } from './xml.ts';

function toRaw(graph: AbstractGraph): RawGraph {
  const data = graph.export();
  return {
    attributes: { ...data.attributes },
    nodes: data.nodes.map((node) => ({ key: String(node.key), attributes: { ...node.attributes } })),
    edges: data.edges.map((edge) => ({
      key: edge.key,
      source: String(edge.source),
      target: String(edge.target),
      undirected: edge.undirected === true,
      attributes: { ...edge.attributes },
    })),
    dropped: [],
  };
}

/** Throws with the parser's message when the file is not GEXF at all (the importer reports it). */
export const readGexf = (text: string): RawGraph =>
  toRaw(parseGexfXml(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }));

/**
 * A graph born mixed and multi, whose copy into a mixed or multi graph is itself. graphology-graphml
 * 0.5 upgrades its graph with `toMixed` (a full copy) on every edge once one edge's direction differs
 * from the default (its test `!graph.type !== 'mixed'` is always true): quadratic, 90 s for 5,000 edges.
 */
export class OpenGraph extends Graph {
  constructor(options?: object) {
    super({ ...options, type: 'mixed', multi: true });
  }
  override copy(options?: Partial<GraphOptions>): Graph {
    const entries = Object.entries(options ?? {});
    const same = entries.length > 0 && entries.every(([k, v]) => (k === 'type' ? v === 'mixed' : k === 'multi' && v));
    return same ? this : super.copy(options);
  }
}

export const readGraphml = (text: string): RawGraph =>
  toRaw(parseGraphmlXml(OpenGraph, text, { addMissingNodes: true }));
