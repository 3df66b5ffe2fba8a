// Reads CSV (an edges file, optionally a nodes file) into a RawGraph, with a column mapping for
// the fields a spreadsheet names its own way: node key, label and kind; source, target, relation
// type, direction and evidence. Other columns keep their header as the attribute name.
import Papa from 'papaparse';
import { describe, type Attributes, type RawGraph } from './raw.ts';
import { said, type Said } from './said.ts';

export interface CsvMapping {
  edges: { source: string; target: string; type?: string; direction?: string; evidence?: string; key?: string };
  nodes?: { key: string; label?: string; kind?: string };
}

const GUESS = {
  source: ['source', 'from', 'src', 'sender'],
  target: ['target', 'to', 'dst', 'receiver'],
  type: ['type', 'relation', 'relation type', 'relationship'],
  direction: ['directed', 'direction'],
  evidence: ['evidence', 'quote', 'quotes'],
  key: ['key', 'edge id'],
  nodeKey: ['key', 'id', 'node', 'name'],
  label: ['label', 'name', 'title'],
  kind: ['kind', 'category', 'node type'],
};

const pick = (headers: string[], names: string[]): string | undefined =>
  names.map((n) => headers.find((h) => h.trim().toLowerCase() === n)).find((h) => h !== undefined);

/** Whether a header row names a source and a target column (an edges file rather than a nodes file). */
export const hasEdgeColumns = (headers: string[]): boolean =>
  pick(headers, GUESS.source) !== undefined && pick(headers, GUESS.target) !== undefined;

/** The mapping a header row suggests; the UI shows it for the user to correct. */
export function guessMapping(edgeHeaders: string[], nodeHeaders?: string[]): CsvMapping {
  const edges: CsvMapping['edges'] = {
    source: pick(edgeHeaders, GUESS.source) ?? edgeHeaders[0] ?? 'source',
    target: pick(edgeHeaders, GUESS.target) ?? edgeHeaders[1] ?? 'target',
  };
  for (const field of ['type', 'direction', 'evidence', 'key'] as const) {
    const header = pick(edgeHeaders, GUESS[field]);
    if (header !== undefined) edges[field] = header;
  }
  if (!nodeHeaders) return { edges };
  const nodes: NonNullable<CsvMapping['nodes']> = { key: pick(nodeHeaders, GUESS.nodeKey) ?? nodeHeaders[0] ?? 'key' };
  const label = pick(
    nodeHeaders.filter((h) => h !== nodes.key),
    GUESS.label,
  );
  const kind = pick(nodeHeaders, GUESS.kind);
  if (label !== undefined) nodes.label = label;
  if (kind !== undefined) nodes.kind = kind;
  return { edges, nodes };
}

/** A repeated header becomes "name (column N)" here, before Papa renames it with a console warning. */
function uniqueHeaders(): (header: string, index: number) => string {
  const seen = new Set<string>();
  return (header, index) => {
    let unique = header;
    for (let n = index + 1; seen.has(unique); n++) unique = `${header} (column ${n})`;
    seen.add(unique);
    return unique;
  };
}

/** The header row of a CSV file as parseCsv names it, reading nothing past it (for the mapping step). */
export function csvHeaders(text: string): string[] {
  return Papa.parse(text, { header: true, preview: 1, transformHeader: uniqueHeaders() }).meta.fields ?? [];
}

export interface CsvTable {
  headers: string[];
  rows: { row: number; values: Record<string, string> }[];
  bad: { row: number; why: Said }[];
}

/** Papa's error as a message: its known codes translate; any other keeps Papa's own words. */
function csvError({ code, message }: { code: string; message: string }): Said {
  if (code === 'MissingQuotes') return said('csvMissingQuotes');
  if (code === 'InvalidQuotes') return said('csvInvalidQuotes');
  const fields = /expected (\d+) fields but parsed (\d+)/.exec(message);
  if (fields && (code === 'TooFewFields' || code === 'TooManyFields'))
    return said(code === 'TooFewFields' ? 'csvTooFewFields' : 'csvTooManyFields', {
      expected: Number(fields[1]),
      parsed: Number(fields[2]),
    });
  return said('parser', { detail: message });
}

/** Parses one CSV file (rows numbered as a spreadsheet does, the header being row 1); a row with broken quoting or the wrong number of fields is set aside. */
export function parseCsv(text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: uniqueHeaders(),
  });
  const headers = parsed.meta.fields ?? [];
  const bad = new Map<number, Said>();
  // A quoting error says more than the wrong field count it causes: it wins.
  for (const error of [...parsed.errors].sort((a, b) => Number(b.type === 'Quotes') - Number(a.type === 'Quotes')))
    if (error.type !== 'Delimiter' && typeof error.row === 'number') {
      // Papa counts the header row in quoting errors only.
      const row = error.type === 'Quotes' ? error.row - 1 : error.row;
      if (!bad.has(row)) bad.set(row, csvError(error));
    }
  const rows: CsvTable['rows'] = [];
  const badRows: CsvTable['bad'] = [];
  parsed.data.forEach((values, index) => {
    const why = bad.get(index);
    if (why !== undefined) badRows.push({ row: index + 2, why });
    else rows.push({ row: index + 2, values });
  });
  return { headers, rows, bad: badRows };
}

/** Renames mapped columns to atlas fields; the others keep their header (`__parsed_extra` dropped). */
function attributesOf(values: Record<string, string>, rename: Record<string, string | undefined>): Attributes {
  const renamed = new Map(
    Object.entries(rename).flatMap(([field, header]) => (header === undefined ? [] : [[header, field]])),
  );
  const attributes: Attributes = {};
  for (const [header, value] of Object.entries(values))
    if (header !== '__parsed_extra' && value !== undefined && value !== '')
      attributes[renamed.get(header) ?? header] = value;
  return attributes;
}

export function readCsv(
  edgesText: string,
  nodesText?: string,
  mapping?: CsvMapping,
  names = { edges: 'edges.csv', nodes: 'nodes.csv' },
): RawGraph {
  const edgeTable = parseCsv(edgesText);
  const nodeTable = nodesText === undefined ? undefined : parseCsv(nodesText);
  const map = mapping ?? guessMapping(edgeTable.headers, nodeTable?.headers);
  const raw: RawGraph = { attributes: {}, nodes: [], edges: [], dropped: [] };
  for (const [table, file] of [
    [edgeTable, names.edges],
    [nodeTable, names.nodes],
  ] as const)
    for (const { row, why } of table?.bad ?? []) raw.dropped.push({ what: said('atRow', { file, row }), why });
  const { source, target, type, direction, evidence, key } = map.edges;
  for (const { row, values } of edgeTable.rows) {
    const from = values[source]?.trim();
    const to = values[target]?.trim();
    if (!from || !to) {
      raw.dropped.push({
        what: said('atRow', { file: names.edges, row }),
        why: !from ? said('noSource', { column: describe(source) }) : said('noTarget', { column: describe(target) }),
      });
      continue;
    }
    const attributes = attributesOf(values, { source, target, type, directed: direction, evidence, key });
    const edgeKey = typeof attributes.key === 'string' ? attributes.key : undefined;
    for (const field of ['source', 'target', 'key']) delete attributes[field];
    raw.edges.push({ key: edgeKey, source: from, target: to, attributes });
  }
  if (nodeTable && map.nodes) {
    const { key: nodeKey, label, kind } = map.nodes;
    for (const { row, values } of nodeTable.rows) {
      const id = values[nodeKey]?.trim();
      if (!id)
        raw.dropped.push({
          what: said('atRow', { file: names.nodes, row }),
          why: said('noKey', { column: describe(nodeKey) }),
        });
      else {
        const attributes = attributesOf(values, { key: nodeKey, label, kind });
        delete attributes.key;
        raw.nodes.push({ key: id, attributes });
      }
    }
  } else {
    const seen = new Set<string>();
    for (const edge of raw.edges)
      for (const id of [edge.source, edge.target])
        if (!seen.has(id)) {
          seen.add(id);
          raw.nodes.push({ key: id, attributes: {} });
        }
  }
  return raw;
}
