// What the importer says as codes: the English of each code is the text the report has always had
// (the CLI and tests read it), and every schema problem an imported node can meet gets its own code
// (so the interface translates it), found from the schema's own words.
import { describe, expect, it } from 'vitest';
import { checkEntity } from '../../src/graph/schema.ts';
import { importGraph } from '../../src/interchange/import.ts';
import { english } from '../../src/interchange/said.ts';
import { schemaSaid } from '../../src/interchange/schema-said.ts';

const node = (kind: string, fields: Record<string, unknown>) => ({
  id: 'a',
  kind,
  label: 'A',
  description: '',
  aliases: [],
  sources: [],
  ...fields,
});

describe('schema problems as codes', () => {
  const problems = [
    node('forum', { year: 'soon', iso3: 'BRA' }),
    node('country', { iso3: 'br', region: 'Mars', northSouth: 'east', subregion: 5 }),
    node('organization', { orgType: 'club', country: 'Not An Id' }),
    node('initiative', { start: 2020, end: 2010, themes: 'jobs', modality: ['zz'], pillar: 'x' }),
    node('forum', { aliases: 'x', sources: [''] }),
  ].flatMap((record) => checkEntity(record, ['x', 'y'], true));

  it('reads each problem an imported node can have into a code whose English is the same words', () => {
    expect(problems.length).toBeGreaterThanOrEqual(14);
    for (const problem of problems) {
      const detail = problem.slice(problem.indexOf(': ') + 2);
      const said = schemaSaid(detail);
      expect([problem, said.code]).not.toEqual([problem, 'problem']);
      expect(english(said)).toBe(detail);
    }
  });

  it('keeps words it does not know as they are', () => {
    expect(schemaSaid('something new')).toEqual({ code: 'problem', params: { detail: 'something new' } });
    expect(english(schemaSaid('something new'))).toBe('something new');
  });
});

describe('the report carries codes beside its English', () => {
  it('gives each dropped item, note and error as a code with the file, line or field in its parameters', () => {
    const { report } = importGraph({ name: 'r.csv', text: 'source,target,colour\na,b,red\nb,,\n' });
    expect(report.said.dropped).toEqual([
      {
        what: { code: 'atRow', params: { file: 'r.csv', row: 3 } },
        why: { code: 'noTarget', params: { column: 'target' } },
      },
    ]);
    expect(report.dropped.map(({ what, why }) => `${what}: ${why}`)).toEqual([
      'r.csv row 3: no target (column "target")',
    ]);
    expect(report.said.notes.map((n) => n.code)).toEqual(['defaultKind', 'defaultType', 'unknownEdgeField', 'laidOut']);
    expect(report.said.notes.map(english)).toEqual(report.notes);
    const broken = importGraph({ name: 'b.graphml', text: '<graphml>\n<graph><node id="a"></graph>' }).report;
    expect(broken.said.error).toMatchObject({
      code: 'unreadable',
      params: { file: 'b.graphml', format: 'GRAPHML', reason: { code: 'notWellFormedAt', params: { line: 2 } } },
    });
    expect(english(broken.said.error!)).toBe(broken.error);
  });
});
