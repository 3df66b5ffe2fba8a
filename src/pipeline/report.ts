// `npm run report -- <command>`: the analyses on the built graph (public/data/graph.json) as
// readable text, or JSON with --json: triangular arrangements, brokers, the transfer matrix, paths.
import { existsSync, readFileSync } from 'node:fs';
import { findTriangularArrangements, type RoleActor, type TriangularArrangement } from '../analysis/triangular.ts';
import { computeMetrics, rankBrokers, type Broker, type Metrics } from '../analysis/metrics.ts';
import { knowledgeTransferMatrix, type TransferMatrix } from '../analysis/matrix.ts';
import { describePath, shortestPaths, type Path } from '../analysis/paths.ts';
import { loadGraph } from '../graph/load.ts';
import { normalizeName } from '../graph/names.ts';
import type { AtlasGraph } from '../graph/types.ts';

export const USAGE = 'usage: npm run report -- triangles | brokers | matrix | paths <from> <to>  [--json] [--limit N]';
export const GRAPH_FILE = 'public/data/graph.json';

const label = (graph: AtlasGraph, node: string) => graph.getNodeAttribute(node, 'label');

function formatActor(graph: AtlasGraph, { actor, country }: RoleActor): string {
  if (country === undefined || country === actor) return label(graph, actor);
  const name = label(graph, actor);
  return name.includes(label(graph, country)) ? name : `${name} (${label(graph, country)})`;
}

function formatArrangement(graph: AtlasGraph, arrangement: TriangularArrangement): string {
  const { initiative, period, unknownRoles, marked } = arrangement;
  const years = [period.start, period.end].filter((y) => y !== undefined);
  const when = years.length > 0 ? ` ${[...new Set(years)].join('–')}` : '';
  const actors = (list: RoleActor[]) =>
    list.length === 0 ? 'unknown' : list.map((a) => formatActor(graph, a)).join(', ');
  return [
    `${label(graph, initiative)} [${initiative}]${when}${marked ? ' — marked triangular' : ''}`,
    `  facilitators:  ${actors(arrangement.facilitators)}`,
    `  pivots:        ${actors(arrangement.pivots)}`,
    `  beneficiaries: ${actors(arrangement.beneficiaries)}`,
    ...(unknownRoles.length > 0 ? [`  unknown roles: ${unknownRoles.join(', ')}`] : []),
  ].join('\n');
}

export function formatTriangles(graph: AtlasGraph, arrangements: TriangularArrangement[]): string {
  const complete = arrangements.filter((a) => a.unknownRoles.length === 0);
  const partial = arrangements.filter((a) => a.unknownRoles.length > 0);
  const head = `${arrangements.length} triangular arrangements: ${complete.length} complete, ${partial.length} marked triangular with unknown roles`;
  return [head, ...[...complete, ...partial].map((a) => formatArrangement(graph, a))].join('\n\n');
}

export function formatBrokers(brokers: Broker[], metrics: Pick<Metrics, 'betweennessMethod'>): string {
  const name = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);
  const width = Math.max(0, ...brokers.map((b) => name(b.label).length));
  const lines = brokers.map((b, i) =>
    [
      `${String(i + 1).padStart(3)}. ${name(b.label).padEnd(width)}`,
      b.kind.padEnd(12),
      `betweenness ${b.betweenness.toFixed(4)}`,
      `degree ${String(b.degree).padStart(3)}`,
      `community ${b.community}`,
    ].join('  '),
  );
  return [`Brokers by betweenness (${metrics.betweennessMethod}):`, ...lines].join('\n');
}

export function formatMatrix(graph: AtlasGraph, matrix: TransferMatrix): string {
  const lines = matrix.cells.map(
    ({ from, to, count }) => `${String(count).padStart(4)}  ${label(graph, from)} → ${label(graph, to)}`,
  );
  const head = `Knowledge transfers by country (${matrix.rows.length} sharing, ${matrix.cols.length} learning; ${matrix.unplaced.length} with an international body left out):`;
  return [head, ...lines].join('\n');
}

export function formatPaths(graph: AtlasGraph, from: string, to: string, paths: Path[]): string {
  const between = `${label(graph, from)} and ${label(graph, to)}`;
  if (paths.length === 0) return `No path between ${between}.`;
  const head = `${paths.length} shortest path(s) of ${paths[0]!.length} step(s) between ${between}:`;
  const blocks = paths.map((path, i) =>
    [`Path ${i + 1}:`, ...describePath(graph, path).map((s) => `  ${s}`)].join('\n'),
  );
  return [head, ...blocks].join('\n\n');
}

/** A node key, or a label or alias (case- and accent-insensitive). */
export function resolveNode(graph: AtlasGraph, text: string): string | undefined {
  if (graph.hasNode(text)) return text;
  const wanted = normalizeName(text);
  return graph.findNode(
    (_node, { label: name, aliases }) =>
      normalizeName(name) === wanted || aliases.some((a) => normalizeName(a) === wanted),
  );
}

export interface ReportResult {
  code: number;
  out: string;
}

function parseArgs(args: string[]): { words: string[]; json: boolean; limit?: number } | undefined {
  const words: string[] = [];
  let limit: number | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--limit') limit = Number(args[++i]);
    else if (args[i] !== '--json') words.push(args[i]!);
  }
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return undefined;
  return { words, json: args.includes('--json'), limit };
}

function runPaths(graph: AtlasGraph, names: string[], json: boolean, limit?: number): ReportResult {
  const [from, to] = names.map((name) => resolveNode(graph, name));
  const missing = names.filter((_, i) => [from, to][i] === undefined);
  if (missing.length > 0)
    return { code: 1, out: `report: no node named ${missing.map((m) => `"${m}"`).join(' or ')}.` };
  const paths = shortestPaths(graph, from!, to!, { limit });
  if (!json) return { code: 0, out: formatPaths(graph, from!, to!, paths) };
  return {
    code: 0,
    out: JSON.stringify(
      paths.map((steps) => ({ steps, sentences: describePath(graph, steps) })),
      null,
      2,
    ),
  };
}

/** Runs one report command on a loaded graph. Exit code 2 for a usage error. */
export function runReport(args: string[], graph: AtlasGraph): ReportResult {
  const parsed = parseArgs(args);
  const [command, ...rest] = parsed?.words ?? [];
  if (!parsed) return { code: 2, out: USAGE };
  const { json, limit } = parsed;
  const output = (data: unknown, text: () => string) => ({
    code: 0,
    out: json ? JSON.stringify(data, null, 2) : text(),
  });
  if (command === 'triangles' && rest.length === 0) {
    const arrangements = findTriangularArrangements(graph);
    return output(arrangements, () => formatTriangles(graph, arrangements));
  }
  if (command === 'brokers' && rest.length === 0) {
    const metrics = computeMetrics(graph);
    const brokers = rankBrokers(metrics, graph, limit ?? 15);
    return output({ betweennessMethod: metrics.betweennessMethod, brokers }, () => formatBrokers(brokers, metrics));
  }
  if (command === 'matrix' && rest.length === 0) {
    const matrix = knowledgeTransferMatrix(graph);
    return output(matrix, () => formatMatrix(graph, matrix));
  }
  if (command === 'paths' && rest.length === 2) return runPaths(graph, rest, json, limit);
  return { code: 2, out: USAGE };
}

function main(): void {
  const args = process.argv.slice(2);
  if (!existsSync(GRAPH_FILE)) {
    console.error(`report: ${GRAPH_FILE} not found. Run \`npm run data\` first.`);
    process.exit(1);
  }
  const { graph, report } = loadGraph(readFileSync(GRAPH_FILE, 'utf8'), GRAPH_FILE);
  if (report.problems.length > 0)
    console.error(`report: ${report.problems.length} problem(s) loading ${GRAPH_FILE}; first: ${report.problems[0]}`);
  const { code, out } = runReport(args, graph);
  (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
