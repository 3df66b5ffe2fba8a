// What the importer says (errors, dropped items, notes) as a code with its parameters: plain data that
// crosses from the worker, which the interface translates (data.errors.<code>) and `english` words for
// the command line and the tests. A parameter may itself be a message (a reason inside a sentence).
export type SaidParam = string | number | Said;
export interface Said {
  code: SaidCode;
  params?: Record<string, SaidParam>;
}

type Params = Record<string, SaidParam>;
const s = (value: SaidParam | undefined): string =>
  value === undefined ? '' : typeof value === 'object' ? english(value) : String(value);

const ENGLISH = {
  // Where: the item a dropped line is about.
  atNode: (p: Params) => `node "${s(p.key)}"`,
  atNodeField: (p: Params) => `node "${s(p.key)}" ${s(p.field)}`,
  atEdge: (p: Params) => `edge "${s(p.key)}" (${s(p.source)} → ${s(p.target)})`,
  atEdgeEvidence: (p: Params) => `edge "${s(p.key)}" (${s(p.source)} → ${s(p.target)}) evidence`,
  atRow: (p: Params) => `${s(p.file)} row ${s(p.row)}`,
  atJsonItem: (p: Params) => `${s(p.list)}[${s(p.index)}] ${s(p.value)}`,
  atJsonList: (p: Params) => s(p.list),
  // Why an item was dropped or changed.
  notAKind: (p: Params) => `"${s(p.value)}" is not one of ${s(p.allowed)}`,
  sourceNotRead: (p: Params) => `source "${s(p.key)}" is not a node that was read`,
  targetNotRead: (p: Params) => `target "${s(p.key)}" is not a node that was read`,
  selfLoop: () => 'an edge from a node to itself',
  duplicateKey: () => 'duplicate key',
  evidenceNotList: (p: Params) => `expected a list of { source, quote }, found ${s(p.value)}`,
  evidenceNotItem: (p: Params) => `${s(p.value)} is not a { source, quote }`,
  noSource: (p: Params) => `no source (column "${s(p.column)}")`,
  noTarget: (p: Params) => `no target (column "${s(p.column)}")`,
  noKey: (p: Params) => `no key (column "${s(p.column)}")`,
  csvMissingQuotes: () => 'Quoted field unterminated',
  csvInvalidQuotes: () => 'Trailing quote on quoted field is malformed',
  csvTooFewFields: (p: Params) => `Too few fields: expected ${s(p.expected)} fields but parsed ${s(p.parsed)}`,
  csvTooManyFields: (p: Params) => `Too many fields: expected ${s(p.expected)} fields but parsed ${s(p.parsed)}`,
  jsonNodeItem: () => 'expected { key, attributes }',
  jsonEdgeItem: () => 'expected { source, target, attributes }',
  jsonNotList: (p: Params) => `expected a list, found ${s(p.value)}`,
  // A field the graph's schema refused (see schema-said.ts).
  notAYear: (p: Params) => `${s(p.value)} is not a year`,
  notOneOf: (p: Params) => `${s(p.value)} is not one of ${s(p.allowed)}`,
  notIso3: (p: Params) => `${s(p.value)} is not a three-letter upper-case code`,
  notAnId: (p: Params) => `${s(p.value)} is not an id`,
  notText: () => 'expected text',
  notAList: () => 'expected a list',
  notAListOrNone: () => 'expected a list (use [] for none)',
  notTextItems: () => 'every item must be non-empty text',
  notAFieldOf: (p: Params) => `not a field of a ${s(p.kind)}`,
  startAfterEnd: (p: Params) => `${s(p.start)} is after end ${s(p.end)}`,
  fieldProblem: (p: Params) => `${s(p.field)}: ${s(p.detail)}`,
  problem: (p: Params) => s(p.detail),
  // Notes.
  defaultKind: (p: Params) => `${s(p.count)} node(s) without a known kind are shown as ${s(p.kind)}.`,
  defaultType: (p: Params) => `${s(p.count)} edge(s) without a known relation type are shown as ${s(p.type)}.`,
  unknownNodeField: (p: Params) =>
    `Attribute "${s(p.name)}" (${s(p.count)} nodes) is not an SSTC Atlas field and was left out.`,
  unknownEdgeField: (p: Params) =>
    `Attribute "${s(p.name)}" (${s(p.count)} edges) is not an SSTC Atlas field and was left out.`,
  laidOut: () => 'Some nodes had no position: the graph was given a layout.',
  moreNotes: (p: Params) => `… and ${s(p.count)} more like these.`,
  reservedKey: (p: Params) =>
    `Node key "${s(p.key)}" is a name JavaScript reserves for every object: renamed "${s(p.renamed)}".`,
  strayNear: (p: Params) =>
    `node "${s(p.node)}": ${s(p.was)} is far outside the layout; placed at the centre of its ${s(p.count)} neighbour(s)`,
  strayCentre: (p: Params) =>
    `node "${s(p.node)}": ${s(p.was)} is far outside the layout; placed at the centre of the layout`,
  // Why a file could not be opened (the file is named first).
  notAFormat: (p: Params) => `${s(p.file)}: not a GEXF, GraphML, JSON or CSV file name`,
  unreadable: (p: Params) => `${s(p.file)}: cannot be read as ${s(p.format)}: ${s(p.reason)}`,
  noNode: (p: Params) => `${s(p.file)}: no node could be read`,
  noNodeSeeDropped: (p: Params) => `${s(p.file)}: no node could be read (see what was dropped)`,
  fileCount: (p: Params) =>
    `${s(p.files)}: open one GEXF, GraphML or JSON file, or one or two CSV files (edges, and optionally nodes)`,
  noFile: () => 'No file: open one GEXF, GraphML or JSON file, or one or two CSV files (edges, and optionally nodes)',
  workerFailed: (p: Params) => `${s(p.file)}: the import stopped: ${s(p.reason)}`,
  workerNotStarted: () => 'the import worker did not start',
  // Reasons a reader gives (inside `unreadable`); `detail` is a third-party parser's own words.
  notGraphologyJson: () => 'expected graphology JSON: an object with a "nodes" list (and an "edges" list)',
  notWellFormed: (p: Params) => `not well-formed XML: ${s(p.detail)}`,
  notWellFormedAt: (p: Params) => `line ${s(p.line)}: not well-formed XML: ${s(p.detail)}`,
  parser: (p: Params) => s(p.detail),
  parserAt: (p: Params) => `line ${s(p.line)}: ${s(p.detail)}`,
} satisfies Record<string, (p: Params) => string>;

export type SaidCode = keyof typeof ENGLISH;
export const SAID_CODES = Object.keys(ENGLISH) as SaidCode[];

export const said = (code: SaidCode, params?: Params): Said => (params ? { code, params } : { code });

/** The message in English, as the command line and the tests read it. */
export function english(message: Said): string {
  return ENGLISH[message.code](message.params ?? {});
}

/** An error a reader throws with what it says as data (the importer reports it). */
export class ReadError extends Error {
  constructor(readonly said: Said) {
    super(english(said));
  }
}

/** A dropped item and why, each as a message. */
export interface SaidDrop {
  what: Said;
  why: Said;
}
