// `npm run report -- evidence --type T`: every relation of a type with its endpoints, quotes and
// documents, as text and as JSON, and a clear error for a missing or unknown type.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../src/cli/evidence.ts';
import { runReport } from '../../src/cli/report.ts';
import { addEdge, country, emptyGraph, initiative, organization } from '../analysis/make-graph.ts';

function fixture() {
  const graph = emptyGraph();
  graph.setAttribute('sources', [{ id: 'doc', title: 'The Guide', year: 2013, file: 'doc.txt' }]);
  country(graph, 'bra', 'south', 'Brazil');
  country(graph, 'pry', 'south', 'Paraguay');
  organization(graph, 'ilo', { label: 'ILO' });
  initiative(graph, 'project', { label: 'Child labour project' });
  addEdge(graph, 'ilo', 'project', 'hosting', {
    evidence: [
      { source: 'doc', quote: 'The project is hosted\n  by the ILO.' },
      { source: 'other', quote: 'Hosted by the ILO.' },
    ],
  });
  addEdge(graph, 'bra', 'project', 'hosting');
  addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'project' });
  addEdge(graph, 'bra', 'pry', 'partnership');
  return graph;
}

describe('report evidence', () => {
  it('prints every relation of the type, sorted, with each quote and its document', () => {
    const { code, out } = runReport(['evidence', '--type', 'hosting'], fixture());
    expect(code).toBe(0);
    expect(out.split('\n\n')).toEqual([
      '2 hosting relation(s), each with its quotes:',
      '1. Brazil → Child labour project  [bra → project]\n   “bra hosting project” — The Guide [doc]',
      [
        '2. ILO → Child labour project  [ilo → project]',
        '   “The project is hosted by the ILO.” — The Guide [doc]',
        '   “Hosted by the ILO.” — other [other]',
      ].join('\n'),
    ]);
  });

  it('names the initiative of a transfer and marks an undirected relation', () => {
    const graph = fixture();
    expect(runReport(['evidence', '--type', 'knowledge_transfer'], graph).out).toContain(
      '1. Brazil → Paraguay  (in Child labour project)  [bra → pry]',
    );
    expect(runReport(['evidence', '--type', 'partnership'], graph).out).toContain('1. Brazil — Paraguay  [bra — pry]');
    expect(runReport(['evidence', '--type', 'funding'], graph).out).toBe(
      '0 funding relation(s), each with its quotes:',
    );
  });

  it('gives the same rows as JSON with --json', () => {
    const graph = fixture();
    const { code, out } = runReport(['evidence', '--type', 'hosting', '--json'], graph);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as ReturnType<typeof collectEvidence>;
    expect(rows).toEqual(collectEvidence(graph, 'hosting'));
    expect(rows.map((r) => [r.source.key, r.target.key, r.evidence.length])).toEqual([
      ['bra', 'project', 1],
      ['ilo', 'project', 2],
    ]);
    expect(rows[1]!.evidence[0]).toEqual({
      source: 'doc',
      title: 'The Guide',
      quote: 'The project is hosted\n  by the ILO.',
    });
  });

  it('exits 2 naming the types when --type is missing or unknown', () => {
    const missing = runReport(['evidence'], fixture());
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/^report: evidence needs --type, one of knowledge_transfer, .*part_of\.$/);
    const unknown = runReport(['evidence', '--type', 'hugs'], fixture());
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('(not "hugs")');
  });

  it('runs on the built graph from the command line', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/report.ts', 'evidence', '--type', 'organizing', '--json'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as ReturnType<typeof collectEvidence>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.type).toBe('organizing');
      expect(row.evidence.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
