// Text formatting of the analyses for `npm run report`: arrangements, brokers, the transfer matrix,
// paths. Pure functions of the graph and an analysis result.
import type { RoleActor, TriangularArrangement } from '../analysis/triangular.ts';
import type { Broker, Metrics } from '../analysis/metrics.ts';
import type { TransferMatrix } from '../analysis/matrix.ts';
import { describeArrangement } from '../analysis/arrangement-query.ts';
import { describePath, type Path } from '../analysis/paths.ts';
import type { AtlasGraph } from '../graph/types.ts';

const label = (graph: AtlasGraph, node: string) => graph.getNodeAttribute(node, 'label');

function formatActor(graph: AtlasGraph, { actor, country }: RoleActor): string {
  if (country === undefined || country === actor) return label(graph, actor);
  const name = label(graph, actor);
  return name.includes(label(graph, country)) ? name : `${name} (${label(graph, country)})`;
}

function formatArrangement(graph: AtlasGraph, arrangement: TriangularArrangement): string {
  const { initiative, period, unknownRoles, marked, basis, statement, mutual, parts } = arrangement;
  const years = [period.start, period.end].filter((y) => y !== undefined);
  const when = years.length > 0 ? ` ${[...new Set(years)].join('–')}` : '';
  const actors = (list: RoleActor[]) =>
    list.length === 0 ? 'unknown' : list.map((a) => formatActor(graph, a)).join(', ');
  const names = (keys: string[]) => keys.map((key) => label(graph, key)).join(', ');
  return [
    `${label(graph, initiative)} [${initiative}]${when}${marked ? ' — marked triangular' : ''}`,
    basis === 'stated' ? `  stated:        "${statement!.quote}" (${statement!.source})` : '  inferred from the roles',
    `  facilitators:  ${actors(arrangement.facilitators)}`,
    `  pivots:        ${actors(arrangement.pivots)}`,
    `  beneficiaries: ${actors(arrangement.beneficiaries)}`,
    ...(mutual.length > 0 ? [`  mutual exchange: ${names(mutual)} both share and learn`] : []),
    ...(parts.length > 0 ? [`  sub-events:    ${names(parts)}`] : []),
    ...(unknownRoles.length > 0 ? [`  unknown roles: ${unknownRoles.join(', ')}`] : []),
    `  in a sentence: ${describeArrangement(graph, arrangement)}`,
  ].join('\n');
}

export function formatTriangles(graph: AtlasGraph, arrangements: TriangularArrangement[]): string {
  const complete = arrangements.filter((a) => a.unknownRoles.length === 0);
  const partial = arrangements.filter((a) => a.unknownRoles.length > 0);
  const stated = arrangements.filter((a) => a.basis === 'stated').length;
  const head = `${arrangements.length} triangular arrangements: ${complete.length} complete, ${partial.length} with unknown roles; ${stated} stated as triangular in the documents, ${arrangements.length - stated} inferred from the roles`;
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
