// Imports a file the user opened (GEXF, GraphML, graphology JSON, or CSV with an optional nodes
// file) into an atlas graph and a report. Never throws: a file that cannot be read gives graph null
// and a report that says why, so that a broken file never replaces the graph the user had.
import { moveStrayNodes } from '../graph/positions.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { DEFAULT_KIND, DEFAULT_TYPE, normalize } from './normalize.ts';
import type { RawGraph } from './raw.ts';
import { readCsv, type CsvMapping } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { readGexf, readGraphml } from './read-xml.ts';
import { ImportReport, type ImportSummary } from './report.ts';
import { english, said, ReadError, type Said } from './said.ts';

export const IMPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportInput {
  name: string;
  text: string;
  format?: ImportFormat;
  /** CSV only: the nodes file, and the column mapping (guessed from the headers when absent). */
  nodes?: { name: string; text: string };
  mapping?: CsvMapping;
}

export interface ImportResult {
  graph: AtlasGraph | null;
  /** `error` (English) and `said.error` (its code) when the file could not be opened. */
  report: ImportSummary & { error?: string; said: ImportSummary['said'] & { error?: Said } };
}

export function formatOf(name: string): ImportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'xml') return 'graphml';
  return IMPORT_FORMATS.find((format) => format === extension);
}

function read(input: ImportInput, format: ImportFormat): RawGraph {
  if (format === 'gexf') return readGexf(input.text);
  if (format === 'graphml') return readGraphml(input.text);
  if (format === 'json') return readJson(input.text);
  return readCsv(input.text, input.nodes?.text, input.mapping, {
    edges: input.name,
    nodes: input.nodes?.name ?? 'nodes.csv',
  });
}

/** Positions for nodes without one (a circle; the UI then refines it with ForceAtlas2 in a worker). */
function placeMissing(graph: AtlasGraph, report: ImportReport): void {
  const missing = graph.filterNodes((_n, { x, y }) => !(Number.isFinite(x) && Number.isFinite(y)));
  if (missing.length === 0) return;
  report.needsLayout = true;
  // By index, not graphology-layout's circular: its result is keyed by node in a plain object,
  // which a node named "__proto__" breaks.
  missing.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / missing.length;
    graph.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
}

/** What a reader's exception says: its own message, or a parser's words kept as detail (with the line). */
function reasonOf(error: unknown): Said {
  if (error instanceof ReadError) return error.said;
  const message = error instanceof Error ? error.message : String(error);
  return said('parser', { detail: message.replace(/^graphology-\w+\/parser: /, '') });
}

export function importGraph(input: ImportInput): ImportResult {
  const format = input.format ?? formatOf(input.name);
  const report = new ImportReport(input.name, format ?? 'unknown');
  const summary = (graph: AtlasGraph | null) =>
    report.summary({ nodes: graph?.order ?? 0, edges: graph?.size ?? 0 }, { kind: DEFAULT_KIND, type: DEFAULT_TYPE });
  const failed = (error: Said): ImportResult => {
    const base = summary(null);
    return { graph: null, report: { ...base, error: english(error), said: { ...base.said, error } } };
  };
  const file = input.name;
  if (!format) return failed(said('notAFormat', { file }));
  let raw: RawGraph;
  try {
    raw = read(input, format);
  } catch (error) {
    return failed(said('unreadable', { file, format: format.toUpperCase(), reason: reasonOf(error) }));
  }
  const graph = normalize(raw, report);
  if (graph.order === 0) return failed(said(report.read.nodes > 0 ? 'noNodeSeeDropped' : 'noNode', { file }));
  placeMissing(graph, report);
  // A node far outside the others would shrink the picture to a dot: moved, and said so.
  for (const { node, was, neighbours } of moveStrayNodes(graph))
    report.note(
      neighbours > 0 ? said('strayNear', { node, was, count: neighbours }) : said('strayCentre', { node, was }),
    );
  return { graph, report: summary(graph) };
}
