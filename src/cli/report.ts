// `npm run report -- <command>`: the analyses on the built graph (public/data/graph.json) as
// readable text, or JSON with --json: triangular arrangements, brokers, the transfer matrix, paths,
// the evidence of every relation of a type, and exports of the graph or a filtered view.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findTriangularArrangements, type TriangularRole } from '../analysis/triangular.ts';
import { TRIANGULAR_ROLES } from '../analysis/triangular-types.ts';
import { filterArrangements, type ArrangementFilter } from '../analysis/arrangement-query.ts';
import { computeMetrics, rankBrokers } from '../analysis/metrics.ts';
import { knowledgeTransferMatrix } from '../analysis/matrix.ts';
import { describePath, shortestPaths } from '../analysis/paths.ts';
import { runExport } from './export.ts';
import { formatBrokers, formatMatrix, formatPaths, formatTriangles } from './format.ts';
import { loadGraph } from '../graph/load.ts';
import { normalizeName } from '../graph/names.ts';
import { collectEvidence, formatEvidence, isRelationType } from './evidence.ts';
import { RELATION_TYPES } from '../graph/types.ts';
import type { AtlasGraph } from '../graph/types.ts';

export const USAGE =
  'usage: npm run report -- triangles [--actor <name>] [--role facilitator|pivot|beneficiary] [--stated] | brokers [--limit N] | matrix | paths <from> <to> | evidence --type <relation type>  [--json]\n       npm run report -- export --format gexf|graphml|csv|json [--filter PARAMS] [--out FILE]';
export const GRAPH_FILE = 'public/data/graph.json';

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

interface Args {
  words: string[];
  json: boolean;
  stated: boolean;
  limit?: number;
  actor?: string;
  role?: TriangularRole;
  type?: string;
}

const VALUED = new Set(['--limit', '--actor', '--role', '--type']);

function parseArgs(args: string[]): Args | undefined {
  const words: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (VALUED.has(arg)) {
      if (i + 1 >= args.length) return undefined;
      values.set(arg, args[++i]!);
    } else if (arg.startsWith('--') && arg !== '--json' && arg !== '--stated') return undefined;
    else if (!arg.startsWith('--')) words.push(arg);
  }
  const limit = values.has('--limit') ? Number(values.get('--limit')) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return undefined;
  const role = values.get('--role');
  if (role !== undefined && !TRIANGULAR_ROLES.includes(role as TriangularRole)) return undefined;
  return {
    words,
    json: args.includes('--json'),
    stated: args.includes('--stated'),
    limit,
    actor: values.get('--actor'),
    role: role as TriangularRole | undefined,
    type: values.get('--type'),
  };
}

/** `triangles`: every arrangement, or those that match --actor, --role and --stated. */
function runTriangles(graph: AtlasGraph, { actor, role, stated, json }: Args): ReportResult {
  const node = actor === undefined ? undefined : resolveNode(graph, actor);
  if (actor !== undefined && node === undefined) return { code: 1, out: `report: no node named "${actor}".` };
  const filter: ArrangementFilter = {
    ...(node && { actor: node }),
    ...(role && { role }),
    ...(stated && { basis: 'stated' as const }),
  };
  const arrangements = filterArrangements(findTriangularArrangements(graph), filter);
  return { code: 0, out: json ? JSON.stringify(arrangements, null, 2) : formatTriangles(graph, arrangements) };
}

function runEvidence(graph: AtlasGraph, type: string | undefined, json: boolean): ReportResult {
  if (!isRelationType(type))
    return {
      code: 2,
      out: `report: evidence needs --type, one of ${RELATION_TYPES.join(', ')}${type ? ` (not "${type}")` : ''}.`,
    };
  const rows = collectEvidence(graph, type);
  return { code: 0, out: json ? JSON.stringify(rows, null, 2) : formatEvidence(type, rows) };
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
  if (command === 'triangles' && rest.length === 0) return runTriangles(graph, parsed);
  if ((parsed.actor || parsed.role || parsed.stated) && command !== 'triangles') return { code: 2, out: USAGE };
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
  if (command === 'evidence' && rest.length === 0) return runEvidence(graph, parsed.type, json);
  return { code: 2, out: USAGE };
}

function main(): void {
  const args = process.argv.slice(2);
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  if (!existsSync(GRAPH_FILE)) {
    console.error(`report: ${GRAPH_FILE} not found. Run \`npm run data\` first.`);
    process.exit(1);
  }
  const { graph, report } = loadGraph(readFileSync(GRAPH_FILE, 'utf8'), GRAPH_FILE);
  if (report.problems.length > 0)
    console.error(`report: ${report.problems.length} problem(s) loading ${GRAPH_FILE}; first: ${report.problems[0]}`);
  if (args[0] === 'export') {
    const { code, out, files } = runExport(args.slice(1), graph);
    for (const { path, file } of files ?? []) writeFileSync(path, file.text);
    (code === 0 && !files ? process.stdout : process.stderr).write(`${out.replace(/\n$/, '')}\n`);
    process.exitCode = code;
    return;
  }
  const { code, out } = runReport(args, graph);
  (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
