// `npm run data` catches every kind of data error with its file and line, and builds a
// deterministic graph from good data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { GOOD_ENTITIES, GOOD_RELATIONS, makeDataDir } from './fixture.ts';

const problemsOf = (files: Record<string, string>) => buildGraphJson(makeDataDir(files)).problems;
const withEntities = (entities: string) => problemsOf({ 'a.yaml': entities, 'b.yaml': GOOD_RELATIONS });
const withRelations = (relations: string) => problemsOf({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': relations });

describe('npm run data: checks', () => {
  it('accepts good data and merges nothing it should not', () => {
    const { json, problems } = buildGraphJson(makeDataDir({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS }));
    expect(problems).toEqual([]);
    const graph = JSON.parse(json!);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual(['bra', 'ilo', 'project', 'pry']);
    expect(graph.edges).toHaveLength(2);
    const transfer = graph.edges.find((e: { source: string }) => e.source === 'bra');
    expect(transfer.attributes).toMatchObject({ type: 'knowledge_transfer', directed: true, initiative: 'project' });
    expect(transfer.attributes.evidence[0].source).toBe('doc');
  });

  it('reports a quote that is not in its document, with file and line', () => {
    const problems = withRelations(
      GOOD_RELATIONS.replace('The ILO supported the project.', 'The ILO funded the project.'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/b\.yaml:14: relation: evidence\[0\]\.quote: not found in doc/);
  });

  it('folds white space (line breaks) in quotes but nothing else', () => {
    expect(withRelations(GOOD_RELATIONS.replace('its experience in', 'its   experience\n          in'))).toEqual([]);
    expect(withRelations(GOOD_RELATIONS.replace('Brazil shared', 'brazil shared'))).toHaveLength(1);
  });

  it('reports a dangling id', () => {
    const problems = withRelations(GOOD_RELATIONS.replace('target: pry', 'target: paraguy'));
    expect(problems).toEqual([expect.stringMatching(/b\.yaml:3: relation: target "paraguy" is not a known entity/)]);
  });

  it('reports a duplicate id with both places', () => {
    const problems = problemsOf({
      'a.yaml': GOOD_ENTITIES,
      'b.yaml': GOOD_RELATIONS,
      'c.yaml': GOOD_ENTITIES.split('  - id: pry')[0]!,
    });
    expect(problems.some((p) => /c\.yaml:2: duplicate id "bra" \(first defined at .*a\.yaml:2\)/.test(p))).toBe(true);
  });

  it('reports an alias clash, accent- and case-insensitively', () => {
    const problems = withEntities(
      GOOD_ENTITIES.replace(
        'aliases: []\n    description: A country.\n    iso3: PRY',
        'aliases: [BRASÍL]\n    description: A country.\n    iso3: PRY',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/a\.yaml:11: alias clash: "brasil" of "pry" is also a name of "bra"/),
    ]);
  });

  it('reports an unknown kind and an unknown relation type', () => {
    expect(withEntities(GOOD_ENTITIES.replace('kind: initiative', 'kind: programme'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/a\.yaml:28: entity "project": kind: "programme" is not one of/)]),
    );
    expect(withRelations(GOOD_RELATIONS.replace('type: facilitation', 'type: helps'))).toEqual([
      expect.stringMatching(/b\.yaml:11: relation: type: "helps" is not one of/),
    ]);
  });

  it('reports a missing required attribute', () => {
    expect(withEntities(GOOD_ENTITIES.replace('    iso3: BRA\n', ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(/a\.yaml:2: entity "bra": iso3: required for a country/)]),
    );
    expect(withEntities(GOOD_ENTITIES.replace('    description: A UN agency.\n', ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(/a\.yaml:20: entity "ilo": description: required text/)]),
    );
    expect(withRelations(GOOD_RELATIONS.replace('    initiative: project\n', ''))).toEqual([
      expect.stringMatching(/b\.yaml:2: relation: initiative: required for a knowledge_transfer/),
    ]);
  });

  it('accepts a place as text and reports any other place with its file and line', () => {
    const withPlace = (place: string) =>
      GOOD_ENTITIES.replace('    kind: initiative\n', `    kind: initiative\n    place: ${place}\n`);
    expect(withEntities(withPlace('Agadir, Morocco'))).toEqual([]);
    expect(withEntities(withPlace('[Agadir]'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/a\.yaml:29: entity "project": place: expected text/)]),
    );
  });

  it('reports YAML syntax errors with their line', () => {
    expect(withRelations('relations:\n  - source: bra\n   target: [pry\n')[0]).toMatch(/b\.yaml:3:1: YAML syntax: /);
  });

  it('lists every problem, not just the first', () => {
    const broken = GOOD_RELATIONS.replace('target: pry', 'target: nowhere').replace(
      'type: facilitation',
      'type: helps',
    );
    expect(withRelations(broken)).toHaveLength(2);
  });

  it('merges two statements of the same relation into one edge with both quotes', () => {
    const again = `relations:\n  - source: ilo\n    target: project\n    type: facilitation\n    evidence:\n      - source: doc\n        quote: "with Paraguay. The ILO supported"\n`;
    const { json } = buildGraphJson(
      makeDataDir({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS, 'c.yaml': again }),
    );
    const edge = JSON.parse(json!).edges.find((e: { source: string }) => e.source === 'ilo');
    expect(edge.attributes.evidence).toHaveLength(2);
  });
});

describe('npm run data: output', () => {
  it('is deterministic: same input, same bytes, with a laid-out position for every node', () => {
    const dir = makeDataDir({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS });
    const first = buildGraphJson(dir).json!;
    expect(buildGraphJson(dir).json).toBe(first);
    const nodes = JSON.parse(first).nodes as { attributes: { x: number; y: number } }[];
    expect(new Set(nodes.map((n) => `${n.attributes.x},${n.attributes.y}`)).size).toBe(nodes.length);
  });

  it('exits non-zero and writes nothing when the data has problems', () => {
    const dir = makeDataDir({
      'a.yaml': GOOD_ENTITIES,
      'b.yaml': GOOD_RELATIONS.replace('target: pry', 'target: nope'),
    });
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-out-')), 'graph.json');
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/pipeline/data.ts', dir, out], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/b\.yaml:3: relation: target "nope" is not a known entity/);
    expect(() => readFileSync(out)).toThrow();
  });
});
