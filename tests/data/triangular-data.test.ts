// The triangular arrangements of the real curated data: the cases issue 10 names must be found with
// the roles the documents give them.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { findTriangularArrangements, type TriangularArrangement } from '../../src/analysis/triangular.ts';
import { filterArrangements } from '../../src/analysis/arrangement-query.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';

let graph: AtlasGraph;
let byInitiative: Map<string, TriangularArrangement>;
beforeAll(() => {
  const built = buildGraphJson('graph-data');
  expect(built.problems).toEqual([]);
  graph = loadGraph(built.json!).graph;
  byInitiative = new Map(findTriangularArrangements(graph).map((a) => [a.initiative, a]));
});

const countries = (actors: { actor: string; country?: string }[]) =>
  [...new Set(actors.map((a) => a.country ?? a.actor))].sort();

describe('triangular arrangements in graph-data/', () => {
  it('gives the gender-sensitive social protection floors initiative the ILO and UNOSSC as facilitators', () => {
    const spf = byInitiative.get('ssc-gender-sensitive-spf')!;
    expect(spf.unknownRoles).toEqual([]);
    expect(spf.facilitators.map((a) => a.actor)).toEqual(expect.arrayContaining(['ilo', 'unossc']));
    expect(countries(spf.pivots)).toEqual(['bra', 'ind', 'tha']);
    expect(countries(spf.beneficiaries)).toEqual(['khm', 'tgo']);
  });

  it('reports the 2008 visit of Tanzanian cooperative officials to Ethiopia, with COOP Africa and the ILO Regional Office', () => {
    const visit = byInitiative.get('tanzania-ethiopia-cooperative-visit-2008')!;
    expect(visit).toBeDefined();
    expect(visit.facilitators.map((a) => a.actor).sort()).toEqual(['coop-africa', 'ilo-regional-office-africa']);
    expect(countries(visit.pivots)).toEqual(['eth']);
    expect(countries(visit.beneficiaries)).toEqual(['tza']);
    expect(visit.period).toEqual({ start: 2008, end: 2008 });
  });

  it('labels the exchanges of Panama, Nicaragua and Paraguay, and of Argentina and Ecuador, as mutual', () => {
    expect(byInitiative.get('water-sanitation-pan-nic-pry')?.mutual).toEqual(['nic', 'pan', 'pry']);
    expect(byInitiative.get('ecuador-child-labour-free-network')?.mutual).toEqual(['arg', 'ecu']);
  });

  it('folds the Managua workshop into the water programme instead of reporting it apart', () => {
    expect(byInitiative.has('water-sanitation-managua-workshop-2012')).toBe(false);
    expect(byInitiative.get('water-sanitation-pan-nic-pry')?.parts).toContain('water-sanitation-managua-workshop-2012');
  });

  it('quotes the sentence for the arrangements the documents call triangular', () => {
    const stated = filterArrangements([...byInitiative.values()], { basis: 'stated' });
    expect(stated.map((a) => a.initiative)).toEqual(
      expect.arrayContaining(['water-sanitation-pan-nic-pry', 'lusophone-africa-child-labour-2015', 'senai-sstc']),
    );
    for (const a of stated) expect(a.statement?.quote).toMatch(/triangular/i);
  });

  it('finds Brazil as pivot in the Lusophone, social protection floor and child labour initiatives', () => {
    const asPivot = filterArrangements([...byInitiative.values()], { actor: 'bra', role: 'pivot' });
    expect(asPivot.map((a) => a.initiative)).toEqual(
      expect.arrayContaining([
        'child-labour-brazil-bolivia-paraguay',
        'lusophone-africa-child-labour-2015',
        'ssc-gender-sensitive-spf',
      ]),
    );
  });
});
