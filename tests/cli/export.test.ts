// `npm run report -- export`: the filtered view in each format, filters parsed like the app's link
// parameters, and usage errors for a bad format, a bad filter or CSV without --out.
import { describe, expect, it } from 'vitest';
import { parseFilter, runExport, EXPORT_USAGE } from '../../src/cli/export.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { makeGraph } from '../fixtures/graph.ts';

describe('report export', () => {
  it('prints the view a filter keeps, which reads back with the same edges', () => {
    const graph = makeGraph();
    const { code, out, files } = runExport(['--format', 'json', '--filter', 'hide=funding'], graph);
    expect(code).toBe(0);
    expect(files).toBeUndefined();
    const { graph: back, report } = loadGraph(out, 'view.json');
    expect(report.problems).toEqual([]);
    expect(back.size).toBe(graph.filterEdges((_e, a) => a.type !== 'funding').length);
    expect(back.someEdge((_e, a) => a.type === 'funding')).toBe(false);
  });

  it('names the two CSV files after --out', () => {
    const { code, files, out } = runExport(['--format', 'csv', '--out', 'view.csv'], makeGraph());
    expect(code).toBe(0);
    expect(files!.map((f) => f.path)).toEqual(['view-nodes.csv', 'view-edges.csv']);
    expect(out).toMatch(/^export: \d+ nodes, \d+ edges → view-nodes\.csv, view-edges\.csv$/);
  });

  it('parses the filter parameters of a link, and refuses what it does not know', () => {
    const filters = parseFilter('hide=funding,hosting&kinds=forum&region=Africa&from=2010&to=2014&isolated=hide');
    expect(filters).toMatchObject({ period: { from: 2010, to: 2014 }, hideIsolated: true });
    expect(typeof filters !== 'string' && [...filters.hiddenTypes]).toEqual(['funding', 'hosting']);
    expect(parseFilter('region=Mars')).toBe(
      '--filter: region: "Mars" is not one of Africa, Americas, Asia, Europe, Oceania',
    );
    expect(parseFilter('colour=red')).toBe('--filter: unknown parameter "colour"');
    expect(parseFilter('from=2014&to=2010')).toBe('--filter: from and to must be two years, from ≤ to');
  });

  it.each([
    [['--format', 'pdf']],
    [['--format', 'csv']],
    [['--format', 'gexf', '--filter', 'region=Mars']],
    [['--format', 'gexf', 'extra']],
  ])('is a usage error: %j', (args) => {
    const { code, out } = runExport(args, makeGraph());
    expect(code).toBe(2);
    expect(out).toContain(EXPORT_USAGE);
  });
});
