// Compiles curated records into the atlas graph: checks every record against the schema and
// against each other (ids, aliases, references, quotes) and merges relations into edges.
import Graph from 'graphology';
import {
  checkEntity,
  checkRelation,
  foldWhitespace,
  isShortQuote,
  MIN_QUOTE_CHARS,
  MIN_QUOTE_WORDS,
} from '../graph/schema.ts';
import { normalizeName } from '../graph/names.ts';
import {
  UNDIRECTED_TYPES,
  type AtlasGraph,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type RelationType,
  type SourceDocument,
} from '../graph/types.ts';
import type { Located } from './read-yaml.ts';
import { Problems, type FollowOn } from './problems.ts';

export interface SourceText extends SourceDocument {
  text: string;
}

interface Relation {
  source: string;
  target: string;
  type: RelationType;
  initiative?: string;
  evidence: Evidence[];
}
type Entity = Omit<NodeAttributes, 'x' | 'y'> & { id: string };

export interface CompileResult {
  graph: AtlasGraph;
  problems: string[];
  /** Problems left unlisted because they only name an id whose declaration did not load. */
  followOn: FollowOn;
}

const ACTOR_KINDS = new Set(['country', 'organization']);

export function edgeKey(relation: Relation): string {
  const [a, b] =
    UNDIRECTED_TYPES.has(relation.type) && relation.source > relation.target
      ? [relation.target, relation.source]
      : [relation.source, relation.target];
  return `${relation.type}:${a}->${b}${relation.initiative ? `@${relation.initiative}` : ''}`;
}

function checkEntities(records: Located[], sourceIds: Set<string>, problems: Problems): Map<string, Located<Entity>> {
  const byId = new Map<string, Located<Entity>>();
  const names = new Map<string, { id: string; at: string }>();
  for (const record of records) {
    const at = `${record.file}:${record.line}`;
    const id = (record.value as { id?: unknown } | null)?.id;
    const own = checkEntity(record.value);
    for (const message of own) problems.add(record, `entity ${JSON.stringify(id)}: `, message);
    if (own.length > 0) {
      problems.reject(id, record.file);
      continue;
    }
    const entity = record.value as Entity;
    const previous = byId.get(entity.id);
    if (previous) {
      problems.add(record, '', `duplicate id "${entity.id}" (first defined at ${previous.file}:${previous.line})`);
      continue;
    }
    byId.set(entity.id, { ...record, value: entity });
    for (const source of entity.sources)
      if (!sourceIds.has(source))
        problems.add(record, `entity "${entity.id}": `, `sources: unknown document "${source}"`, source);
    for (const name of new Set([entity.label, ...entity.aliases].map(normalizeName))) {
      const clash = names.get(name);
      if (clash)
        problems.add(
          record,
          '',
          `alias clash: "${name}" of "${entity.id}" is also a name of "${clash.id}" (${clash.at})`,
        );
      else names.set(name, { id: entity.id, at });
    }
  }
  for (const record of byId.values()) {
    const { value } = record;
    if (value.country !== undefined && byId.get(value.country)?.value.kind !== 'country')
      problems.add(
        record,
        `entity "${value.id}": `,
        `country: "${value.country}" is not a known country`,
        value.country,
      );
  }
  return byId;
}

function checkRelationRefs(
  relation: Relation,
  entities: Map<string, Located<Entity>>,
  texts: Map<string, string>,
): [message: string, unknownId?: string][] {
  const problems: [string, string?][] = [];
  for (const end of ['source', 'target'] as const)
    if (!entities.has(relation[end])) problems.push([`${end} "${relation[end]}" is not a known entity`, relation[end]]);
  if (relation.source === relation.target) problems.push(['source and target are the same entity']);
  if (relation.initiative !== undefined) {
    const kind = entities.get(relation.initiative)?.value.kind;
    if (kind !== 'initiative' && kind !== 'forum')
      problems.push([`initiative "${relation.initiative}" is not a known initiative or forum`, relation.initiative]);
  }
  if (relation.type === 'knowledge_transfer')
    for (const end of ['source', 'target'] as const) {
      const kind = entities.get(relation[end])?.value.kind;
      if (kind && !ACTOR_KINDS.has(kind))
        problems.push([
          `${end}: knowledge_transfer ${end} "${relation[end]}" is a ${kind}, not a country or organization`,
        ]);
    }
  const names = new Set(
    [relation.source, relation.target].flatMap((id) => {
      const entity = entities.get(id)?.value;
      return entity ? [entity.label, ...entity.aliases].map(normalizeName) : [];
    }),
  );
  const hasFullQuote = relation.evidence.some((evidence) => !isShortQuote(evidence.quote));
  relation.evidence.forEach((evidence, index) => {
    if (isShortQuote(evidence.quote) && !(hasFullQuote && names.has(normalizeName(evidence.quote))))
      problems.push([
        `evidence[${index}].quote: "${evidence.quote}" is shorter than ${MIN_QUOTE_CHARS} characters or ${MIN_QUOTE_WORDS} words; quote the sentence that states the relation`,
      ]);
    const problem = quoteProblem(evidence, texts, `evidence[${index}]`);
    if (problem) problems.push(texts.has(evidence.source) ? [problem] : [problem, evidence.source]);
  });
  return problems;
}

/** The check every quote passes (edges and tour steps): its document, white space folded, contains it. */
export function quoteProblem(evidence: Evidence, texts: Map<string, string>, field: string): string | undefined {
  const text = texts.get(evidence.source);
  if (text === undefined) return `${field}.source: unknown document "${evidence.source}"`;
  if (!text.includes(foldWhitespace(evidence.quote)))
    return `${field}.quote: not found in ${evidence.source}: "${evidence.quote.slice(0, 80)}"`;
}

/** The documents' texts by id, white space folded, as quotes are checked against them. */
export const foldedTexts = (sources: SourceText[]) =>
  new Map(sources.map((source) => [source.id, foldWhitespace(source.text)]));

/** `unparsed`: id → file for ids declared in files that did not load; what only names them is counted. */
export function compile(
  sources: SourceText[],
  entityRecords: Located[],
  relationRecords: Located[],
  unparsed: ReadonlyMap<string, string> = new Map(),
): CompileResult {
  const problems = new Problems(unparsed);
  const texts = foldedTexts(sources);
  const entities = checkEntities(entityRecords, new Set(texts.keys()), problems);
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    title: 'SSTC Atlas',
    sources: sources.map(({ id, title, year, file }) => ({ id, title, year, file })),
  });
  for (const id of [...entities.keys()].sort()) {
    const { id: _id, ...attributes } = entities.get(id)!.value;
    graph.addNode(id, { ...attributes, x: 0, y: 0 });
  }
  for (const record of relationRecords) {
    const own = checkRelation(record.value);
    const relation = record.value as Relation;
    const all =
      own.length > 0 ? own.map((message): [string] => [message]) : checkRelationRefs(relation, entities, texts);
    for (const [message, unknownId] of all) problems.add(record, 'relation: ', message, unknownId);
    if (all.length > 0) continue;
    const key = edgeKey(relation);
    if (graph.hasEdge(key)) {
      const attributes = graph.getEdgeAttributes(key);
      const known = new Set(attributes.evidence.map((e) => `${e.source}|${foldWhitespace(e.quote)}`));
      for (const e of relation.evidence)
        if (!known.has(`${e.source}|${foldWhitespace(e.quote)}`)) attributes.evidence.push(e);
      continue;
    }
    const attributes: EdgeAttributes = {
      type: relation.type,
      directed: !UNDIRECTED_TYPES.has(relation.type),
      evidence: relation.evidence.map(({ source, quote }) => ({ source, quote })),
      ...(relation.initiative ? { initiative: relation.initiative } : {}),
    };
    const [source, target] = key
      .slice(key.indexOf(':') + 1)
      .split('@')[0]!
      .split('->') as [string, string];
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return { graph, problems: problems.list, followOn: problems.followOn };
}
