import { describe, expect, it } from 'vitest';
import { actorRoles, describeArrangement, filterArrangements } from '../../src/analysis/arrangement-query.ts';
import { findTriangularArrangements } from '../../src/analysis/triangular.ts';
import { addEdge, country, emptyGraph, initiative, organization } from './make-graph.ts';

/** Brazil shares with Mozambique (USDOL funds, the ILO supports); Panama and Nicaragua learn from one
 * another (stated triangular); a marked initiative with Brazil implementing and nobody else named. */
function world() {
  const graph = emptyGraph();
  country(graph, 'usa', 'north', 'United States');
  for (const [key, label] of [
    ['bra', 'Brazil'],
    ['moz', 'Mozambique'],
    ['pan', 'Panama'],
    ['nic', 'Nicaragua'],
  ] as const)
    country(graph, key, 'south', label);
  organization(graph, 'ilo', { orgType: 'multilateral', label: 'the ILO' });
  organization(graph, 'usdol', { country: 'usa', label: 'the US Department of Labor' });
  initiative(graph, 'lusophone', { label: 'Lusophone project' });
  initiative(graph, 'water', { label: 'Water project' });
  initiative(graph, 'programme', { label: 'Partnership programme', modality: ['triangular'] });
  addEdge(graph, 'usdol', 'lusophone', 'funding');
  addEdge(graph, 'ilo', 'lusophone', 'facilitation');
  addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'lusophone' });
  addEdge(graph, 'ilo', 'water', 'implementation', {
    evidence: [{ source: 'doc', quote: 'This initiative has a triangular dimension.' }],
  });
  addEdge(graph, 'pan', 'nic', 'knowledge_transfer', { initiative: 'water' });
  addEdge(graph, 'nic', 'pan', 'knowledge_transfer', { initiative: 'water' });
  addEdge(graph, 'bra', 'programme', 'implementation');
  return graph;
}

const initiatives = (list: { initiative: string }[]) => list.map((a) => a.initiative);

describe('filterArrangements', () => {
  const graph = world();
  const all = findTriangularArrangements(graph);

  it('finds where an actor plays a role, a country also through its organizations', () => {
    expect(initiatives(filterArrangements(all, { actor: 'bra', role: 'pivot' }))).toEqual(['lusophone', 'programme']);
    expect(initiatives(filterArrangements(all, { actor: 'bra', role: 'beneficiary' }))).toEqual([]);
    expect(initiatives(filterArrangements(all, { actor: 'usa', role: 'facilitator' }))).toEqual(['lusophone']);
    expect(initiatives(filterArrangements(all, { actor: 'ilo' }))).toEqual(['lusophone', 'water']);
  });

  it('filters by stated or inferred, by completeness, and by a role being known', () => {
    expect(initiatives(filterArrangements(all, { basis: 'stated' }))).toEqual(['water']);
    expect(initiatives(filterArrangements(all, { basis: 'inferred' }))).toEqual(['lusophone', 'programme']);
    expect(initiatives(filterArrangements(all, { completeness: 'partial' }))).toEqual(['programme']);
    expect(initiatives(filterArrangements(all, { role: 'beneficiary' }))).toEqual(['lusophone', 'water']);
    expect(filterArrangements(all, {})).toEqual(all);
  });
});

describe('describeArrangement', () => {
  const graph = world();
  const byId = new Map(findTriangularArrangements(graph).map((a) => [a.initiative, a]));

  it('tells funders, supporters, the pivot and the beneficiaries in one sentence', () => {
    expect(describeArrangement(graph, byId.get('lusophone')!)).toBe(
      'With funding from the US Department of Labor and support from the ILO, Brazil shared its experience with Mozambique (Lusophone project).',
    );
  });

  it('says a mutual exchange is one, and names what is not known', () => {
    expect(describeArrangement(graph, byId.get('water')!)).toBe(
      'With support from the ILO, Nicaragua and Panama learned from one another (Water project).',
    );
    expect(describeArrangement(graph, byId.get('programme')!)).toBe(
      'Brazil shared its experience, with beneficiaries not named (Partnership programme).',
    );
  });
});

describe('actorRoles', () => {
  const all = findTriangularArrangements(world());
  const roles = (initiative: string) => Object.fromEntries(actorRoles(all.find((a) => a.initiative === initiative)!));

  it('gives each actor its role, and a country the role of the organization that counts for it', () => {
    expect(roles('lusophone')).toEqual({
      usdol: 'facilitator',
      usa: 'facilitator',
      ilo: 'facilitator',
      bra: 'pivot',
      moz: 'beneficiary',
    });
  });

  it('shows partners of a mutual exchange as pivots', () => {
    expect(roles('water')).toEqual({ ilo: 'facilitator', pan: 'pivot', nic: 'pivot' });
  });
});
