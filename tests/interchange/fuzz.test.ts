// Fuzzing (fast-check): each importer gets 10,000 generated malformed inputs — truncated files, wrong
// types, huge strings, deep nesting, duplicate keys, HTML and script payloads, invalid XML, broken
// CSV quoting. None may throw; each either loads a graph that passes the schema or says why not.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkEdgeAttributes, checkEntity } from '../../src/graph/schema.ts';
import { exportFiles, type ExportFormat } from '../../src/interchange/export.ts';
import { importGraph, type ImportInput } from '../../src/interchange/import.ts';
import { addEdge, addNode, makeGraph } from '../fixtures/graph.ts';

// About 0.8 ms of CPU per input here; the generous timeouts are for a machine shared by many jobs.
const RUNS = 10_000;

/** A small graph (a country, an initiative, an organization with payloads), so that each run is quick. */
function seedFiles(format: ExportFormat) {
  const full = makeGraph();
  const graph = full.nullCopy();
  graph.replaceAttributes(full.getAttributes());
  for (const key of ['bra', 'child']) graph.addNode(key, full.getNodeAttributes(key));
  addNode(graph, 'payload', { label: '<img src=x onerror=alert(1)>', kind: 'forum' });
  addEdge(graph, 'payload', 'bra', {
    type: 'hosting',
    evidence: [{ source: 'doc', quote: '<script>alert(1)</script>' }],
  });
  return exportFiles(graph, format).map((file) => file.text);
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]><!--',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&amp;&#0;&unknown;',
  '"',
  '",""',
  '\u0000\uFFFF\uD800',
  '{"key":',
  '[[[[[[[[[[',
  '__proto__',
  'constructor',
];

/** A text and how to break it: cut it, splice in a payload, a huge string or deep nesting, repeat a line. */
const mutated = (seed: string) =>
  fc
    .tuple(
      fc.nat({ max: seed.length }),
      fc.nat({ max: seed.length }),
      fc.oneof(
        fc.constantFrom(...PAYLOADS),
        fc.string({ maxLength: 40 }),
        fc.nat({ max: 3000 }).map((n) => '['.repeat(n)),
        fc.nat({ max: 400 }).map((n) => '<a>'.repeat(n)),
        fc.constant('x'.repeat(20_000)),
      ),
      fc.constantFrom('cut', 'insert', 'replace', 'duplicate'),
    )
    .map(([at, to, insert, how]) => {
      const [from, end] = [Math.min(at, to), Math.max(at, to)];
      if (how === 'cut') return seed.slice(0, at);
      if (how === 'insert') return seed.slice(0, at) + insert + seed.slice(at);
      if (how === 'replace') return seed.slice(0, from) + insert + seed.slice(end);
      const lines = seed.split('\n');
      const line = at % lines.length;
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    });

/** What every import must give: a graph that passes the schema (imported mode), or a reason. */
function loadsOrReports(input: ImportInput): boolean {
  const { graph, report } = importGraph(input);
  if (graph === null) return typeof report.error === 'string' && /\S/.test(report.error);
  const kept = report.kept.nodes === graph.order && report.kept.edges === graph.size && graph.order > 0;
  const nodesPass = graph.everyNode(
    (key, attributes) =>
      checkEntity({ id: key, ...attributes }, ['x', 'y'], true).length === 0 &&
      Number.isFinite(attributes.x) &&
      Number.isFinite(attributes.y),
  );
  return kept && nodesPass && graph.everyEdge((_e, attributes) => checkEdgeAttributes(attributes, true).length === 0);
}

describe.each(['gexf', 'graphml', 'json'] as const)('fuzzing the %s importer', (format) => {
  const [seed] = seedFiles(format);
  it(`survives ${RUNS} malformed inputs`, () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 8, arbitrary: mutated(seed!) }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) }),
        (text) => loadsOrReports({ name: `fuzz.${format}`, text }),
      ),
      { numRuns: RUNS, seed: 12 },
    );
  }, 600_000);
});

describe('fuzzing the JSON importer with wrong types', () => {
  it(`survives ${RUNS} JSON values of the wrong shape`, () => {
    const item = fc.record(
      { key: fc.jsonValue(), source: fc.jsonValue(), target: fc.jsonValue(), attributes: fc.jsonValue() },
      { requiredKeys: [] },
    );
    const shape = fc.oneof(
      fc.jsonValue(),
      fc.record({
        nodes: fc.array(item, { maxLength: 8 }),
        edges: fc.oneof(fc.array(item, { maxLength: 8 }), fc.jsonValue()),
        attributes: fc.jsonValue(),
      }),
    );
    fc.assert(
      fc.property(shape, (value) => loadsOrReports({ name: 'fuzz.json', text: JSON.stringify(value) ?? 'null' })),
      { numRuns: RUNS, seed: 12 },
    );
  }, 600_000);
});

describe('fuzzing the CSV importer', () => {
  const [nodes, edges] = seedFiles('csv');
  it(`survives ${RUNS} malformed edges and nodes files`, () => {
    const cell = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 }));
    const table = fc
      .array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(mutated(edges!), table), fc.option(fc.oneof(mutated(nodes!), table)), (edgeText, nodeText) =>
        loadsOrReports({
          name: 'fuzz-edges.csv',
          text: edgeText,
          nodes: nodeText === null ? undefined : { name: 'fuzz-nodes.csv', text: nodeText },
        }),
      ),
      { numRuns: RUNS, seed: 12 },
    );
  }, 600_000);
});
