import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTriangularArrangements, type TriangularArrangement } from '../../src/analysis/triangular.ts';
import { computeMetrics, rankBrokers } from '../../src/analysis/metrics.ts';
import { shortestPaths } from '../../src/analysis/paths.ts';
import { formatBrokers, formatPaths, formatTriangles } from '../../src/cli/format.ts';
import { resolveNode, runReport, USAGE } from '../../src/cli/report.ts';
import { addEdge, country, emptyGraph, initiative, organization } from '../analysis/make-graph.ts';

function fixture() {
  const graph = emptyGraph();
  country(graph, 'usa', 'north', 'United States');
  country(graph, 'bra', 'south', 'Brazil');
  country(graph, 'moz', 'south', 'Mozambique');
  country(graph, 'ken', 'south', 'Kenya');
  organization(graph, 'usdol', { country: 'usa', label: 'US Department of Labor', aliases: ['USDOL'] });
  organization(graph, 'cotu', { country: 'ken', label: 'Trade unions (Kenya)' });
  initiative(graph, 'lusophone', { label: 'Lusophone project', start: 2010, end: 2012 });
  initiative(graph, 'marked', { label: 'Marked project', modality: ['triangular'] });
  addEdge(graph, 'usdol', 'lusophone', 'funding');
  addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'lusophone' });
  addEdge(graph, 'bra', 'lusophone', 'participation');
  addEdge(graph, 'cotu', 'moz', 'knowledge_transfer', { initiative: 'marked' });
  return graph;
}

describe('report formatting', () => {
  it('prints complete arrangements first, actors with their country, the basis, and the unknown roles', () => {
    const graph = fixture();
    const text = formatTriangles(graph, findTriangularArrangements(graph).reverse());
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe(
      '2 triangular arrangements: 1 complete, 1 with unknown roles; 0 stated as triangular in the documents, 2 inferred from the roles',
    );
    expect(blocks[1]!.split('\n')).toEqual([
      'Lusophone project [lusophone] 2010–2012',
      '  inferred from the roles',
      '  facilitators:  US Department of Labor (United States)',
      '  pivots:        Brazil',
      '  beneficiaries: Mozambique',
      '  in a sentence: With funding from US Department of Labor, Brazil shared its experience with Mozambique (Lusophone project).',
    ]);
    expect(blocks[2]!.split('\n').slice(0, 6)).toEqual([
      'Marked project [marked] — marked triangular',
      '  inferred from the roles',
      '  facilitators:  unknown',
      '  pivots:        Trade unions (Kenya)',
      '  beneficiaries: Mozambique',
      '  unknown roles: facilitator',
    ]);
  });

  it('prints brokers ranked, with the betweenness method', () => {
    const graph = fixture();
    const metrics = computeMetrics(graph);
    const lines = formatBrokers(rankBrokers(metrics, graph, 2), metrics).split('\n');
    expect(lines[0]).toBe('Brokers by betweenness (exact):');
    expect(lines[1]).toMatch(/^ {2}1\. Brazil\s+country\s+betweenness 0\.\d{4}\s+degree +2/);
    expect(lines).toHaveLength(3);
  });

  it('tells paths step by step, or that there is none', () => {
    const graph = fixture();
    expect(formatPaths(graph, 'bra', 'ken', shortestPaths(graph, 'bra', 'ken'))).toBe(
      'No path between Brazil and Kenya.',
    );
    const text = formatPaths(graph, 'usdol', 'moz', shortestPaths(graph, 'usdol', 'moz'));
    expect(text).toContain('1 shortest path(s) of 3 step(s) between US Department of Labor and Mozambique:');
    expect(text).toContain('  Brazil shared with Mozambique (knowledge transfer), in Lusophone project.');
  });
});

describe('runReport', () => {
  it('answers an unknown command or bad option with the usage line and code 2', () => {
    expect(runReport(['nonsense'], fixture())).toEqual({ code: 2, out: USAGE });
    expect(runReport(['brokers', '--limit', 'x'], fixture())).toEqual({ code: 2, out: USAGE });
    expect(runReport(['paths', 'bra'], fixture()).code).toBe(2);
  });

  it('finds path ends by key, label or alias, and names the ones it cannot find', () => {
    const graph = fixture();
    expect(resolveNode(graph, 'usdol')).toBe('usdol');
    expect(resolveNode(graph, 'mozambique')).toBe('moz');
    expect(resolveNode(graph, 'USDOL')).toBe('usdol');
    expect(runReport(['paths', 'Brazil', 'Atlantis'], graph)).toEqual({
      code: 1,
      out: 'report: no node named "Atlantis".',
    });
  });

  it('prints JSON with --json, every field of every arrangement kept', () => {
    const graph = fixture();
    const { code, out } = runReport(['triangles', '--json'], graph);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(findTriangularArrangements(graph))));
    for (const key of ['basis', 'mutual', 'parts', 'legs', 'nodes', 'edges', 'period', 'unknownRoles'])
      expect(parsed[0]).toHaveProperty(key);
  });

  it('filters triangles by --actor (name or alias), --role and --stated', () => {
    const graph = fixture();
    const json = (...args: string[]) =>
      (JSON.parse(runReport(['triangles', '--json', ...args], graph).out) as TriangularArrangement[]).map(
        (a) => a.initiative,
      );
    expect(json('--actor', 'Brazil', '--role', 'pivot')).toEqual(['lusophone']);
    expect(json('--actor', 'Brazil', '--role', 'beneficiary')).toEqual([]);
    expect(json('--actor', 'usdol')).toEqual(['lusophone']);
    expect(json('--actor', 'Kenya')).toEqual(['marked']);
    expect(json('--role', 'facilitator')).toEqual(['lusophone']);
    expect(json('--stated')).toEqual([]);
    expect(runReport(['triangles', '--actor', 'Brazil', '--role', 'pivot'], graph).out).toMatch(
      /^1 triangular arrangements: 1 complete/,
    );
  });

  it('answers a bad filter with the usage line, and an unknown actor by its name', () => {
    const graph = fixture();
    expect(runReport(['triangles', '--role', 'boss'], graph)).toEqual({ code: 2, out: USAGE });
    expect(runReport(['triangles', '--actor'], graph)).toEqual({ code: 2, out: USAGE });
    expect(runReport(['brokers', '--stated'], graph)).toEqual({ code: 2, out: USAGE });
    expect(runReport(['triangles', '--frobnicate'], graph)).toEqual({ code: 2, out: USAGE });
    expect(runReport(['triangles', '--actor', 'Atlantis'], graph)).toEqual({
      code: 1,
      out: 'report: no node named "Atlantis".',
    });
  });
});

describe('npm run report on the built graph', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], { encoding: 'utf8' });

  beforeAll(() => {
    if (!existsSync('public/data/graph.json')) execFileSync('npm', ['run', 'data', '--silent'], { stdio: 'ignore' });
  }, 120_000);

  it('lists the triangular arrangements of the real data and exits 2 on an unknown command', () => {
    const result = run('triangles', '--json');
    expect(result.status).toBe(0);
    const arrangements = JSON.parse(result.stdout) as TriangularArrangement[];
    expect(arrangements.length).toBeGreaterThan(0);
    const complete = arrangements.filter((a) => a.unknownRoles.length === 0);
    expect(complete.some((a) => a.pivots.some((p) => p.country === 'bra'))).toBe(true);
    for (const a of complete)
      expect(a.facilitators.length * a.pivots.length * a.beneficiaries.length).toBeGreaterThan(0);
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(USAGE);
  }, 60_000);
});
