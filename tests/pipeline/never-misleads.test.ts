// `npm run data` never misleads a curator: each case is one small data folder, and each test
// asserts the exact file:line (and column) printed for it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { GOOD_ENTITIES, GOOD_RELATIONS, MANIFEST, at, makeDataDir } from './fixture.ts';

const build = (files: Record<string, string | Uint8Array>, source?: string | Uint8Array, manifest?: string) => {
  const dir = makeDataDir(files, source, manifest);
  return { dir, ...buildGraphJson(dir) };
};

describe('npm run data never misleads', () => {
  it('gives the real line and column of a YAML syntax error (an unclosed quote on line 14)', () => {
    const broken = GOOD_RELATIONS.replace('quote: The ILO supported the project.', 'quote: "The ILO supported');
    const { dir, problems } = build({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': broken });
    expect(problems).toEqual([`${at(dir, 'curated/b.yaml', 14, 16)} YAML syntax: Missing closing "quote`]);
  });

  it("points a field error at the field's own line, not the record's first line", () => {
    const entities = GOOD_ENTITIES.replace(
      'region: Americas\n    northSouth: south\n    sources: [doc]\n  - id: pry',
      'region: Mars\n    northSouth: south\n    sources: [doc]\n  - id: pry',
    );
    const { dir, problems } = build({ 'a.yaml': entities, 'b.yaml': GOOD_RELATIONS });
    expect(problems).toEqual([
      `${at(dir, 'curated/a.yaml', 8)} entity "bra": region: "Mars" is not one of Africa, Americas, Asia, Europe, Oceania`,
      `1 further problem(s) not listed: they only name ids whose declarations did not load (in ${at(dir, 'curated/a.yaml', 0).slice(0, -3)}); fix those first`,
    ]);
    const quote = build({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS.replace('supported', 'funded') });
    expect(quote.problems).toEqual([
      `${at(quote.dir, 'curated/b.yaml', 14)} relation: evidence[0].quote: not found in doc: "The ILO funded the project."`,
    ]);
  });

  it('reports a file that does not parse once and summarises the errors that only follow from it', () => {
    const entities = GOOD_ENTITIES.replace('label: Brazil', 'label: "Brazil');
    const { dir, problems } = build({ 'a.yaml': entities, 'b.yaml': GOOD_RELATIONS });
    expect(problems).toEqual([
      `${at(dir, 'curated/a.yaml', 4, 12)} YAML syntax: Missing closing "quote`,
      `5 further problem(s) not listed: they only name ids whose declarations did not load (in ${at(dir, 'curated/a.yaml', 0).slice(0, -3)}); fix those first`,
    ]);
  });

  it('still lists an unknown id that the broken file does not declare', () => {
    const entities = GOOD_ENTITIES.replace('label: Brazil', 'label: "Brazil');
    const { dir, problems } = build({
      'a.yaml': entities,
      'b.yaml': GOOD_RELATIONS.replace('target: pry', 'target: peru'),
    });
    expect(problems).toContain(`${at(dir, 'curated/b.yaml', 3)} relation: target "peru" is not a known entity`);
  });

  it('rejects a byte that is not UTF-8 with its line and byte offset', () => {
    const text = Buffer.from(GOOD_ENTITIES.replace('label: Paraguay', 'label: Para?uay'), 'utf8');
    const offset = text.indexOf('?');
    text[offset] = 0xe9; // Latin-1 "é": not UTF-8 on its own
    const { dir, problems } = build({ 'a.yaml': text, 'b.yaml': GOOD_RELATIONS });
    expect(problems[0]).toBe(
      `${at(dir, 'curated/a.yaml', 13)} not UTF-8: byte 0xE9 at byte offset ${offset}; save the file as UTF-8`,
    );
    expect(problems).toHaveLength(2); // the summary of what only follows from it
  });

  it('rejects a source document that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Brazil shared\n'), Buffer.from([0xff]), Buffer.from(' text')]);
    const { dir, problems } = build({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS }, bytes);
    expect(problems[0]).toBe(
      `${at(dir, 'sources/doc.txt', 2)} not UTF-8: byte 0xFF at byte offset 14; save the file as UTF-8`,
    );
  });

  it('rejects a quote shorter than 12 characters or 3 words, unless it names an end beside a full quote', () => {
    const short = GOOD_RELATIONS.replace('quote: The ILO supported the project.', 'quote: "ILO"');
    const { dir, problems } = build({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': short });
    expect(problems).toEqual([
      `${at(dir, 'curated/b.yaml', 14)} relation: evidence[0].quote: "ILO" is shorter than 12 characters or 3 words; quote the sentence that states the relation`,
    ]);
    const named = GOOD_RELATIONS.replace(
      'quote: The ILO supported the project.',
      'quote: The ILO supported the project.\n      - source: doc\n        quote: ILO',
    );
    expect(build({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': named }).problems).toEqual([]);
  });

  it('reads .yml files as well as .yaml', () => {
    const { json, problems } = build({ 'a.yml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS });
    expect(problems).toEqual([]);
    expect(JSON.parse(json!).nodes).toHaveLength(4);
  });

  it('refuses a source file: path that leaves graph-data/sources/', () => {
    const manifest = MANIFEST.replace('file: doc.txt', 'file: ../../../etc/passwd');
    const { dir, problems } = build({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': GOOD_RELATIONS }, undefined, manifest);
    expect(problems[0]).toBe(
      `${at(dir, 'sources.yaml', 3)} file: "../../../etc/passwd" is outside graph-data/sources/; name a file in that folder`,
    );
  });

  it('prints every problem and the summary to a pipe before it exits', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      GOOD_RELATIONS.split('\n').slice(1, 8).join('\n').replace('target: pry', `target: nowhere-${i}`),
    ).join('\n');
    const dir = makeDataDir({ 'a.yaml': GOOD_ENTITIES, 'b.yaml': `relations:\n${many}\n` });
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-out-')), 'graph.json');
    const run = spawnSync('npx', ['tsx', 'src/pipeline/data.ts', dir, out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const lines = run.stderr.trimEnd().split('\n');
    expect(run.status).toBe(1);
    expect(lines.filter((line) => line.includes('is not a known entity'))).toHaveLength(3000);
    expect(lines.at(-1)).toBe(`npm run data: 3000 problem(s) in ${dir}/; ${out} was not written.`);
  }, 60_000);
});
