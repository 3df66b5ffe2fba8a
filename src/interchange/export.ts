// Exporters of an atlas graph (usually the current view, see view.ts) to the formats the field
// uses: GEXF (Gephi), GraphML, CSV (a nodes file and an edges file) and graphology JSON.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import Papa from 'papaparse';
import type { AtlasGraph } from '../graph/types.ts';
import { flattenAll, type Flat } from './flat.ts';
import { writeGraphml } from './graphml-writer.ts';
import { xmlSafe } from './xml-text.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** A mixed graph in which relations that have no direction are undirected edges, for XML formats. */
function mixedCopy(graph: AtlasGraph, clean: (text: string) => string = (t) => t): Graph {
  const mixed = new Graph({ type: 'mixed', multi: true });
  const cleanAll = (attributes: object) =>
    JSON.parse(JSON.stringify(attributes), (_k, v: unknown) => (typeof v === 'string' ? clean(v) : v)) as object;
  mixed.replaceAttributes(cleanAll(flattenAll(graph.getAttributes()))); // document list as JSON text
  graph.forEachNode((node, attributes) => mixed.addNode(node, cleanAll(attributes)));
  graph.forEachEdge((edge, attributes, source, target) =>
    attributes.directed
      ? mixed.addDirectedEdgeWithKey(edge, source, target, cleanAll(attributes))
      : mixed.addUndirectedEdgeWithKey(edge, source, target, cleanAll(attributes)),
  );
  return mixed;
}

export function exportGexf(graph: AtlasGraph): string {
  return writeGexf(mixedCopy(graph, xmlSafe), {
    version: '1.3',
    formatNode: (_key, { label, x, y, ...rest }) => ({
      label: String(label),
      viz: { x: Number(x), y: Number(y) },
      attributes: flattenAll(rest),
    }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), attributes: flattenAll(attributes) }),
  });
}

export const exportGraphml = (graph: AtlasGraph): string => writeGraphml(mixedCopy(graph, xmlSafe));

export const exportJson = (graph: AtlasGraph): string => `${JSON.stringify(graph.export(), null, 1)}\n`;

/** Columns: the fixed ones first, then every other attribute name in first-seen order. */
function table(rows: Record<string, Flat>[], first: string[]): string {
  const columns = [...first];
  for (const row of rows) for (const name of Object.keys(row)) if (!columns.includes(name)) columns.push(name);
  return Papa.unparse(
    { fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
    { newline: '\n' },
  );
}

/** Two CSV files; lists (aliases, themes, …) and evidence are JSON text in their column. */
export function exportCsv(graph: AtlasGraph): { nodes: string; edges: string } {
  const nodes = graph.mapNodes((key, attributes) => ({ key, ...flattenAll(attributes) }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({
    key,
    source,
    target,
    ...flattenAll(attributes),
  }));
  return {
    nodes: `${table(nodes, ['key', 'label', 'kind'])}\n`,
    edges: `${table(edges, ['key', 'source', 'target', 'type', 'directed'])}\n`,
  };
}

/** The files of one export; `base` names them (`sstc-atlas` → sstc-atlas.gexf, sstc-atlas-nodes.csv). */
export function exportFiles(graph: AtlasGraph, format: ExportFormat, base = 'sstc-atlas'): ExportFile[] {
  if (format === 'gexf') return [{ name: `${base}.gexf`, mime: 'application/gexf+xml', text: exportGexf(graph) }];
  if (format === 'graphml')
    return [{ name: `${base}.graphml`, mime: 'application/graphml+xml', text: exportGraphml(graph) }];
  if (format === 'json') return [{ name: `${base}.json`, mime: 'application/json', text: exportJson(graph) }];
  const { nodes, edges } = exportCsv(graph);
  return [
    { name: `${base}-nodes.csv`, mime: 'text/csv', text: nodes },
    { name: `${base}-edges.csv`, mime: 'text/csv', text: edges },
  ];
}
