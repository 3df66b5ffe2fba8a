// Reads GEXF and GraphML text into a RawGraph with graphology's own parsers (strict XML underneath).
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
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

export const readGraphml = (text: string): RawGraph => toRaw(parseGraphmlXml(Graph, text, { addMissingNodes: true }));
