import { describe, expect, it } from 'vitest';
import { arrangementsOfNode, findTriangularArrangements } from '../../src/analysis/triangular.ts';
import { addEdge, country, emptyGraph, initiative, organization } from './make-graph.ts';

/** USA, France (North); Brazil, Mozambique, Angola, Cabo Verde, Paraguay (South); the ILO. */
function world() {
  const graph = emptyGraph();
  country(graph, 'usa', 'north', 'United States');
  country(graph, 'fra', 'north', 'France');
  for (const key of ['bra', 'moz', 'ago', 'cpv', 'pry']) country(graph, key, 'south');
  organization(graph, 'ilo', { orgType: 'multilateral', label: 'ILO' });
  organization(graph, 'usdol', { orgType: 'government', country: 'usa', label: 'USDOL' });
  organization(graph, 'mte', { orgType: 'government', country: 'bra', label: 'Brazilian Ministry of Labour' });
  return graph;
}

describe('findTriangularArrangements', () => {
  it('finds a North funder, a Southern pivot and a Southern beneficiary in one initiative', () => {
    const graph = world();
    initiative(graph, 'proj', { start: 2009, end: 2012 });
    const fund = addEdge(graph, 'usa', 'proj', 'funding');
    const share = addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'proj' });
    const [found, ...rest] = findTriangularArrangements(graph);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      id: 'triangular:proj',
      initiative: 'proj',
      facilitators: [{ country: 'usa', actor: 'usa' }],
      pivots: [{ country: 'bra', actor: 'bra' }],
      beneficiaries: [{ country: 'moz', actor: 'moz' }],
      unknownRoles: [],
      marked: false,
      period: { start: 2009, end: 2012 },
    });
    expect(found!.legs).toEqual([
      { role: 'transfer', edgeKey: share, evidence: [{ source: 'doc', quote: 'bra knowledge_transfer moz' }] },
      { role: 'facilitation', edgeKey: fund, evidence: [{ source: 'doc', quote: 'usa funding proj' }] },
    ]);
    expect(new Set(found!.nodes)).toEqual(new Set(['proj', 'usa', 'bra', 'moz']));
    expect(new Set(found!.edges)).toEqual(new Set([fund, share]));
  });

  it('does not count a North–North knowledge transfer, even when a multilateral body supports it', () => {
    const graph = world();
    initiative(graph, 'proj');
    addEdge(graph, 'ilo', 'proj', 'facilitation');
    addEdge(graph, 'usa', 'fra', 'knowledge_transfer', { initiative: 'proj' });
    expect(findTriangularArrangements(graph)).toEqual([]);
  });

  it('does not count a South–South exchange without a North or multilateral facilitator', () => {
    const graph = world();
    initiative(graph, 'proj');
    addEdge(graph, 'bra', 'proj', 'funding'); // a Southern funder is South–South cooperation
    addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'proj' });
    addEdge(graph, 'usa', 'bra', 'funding'); // outside any initiative: not support of this one
    expect(findTriangularArrangements(graph)).toEqual([]);
  });

  it('counts organizations for their country and keeps them for display', () => {
    const graph = world();
    initiative(graph, 'proj');
    organization(graph, 'ago-ministry', { country: 'ago' });
    addEdge(graph, 'usdol', 'proj', 'funding');
    addEdge(graph, 'mte', 'ago-ministry', 'knowledge_transfer', { initiative: 'proj' });
    const [found] = findTriangularArrangements(graph);
    expect(found?.facilitators).toEqual([{ country: 'usa', actor: 'usdol' }]);
    expect(found?.pivots).toEqual([{ country: 'bra', actor: 'mte' }]);
    expect(found?.beneficiaries).toEqual([{ country: 'ago', actor: 'ago-ministry' }]);
    expect(found?.nodes).toEqual(expect.arrayContaining(['usa', 'usdol', 'bra', 'mte', 'ago', 'ago-ministry']));
    expect(arrangementsOfNode([found!], 'bra').map((r) => r.role)).toEqual(['pivot']);
    expect(arrangementsOfNode([found!], 'usdol').map((r) => r.role)).toEqual(['facilitator']);
  });

  it('makes one arrangement of several beneficiaries in one initiative', () => {
    const graph = world();
    initiative(graph, 'proj');
    addEdge(graph, 'usdol', 'proj', 'funding');
    for (const learner of ['moz', 'ago', 'cpv'])
      addEdge(graph, 'bra', learner, 'knowledge_transfer', { initiative: 'proj' });
    const found = findTriangularArrangements(graph);
    expect(found).toHaveLength(1);
    expect(found[0]!.beneficiaries.map((b) => b.actor)).toEqual(['ago', 'cpv', 'moz']);
    expect(found[0]!.legs.filter((leg) => leg.role === 'transfer')).toHaveLength(3);
  });

  it('lists an initiative marked triangular with the roles it cannot find as unknown', () => {
    const graph = world();
    initiative(graph, 'no-exchange', { modality: ['south-south', 'triangular'] });
    initiative(graph, 'no-facilitator', { modality: ['triangular'] });
    initiative(graph, 'nothing', { modality: ['triangular'] });
    addEdge(graph, 'ilo', 'no-exchange', 'facilitation');
    addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'no-facilitator' });
    const byId = new Map(findTriangularArrangements(graph).map((a) => [a.initiative, a]));
    expect(byId.get('no-exchange')).toMatchObject({
      marked: true,
      facilitators: [{ actor: 'ilo' }],
      pivots: [],
      unknownRoles: ['pivot', 'beneficiary'],
    });
    expect(byId.get('no-facilitator')).toMatchObject({ facilitators: [], unknownRoles: ['facilitator'] });
    expect(byId.get('nothing')?.unknownRoles).toEqual(['facilitator', 'pivot', 'beneficiary']);
  });

  it('accepts support given to the pivot within the initiative and North expertise shared with the pivot', () => {
    const graph = world();
    initiative(graph, 'funded-pivot');
    initiative(graph, 'expertise');
    addEdge(graph, 'usa', 'mte', 'funding', { initiative: 'funded-pivot' });
    addEdge(graph, 'mte', 'moz', 'knowledge_transfer', { initiative: 'funded-pivot' });
    addEdge(graph, 'fra', 'bra', 'knowledge_transfer', { initiative: 'expertise' });
    addEdge(graph, 'bra', 'cpv', 'knowledge_transfer', { initiative: 'expertise' });
    const found = findTriangularArrangements(graph);
    expect(found.map((a) => [a.initiative, a.facilitators[0]?.actor])).toEqual([
      ['expertise', 'fra'],
      ['funded-pivot', 'usa'],
    ]);
  });

  it('rejects a multilateral body with a Southern home and an exchange inside one country', () => {
    const graph = world();
    initiative(graph, 'proj');
    organization(graph, 'southern-bank', { orgType: 'multilateral', country: 'bra' });
    organization(graph, 'brazil-ngo', { orgType: 'civil-society', country: 'bra' });
    addEdge(graph, 'southern-bank', 'proj', 'funding');
    addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'proj' });
    addEdge(graph, 'ilo', 'bra', 'funding', { initiative: 'other' }); // support to the pivot in another initiative
    expect(findTriangularArrangements(graph)).toEqual([]);
    addEdge(graph, 'ilo', 'proj', 'facilitation');
    addEdge(graph, 'mte', 'brazil-ngo', 'knowledge_transfer', { initiative: 'proj' });
    const [found] = findTriangularArrangements(graph);
    expect(found?.beneficiaries.map((b) => b.actor)).toEqual(['pry']);
  });
});

describe('groups of countries', () => {
  it('count for their members when these are all Southern, and not when North and South mix', () => {
    const graph = world();
    initiative(graph, 'proj');
    organization(graph, 'palop', { orgType: 'regional-intergovernmental' });
    organization(graph, 'cplp', { orgType: 'regional-intergovernmental' });
    for (const member of ['ago', 'moz', 'cpv']) addEdge(graph, member, 'palop', 'membership');
    for (const member of ['bra', 'fra']) addEdge(graph, member, 'cplp', 'membership');
    addEdge(graph, 'usdol', 'proj', 'funding');
    addEdge(graph, 'bra', 'palop', 'knowledge_transfer', { initiative: 'proj' });
    addEdge(graph, 'bra', 'cplp', 'knowledge_transfer', { initiative: 'proj' });
    const [found] = findTriangularArrangements(graph);
    expect(found?.beneficiaries).toEqual([{ actor: 'palop' }]);
  });
});

describe('arrangementsOfNode', () => {
  it('gives every role a node plays, including as the initiative and on both sides of a chain', () => {
    const graph = world();
    initiative(graph, 'proj');
    addEdge(graph, 'ilo', 'proj', 'funding');
    addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'proj' });
    addEdge(graph, 'moz', 'ago', 'knowledge_transfer', { initiative: 'proj' });
    const arrangements = findTriangularArrangements(graph);
    expect(arrangementsOfNode(arrangements, 'moz').map((r) => r.role)).toEqual(['pivot', 'beneficiary']);
    expect(arrangementsOfNode(arrangements, 'proj').map((r) => r.role)).toEqual(['initiative']);
    expect(arrangementsOfNode(arrangements, 'fra')).toEqual([]);
  });
});
