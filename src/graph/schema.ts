// The one schema of the graph: checks an entity or relation record field by field and returns
// every problem as a message. Used by the build pipeline (YAML) and by the loader (JSON) alike.
import { MODALITIES, NODE_KINDS, ORG_TYPES, PILLARS, REGIONS, RELATION_TYPES, THEMES, type NodeKind } from './types.ts';

type Record_ = Record<string, unknown>;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const COMMON_FIELDS = ['id', 'kind', 'label', 'aliases', 'description', 'sources'];
const FIELDS_BY_KIND: Record<NodeKind, string[]> = {
  country: ['iso3', 'region', 'subregion', 'northSouth'],
  organization: ['orgType', 'country', 'northSouth', 'place'],
  forum: ['year', 'country', 'place'],
  initiative: ['start', 'end', 'pillar', 'themes', 'modality', 'place'],
};
const REQUIRED_BY_KIND: Record<NodeKind, string[]> = {
  country: ['iso3', 'region', 'northSouth'],
  organization: ['orgType'],
  forum: [],
  initiative: [],
};

const isObject = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isYear = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100;

function oneOf(list: readonly string[], value: unknown, field: string): string[] {
  return typeof value === 'string' && list.includes(value)
    ? []
    : [`${field}: ${JSON.stringify(value)} is not one of ${list.join(', ')}`];
}

function listOf(list: readonly string[], value: unknown, field: string): string[] {
  if (!Array.isArray(value)) return [`${field}: expected a list`];
  return value.flatMap((item) => oneOf(list, item, field));
}

function textList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) return [`${field}: expected a list (use [] for none)`];
  return value.every(isText) ? [] : [`${field}: every item must be non-empty text`];
}

function kindFields(kind: NodeKind, record: Record_, imported: boolean): string[] {
  const problems = (imported ? [] : REQUIRED_BY_KIND[kind])
    .filter((field) => record[field] === undefined)
    .map((field) => `${field}: required for a ${kind}`);
  const { iso3, region, northSouth, orgType, country, year, start, end } = record;
  if (iso3 !== undefined && !(typeof iso3 === 'string' && /^[A-Z]{3}$/.test(iso3)))
    problems.push(`iso3: ${JSON.stringify(iso3)} is not a three-letter upper-case code`);
  if (region !== undefined) problems.push(...oneOf(REGIONS, region, 'region'));
  if (record.subregion !== undefined && !isText(record.subregion)) problems.push('subregion: expected text');
  if (record.place !== undefined && !isText(record.place)) problems.push('place: expected text (where it was held)');
  if (northSouth !== undefined) problems.push(...oneOf(['north', 'south'], northSouth, 'northSouth'));
  if (orgType !== undefined) problems.push(...oneOf(ORG_TYPES, orgType, 'orgType'));
  if (country !== undefined && !(typeof country === 'string' && ID_PATTERN.test(country)))
    problems.push(`country: ${JSON.stringify(country)} is not an id`);
  for (const [field, value] of Object.entries({ year, start, end }))
    if (value !== undefined && !isYear(value)) problems.push(`${field}: ${JSON.stringify(value)} is not a year`);
  if (isYear(start) && isYear(end) && (start as number) > (end as number))
    problems.push(`start: ${String(start)} is after end ${String(end)}`);
  if (record.pillar !== undefined) problems.push(...oneOf(PILLARS, record.pillar, 'pillar'));
  if (record.themes !== undefined) problems.push(...listOf(THEMES, record.themes, 'themes'));
  if (record.modality !== undefined) problems.push(...listOf(MODALITIES, record.modality, 'modality'));
  return problems;
}

const allowedCache = new Map<string, ReadonlySet<string>>();
function allowedFields(kind: NodeKind, extra: readonly string[]): ReadonlySet<string> {
  const key = `${kind}|${extra.join(',')}`;
  let allowed = allowedCache.get(key);
  if (!allowed) allowedCache.set(key, (allowed = new Set([...COMMON_FIELDS, ...FIELDS_BY_KIND[kind], ...extra])));
  return allowed;
}

/**
 * Checks an entity; `extra` names fields allowed beyond the schema (x, y in built JSON). An
 * `imported` entity (a file opened by the user) may have any key, no description and no kind fields.
 */
export function checkEntity(record: unknown, extra: readonly string[] = [], imported = false): string[] {
  if (!isObject(record)) return ['expected an entity (a mapping of fields)'];
  const problems: string[] = [];
  if (!(typeof record.id === 'string' && (imported ? record.id !== '' : ID_PATTERN.test(record.id))))
    problems.push(`id: ${JSON.stringify(record.id)} must be lower-case kebab-case`);
  const kindProblems = oneOf(NODE_KINDS, record.kind, 'kind');
  problems.push(...kindProblems);
  if (!isText(record.label)) problems.push('label: required text');
  if (imported ? typeof record.description !== 'string' : !isText(record.description))
    problems.push('description: required text');
  problems.push(...textList(record.aliases, 'aliases'), ...textList(record.sources, 'sources'));
  if (kindProblems.length > 0) return problems;
  const kind = record.kind as NodeKind;
  const allowed = allowedFields(kind, extra);
  for (const field of Object.keys(record)) if (!allowed.has(field)) problems.push(`${field}: not a field of a ${kind}`);
  return [...problems, ...kindFields(kind, record, imported)];
}

/** Checks a list of { source, quote }; an imported edge may have none. */
export function checkEvidence(value: unknown, imported = false): string[] {
  if (!Array.isArray(value) || (value.length === 0 && !imported))
    return ['evidence: at least one { source, quote } is required'];
  return value.flatMap((item, index) => {
    if (!isObject(item)) return [`evidence[${index}]: expected { source, quote }`];
    const problems: string[] = [];
    if (!isText(item.source)) problems.push(`evidence[${index}].source: required document id`);
    if (!isText(item.quote)) problems.push(`evidence[${index}].quote: required text`);
    for (const field of Object.keys(item))
      if (field !== 'source' && field !== 'quote') problems.push(`evidence[${index}].${field}: not a field`);
    return problems;
  });
}

const RELATION_FIELDS = new Set(['source', 'target', 'type', 'initiative', 'evidence', 'note']);

/** Checks a curated relation (the YAML form: source, target, type, initiative, evidence, note). */
export function checkRelation(record: unknown): string[] {
  if (!isObject(record)) return ['expected a relation (a mapping of fields)'];
  const problems: string[] = [];
  for (const end of ['source', 'target'] as const)
    if (!(typeof record[end] === 'string' && ID_PATTERN.test(record[end])))
      problems.push(`${end}: ${JSON.stringify(record[end])} is not an id`);
  problems.push(...oneOf(RELATION_TYPES, record.type, 'type'));
  if (record.initiative !== undefined && !(typeof record.initiative === 'string' && ID_PATTERN.test(record.initiative)))
    problems.push(`initiative: ${JSON.stringify(record.initiative)} is not an id`);
  if (record.type === 'knowledge_transfer' && record.initiative === undefined)
    problems.push('initiative: required for a knowledge_transfer (the initiative in which it happened)');
  if (record.note !== undefined && typeof record.note !== 'string') problems.push('note: expected text');
  for (const field of Object.keys(record))
    if (!RELATION_FIELDS.has(field)) problems.push(`${field}: not a field of a relation`);
  return [...problems, ...checkEvidence(record.evidence)];
}

/** Checks built edge attributes (the JSON form: type, directed, evidence, initiative). */
export function checkEdgeAttributes(record: unknown, imported = false): string[] {
  if (!isObject(record)) return ['expected edge attributes'];
  const problems = [...oneOf(RELATION_TYPES, record.type, 'type'), ...checkEvidence(record.evidence, imported)];
  if (typeof record.directed !== 'boolean') problems.push('directed: expected true or false');
  if (record.initiative !== undefined && typeof record.initiative !== 'string')
    problems.push('initiative: expected an id');
  return problems;
}

/** A quote shorter than this (after folding white space) only names an actor: see graph-data/README.md. */
export const MIN_QUOTE_CHARS = 12;
export const MIN_QUOTE_WORDS = 3;
export function isShortQuote(quote: string): boolean {
  const folded = foldWhitespace(quote);
  return folded.length < MIN_QUOTE_CHARS || folded.split(' ').length < MIN_QUOTE_WORDS;
}

/** Folds runs of white space to one space: the only normalization quotes get. */
export const foldWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();
