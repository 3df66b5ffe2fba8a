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

  it('counts a multilateral body seated in a Southern country as multilateral, never as the South', () => {
    const graph = world();
    initiative(graph, 'proj');
    organization(graph, 'ilo-africa', { orgType: 'multilateral', country: 'bra' });
    organization(graph, 'brazil-ngo', { orgType: 'civil-society', country: 'bra' });
    addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'proj' });
    addEdge(graph, 'ilo', 'bra', 'funding', { initiative: 'other' }); // support to the pivot in another initiative
    addEdge(graph, 'mte', 'brazil-ngo', 'knowledge_transfer', { initiative: 'proj' }); // inside one country
    expect(findTriangularArrangements(graph)).toEqual([]);
    addEdge(graph, 'ilo-africa', 'proj', 'facilitation');
    addEdge(graph, 'ilo-africa', 'moz', 'knowledge_transfer', { initiative: 'proj' }); // not a Southern pivot
    const [found, ...rest] = findTriangularArrangements(graph);
    expect(rest).toEqual([]);
    expect(found?.facilitators).toEqual([{ country: 'bra', actor: 'ilo-africa' }]);
    expect(found?.pivots.map((p) => p.actor)).toEqual(['bra']);
    expect(found?.beneficiaries.map((b) => b.actor)).toEqual(['pry']);
  });
});

describe('the cases of issue 10', () => {
  it('counts a multilateral body that implements or organizes the initiative as its facilitator', () => {
    const graph = world();
    initiative(graph, 'implemented');
    initiative(graph, 'organized', { kind: 'forum' });
    const implementing = addEdge(graph, 'ilo', 'implemented', 'implementation');
    addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'implemented' });
    addEdge(graph, 'ilo', 'organized', 'organizing');
    addEdge(graph, 'bra', 'ago', 'knowledge_transfer', { initiative: 'organized' });
    const found = findTriangularArrangements(graph);
    expect(found.map((a) => [a.initiative, a.facilitators, a.unknownRoles])).toEqual([
      ['implemented', [{ actor: 'ilo' }], []],
      ['organized', [{ actor: 'ilo' }], []],
    ]);
    expect(found[0]!.legs).toContainEqual(expect.objectContaining({ role: 'facilitation', edgeKey: implementing }));
  });

  it('does not make a Southern implementer a facilitator', () => {
    const graph = world();
    initiative(graph, 'proj');
    addEdge(graph, 'mte', 'proj', 'implementation');
    addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'proj' });
    expect(findTriangularArrangements(graph)).toEqual([]);
  });

  it('folds a sub-event into its programme, so roles stated at either level meet', () => {
    const graph = world();
    initiative(graph, 'programme', { start: 2011, end: 2012 });
    initiative(graph, 'workshop', { kind: 'forum', year: 2012 });
    initiative(graph, 'session', { kind: 'forum', year: 2012 });
    const part = addEdge(graph, 'workshop', 'programme', 'part_of');
    const subPart = addEdge(graph, 'session', 'workshop', 'part_of');
    const fund = addEdge(graph, 'usa', 'programme', 'funding');
    const share = addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'session' });
    const [found, ...rest] = findTriangularArrangements(graph);
    expect(rest).toEqual([]); // no second arrangement for the sub-event
    expect(found).toMatchObject({ initiative: 'programme', parts: ['session', 'workshop'], unknownRoles: [] });
    expect(found!.legs.map((leg) => [leg.role, leg.edgeKey, leg.level])).toEqual([
      ['transfer', share, 'session'],
      ['facilitation', fund, undefined],
      ['part', subPart, 'session'],
      ['part', part, 'workshop'],
    ]);
    expect(found!.nodes).toEqual(expect.arrayContaining(['programme', 'workshop', 'session']));
    expect(arrangementsOfNode([found!], 'workshop').map((r) => r.role)).toEqual(['initiative']);
  });

  it('gives a project the support of the programme it is part of, without merging their exchanges', () => {
    const graph = world();
    initiative(graph, 'programme');
    initiative(graph, 'project');
    const part = addEdge(graph, 'project', 'programme', 'part_of');
    addEdge(graph, 'usdol', 'programme', 'funding');
    addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'project' });
    const found = findTriangularArrangements(graph);
    expect(found.map((a) => a.initiative)).toEqual(['project']);
    expect(found[0]!.facilitators).toEqual([{ country: 'usa', actor: 'usdol' }]);
    expect(found[0]!.legs).toContainEqual(expect.objectContaining({ role: 'part', edgeKey: part }));
    expect(found[0]!.legs).toContainEqual(expect.objectContaining({ role: 'facilitation', level: 'programme' }));
  });

  it('takes the Southern implementers of an initiative called triangular as its pivots', () => {
    const graph = world();
    initiative(graph, 'marked', { modality: ['triangular'] });
    initiative(graph, 'unmarked');
    for (const key of ['marked', 'unmarked']) {
      addEdge(graph, 'mte', key, 'implementation');
      addEdge(graph, 'fra', key, 'participation');
    }
    const found = findTriangularArrangements(graph);
    expect(found.map((a) => a.initiative)).toEqual(['marked']);
    expect(found[0]).toMatchObject({
      facilitators: [{ country: 'fra', actor: 'fra' }],
      pivots: [{ country: 'bra', actor: 'mte' }],
      beneficiaries: [],
      unknownRoles: ['beneficiary'],
    });
    expect(found[0]!.legs.map((leg) => leg.role).sort()).toEqual(['facilitation', 'implementation']);
  });

  it('labels a mutual exchange, and leaves a one-way arrangement without one', () => {
    const graph = world();
    initiative(graph, 'mutual');
    initiative(graph, 'one-way');
    for (const key of ['mutual', 'one-way']) addEdge(graph, 'ilo', key, 'funding');
    addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'mutual' });
    addEdge(graph, 'pry', 'bra', 'knowledge_transfer', { initiative: 'mutual' });
    addEdge(graph, 'pry', 'moz', 'knowledge_transfer', { initiative: 'mutual' });
    addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'one-way' });
    const [mutual, oneWay] = findTriangularArrangements(graph);
    expect(mutual?.mutual).toEqual(['bra', 'pry']);
    expect(oneWay?.mutual).toEqual([]);
  });

  it('says whether a document states it is triangular, with the sentence, or the finder infers it', () => {
    const graph = world();
    initiative(graph, 'stated');
    initiative(graph, 'named-only');
    initiative(graph, 'unlabelled-stated');
    const stating = addEdge(graph, 'usa', 'stated', 'funding', {
      evidence: [{ source: 'doc', quote: 'This initiative has a triangular dimension: it is funded by the US.' }],
    });
    addEdge(graph, 'usa', 'named-only', 'funding', {
      evidence: [
        { source: 'doc', quote: "under the umbrella of the ILO's South- South and Triangular Cooperation strategy" },
      ],
    });
    addEdge(graph, 'bra', 'moz', 'participation', {
      initiative: 'unlabelled-stated',
      evidence: [{ source: 'doc', quote: 'an ideal example of triangular cooperation' }],
    });
    for (const key of ['stated', 'named-only']) addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: key });
    const byId = new Map(findTriangularArrangements(graph).map((a) => [a.initiative, a]));
    expect(byId.get('stated')).toMatchObject({
      basis: 'stated',
      statement: {
        source: 'doc',
        quote: 'This initiative has a triangular dimension: it is funded by the US.',
        edgeKey: stating,
      },
    });
    expect(byId.get('named-only')).toMatchObject({ basis: 'inferred' });
    expect(byId.get('named-only')).not.toHaveProperty('statement');
    expect(byId.get('unlabelled-stated')).toMatchObject({
      basis: 'stated',
      unknownRoles: ['facilitator', 'pivot', 'beneficiary'],
    });
  });

  it('counts a programme of a multilateral body (COOP Africa, part of the ILO) as a facilitator', () => {
    const graph = world();
    initiative(graph, 'facility');
    initiative(graph, 'visit', { kind: 'forum', year: 2008 });
    addEdge(graph, 'facility', 'ilo', 'part_of');
    addEdge(graph, 'facility', 'visit', 'funding');
    addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'visit' });
    const found = findTriangularArrangements(graph);
    expect(found.map((a) => [a.initiative, a.facilitators])).toEqual([['visit', [{ actor: 'facility' }]]]);
    expect(found[0]!.period).toEqual({ start: 2008, end: 2008 });
  });

  it('keeps its result serializable', () => {
    const graph = world();
    initiative(graph, 'proj', { modality: ['triangular'] });
    addEdge(graph, 'usa', 'proj', 'funding');
    addEdge(graph, 'bra', 'moz', 'knowledge_transfer', { initiative: 'proj' });
    const found = findTriangularArrangements(graph);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
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
