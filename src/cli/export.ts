// `npm run report -- export --format gexf|graphml|csv|json [--filter PARAMS] [--out FILE]`: the graph,
// or the view a filter keeps, as a file for Gephi, Cytoscape, a spreadsheet or graphology.
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES, type AtlasGraph } from '../graph/types.ts';
import { EXPORT_FORMATS, exportFiles, type ExportFile, type ExportFormat } from '../interchange/export.ts';
import { viewSubgraph } from '../interchange/view.ts';

export const EXPORT_USAGE =
  'usage: npm run report -- export --format gexf|graphml|csv|json [--filter "hide=funding&kinds=forum&region=Africa&from=2010&to=2014&isolated=hide"] [--out FILE]';

/** The app's link parameters for filters: each a comma-separated list of values. */
const LISTS = {
  hide: ['hiddenTypes', RELATION_TYPES],
  kinds: ['hiddenKinds', NODE_KINDS],
  modality: ['modalities', MODALITIES],
  theme: ['themes', THEMES],
  pillar: ['pillars', PILLARS],
  region: ['regions', REGIONS],
} as const;

/** Filters from link parameters (`hide=funding&region=Africa`), or the first problem found. */
export function parseFilter(text: string): Filters | string {
  const params = new URLSearchParams(text);
  const filters: Filters = { ...EMPTY_FILTERS };
  for (const [param, value] of params) {
    if (param in LISTS) {
      const [field, allowed] = LISTS[param as keyof typeof LISTS];
      const values = value.split(',').filter(Boolean);
      const bad = values.find((v) => !(allowed as readonly string[]).includes(v));
      if (bad !== undefined) return `--filter: ${param}: "${bad}" is not one of ${allowed.join(', ')}`;
      (filters as unknown as Record<string, Set<string>>)[field] = new Set(values);
    } else if (param === 'isolated' && value === 'hide') filters.hideIsolated = true;
    else if (param !== 'from' && param !== 'to') return `--filter: unknown parameter "${param}"`;
  }
  const [from, to] = [params.get('from'), params.get('to')];
  if (from !== null || to !== null) {
    if (!(from && to && /^\d{4}$/.test(from) && /^\d{4}$/.test(to) && from <= to))
      return '--filter: from and to must be two years, from ≤ to';
    filters.period = { from: Number(from), to: Number(to) };
  }
  return filters;
}

export interface ExportResult {
  code: number;
  out: string;
  /** Files to write, with the path each goes to (absent: print the one file to standard output). */
  files?: { path: string; file: ExportFile }[];
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export function runExport(args: string[], graph: AtlasGraph): ExportResult {
  const format = option(args, '--format') as ExportFormat | undefined;
  const out = option(args, '--out');
  const known = new Set(['--format', '--filter', '--out']);
  const stray = args.find((arg, i) => !known.has(arg) && !known.has(args[i - 1] ?? ''));
  if (!format || !EXPORT_FORMATS.includes(format) || stray !== undefined) return { code: 2, out: EXPORT_USAGE };
  const filter = option(args, '--filter');
  const filters = filter === undefined ? EMPTY_FILTERS : parseFilter(filter);
  if (typeof filters === 'string') return { code: 2, out: `${filters}\n${EXPORT_USAGE}` };
  const view = viewSubgraph(graph, filters);
  const base = out?.replace(/\.(gexf|graphml|csv|json)$/i, '') ?? 'sstc-atlas';
  const files = exportFiles(view, format, base);
  if (out === undefined && files.length > 1)
    return { code: 2, out: `export: CSV is two files (nodes and edges): name them with --out FILE.\n${EXPORT_USAGE}` };
  const summary = `export: ${view.order} nodes, ${view.size} edges`;
  if (out === undefined) return { code: 0, out: files[0]!.text };
  return {
    code: 0,
    out: `${summary} → ${files.map((f) => f.name).join(', ')}`,
    files: files.map((file) => ({ path: file.name, file })),
  };
}
