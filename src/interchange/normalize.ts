// Turns a RawGraph read from any format into an atlas graph checked with the graph's own schema
// (imported mode): missing kinds and types get defaults, bad fields and items are dropped with why.
import Graph from 'graphology';
import { checkEdgeAttributes, checkEntity } from '../graph/schema.ts';
import {
  NODE_KINDS,
  RELATION_TYPES,
  UNDIRECTED_TYPES,
  type AtlasGraph,
  type NodeKind,
  type RelationType,
} from '../graph/types.ts';
import { unflatten } from './flat.ts';
import { describe, isRecord, type Attributes, type Dropped, type RawGraph } from './raw.ts';
import { evidenceOf, graphAttributesOf, type ImportReport } from './report.ts';
import { said } from './said.ts';
import { schemaSaid, splitProblem } from './schema-said.ts';

export const DEFAULT_KIND: NodeKind = 'organization';
export const DEFAULT_TYPE: RelationType = 'partnership';

const NODE_FIELDS = new Set([
  'label',
  'kind',
  'aliases',
  'description',
  'sources',
  'x',
  'y',
  'iso3',
  'region',
  'subregion',
  'northSouth',
  'orgType',
  'country',
  'year',
  'start',
  'end',
  'pillar',
  'themes',
  'modality',
]);
const EDGE_FIELDS = new Set(['type', 'directed', 'evidence', 'initiative']);
/** Attributes graphology's XML parsers add for drawing; the atlas draws its own. */
const DRAWING = new Set(['size', 'color', 'z', 'shape', 'thickness', 'weight']);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

function nodeRecord(key: string, raw: Attributes, report: ImportReport): Attributes {
  const record: Attributes = { id: key };
  for (const [name, value] of Object.entries(raw)) {
    if (NODE_FIELDS.has(name)) record[name] = unflatten(name, value);
    else if (!DRAWING.has(name)) report.unknownField('node', name);
  }
  record.label = text(record.label) ?? key;
  if (!NODE_KINDS.includes(record.kind as NodeKind)) {
    if (record.kind !== undefined)
      report.drop(
        said('atNodeField', { key, field: 'kind' }),
        said('notAKind', { value: describe(record.kind), allowed: NODE_KINDS.join(', ') }),
      );
    record.kind = DEFAULT_KIND;
    report.defaulted('kind');
  }
  record.description = typeof record.description === 'string' ? record.description : '';
  for (const list of ['aliases', 'sources'])
    if (!Array.isArray(record[list])) record[list] = typeof record[list] === 'string' ? [record[list]] : [];
  return record;
}

/** Checks a node in imported mode; a bad optional field is dropped, a bad node left out. */
function addNode(graph: AtlasGraph, key: string, raw: Attributes, report: ImportReport): void {
  const record = nodeRecord(key, raw, report);
  for (const axis of ['x', 'y']) if (!Number.isFinite(record[axis])) delete record[axis];
  let problems = checkEntity(record, ['x', 'y'], true);
  for (const problem of problems) {
    const field = problem.slice(0, problem.indexOf(':'));
    if (field in record && !['id', 'kind', 'label'].includes(field)) {
      delete record[field];
      report.drop(said('atNodeField', { key, field }), schemaSaid(problem.slice(field.length + 2)));
    }
  }
  problems = checkEntity(record, ['x', 'y'], true);
  if (problems.length > 0) {
    const { field, why } = splitProblem(problems[0]!);
    return report.drop(said('atNode', { key }), field ? said('fieldProblem', { field, detail: why }) : why);
  }
  const { id: _id, ...attributes } = record;
  graph.addNode(key, attributes as never);
}

function addEdge(graph: AtlasGraph, index: number, edge: RawGraph['edges'][number], report: ImportReport): void {
  const key = edge.key ?? `e${index}`;
  const ends = { key, source: describe(edge.source), target: describe(edge.target) };
  const where = said('atEdge', ends);
  for (const end of ['source', 'target'] as const)
    if (!graph.hasNode(edge[end])) return report.drop(where, said(`${end}NotRead`, { key: describe(edge[end]) }));
  if (edge.source === edge.target) return report.drop(where, said('selfLoop'));
  if (graph.hasEdge(key)) return report.drop(where, said('duplicateKey'));
  const raw = edge.attributes;
  for (const name of Object.keys(raw))
    if (!EDGE_FIELDS.has(name) && !DRAWING.has(name) && !(name === 'label' && raw.label === raw.type))
      report.unknownField('edge', name);
  const given = [raw.type, raw.label].find((t): t is RelationType => RELATION_TYPES.includes(t as RelationType));
  if (!given) report.defaulted('type');
  const type = given ?? DEFAULT_TYPE;
  const directed = unflatten('directed', raw.directed);
  const attributes: Attributes = {
    type,
    directed:
      typeof directed === 'boolean' ? directed : edge.undirected ? false : given ? !UNDIRECTED_TYPES.has(type) : true,
    evidence: evidenceOf(unflatten('evidence', raw.evidence), report.name, (why) =>
      report.drop(said('atEdgeEvidence', ends), why),
    ),
  };
  if (text(raw.initiative)) attributes.initiative = String(raw.initiative);
  const problems = checkEdgeAttributes(attributes, true);
  if (problems.length > 0) {
    const { field, why } = splitProblem(problems[0]!);
    return report.drop(where, field ? said('fieldProblem', { field, detail: why }) : why);
  }
  graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes as never);
}

/** Names every JavaScript object has (constructor, toString, __proto__, …): graphology keeps a node's
 * neighbours in plain objects, so a node with such a key breaks iterating its edges. */
const RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** New keys for reserved node keys ("constructor" → "constructor (node)"), each said in the notes. */
function renameReserved(raw: RawGraph, report: ImportReport): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set(raw.nodes.map((node) => node.key));
  for (const key of taken) {
    if (!RESERVED_KEYS.has(key)) continue;
    let renamed = `${key} (node)`;
    for (let n = 2; taken.has(renamed) || RESERVED_KEYS.has(renamed); n++) renamed = `${key} (node ${n})`;
    taken.add(renamed);
    renames.set(key, renamed);
    report.note(said('reservedKey', { key, renamed }));
  }
  return renames;
}

export function normalize(raw: RawGraph, report: ImportReport): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes(graphAttributesOf(raw.attributes, report.name));
  for (const dropped of raw.dropped) report.drop(dropped.what, dropped.why);
  report.read = { nodes: raw.nodes.length, edges: raw.edges.length };
  const renames = renameReserved(raw, report);
  for (const { key, attributes } of raw.nodes) {
    const safe = renames.get(key) ?? key;
    const record = isRecord(attributes) ? attributes : {};
    if (graph.hasNode(safe)) report.drop(said('atNode', { key: describe(key) }), said('duplicateKey'));
    else addNode(graph, safe, safe === key ? record : { label: key, ...record }, report);
  }
  raw.edges.forEach((edge, index) =>
    addEdge(
      graph,
      index,
      { ...edge, source: renames.get(edge.source) ?? edge.source, target: renames.get(edge.target) ?? edge.target },
      report,
    ),
  );
  return graph;
}

export type { Dropped };
