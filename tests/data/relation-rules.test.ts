// The mechanically checkable reading rules (graph-data/README.md): each fires on a small fixture that
// breaks it and stays quiet on the sentence that states the relation; the real data breaks none.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { loadGraph } from '../../src/graph/load.ts';
import { checkRelationRules, RULES } from '../../src/graph/relation-rules.ts';
import type { AtlasGraph, RelationType } from '../../src/graph/types.ts';
import { addEdge, country, emptyGraph, initiative, organization } from '../analysis/make-graph.ts';

function fixture(type: RelationType, quotes: string[], reverse = false): AtlasGraph {
  const graph = emptyGraph();
  country(graph, 'lbn', 'south', 'Lebanon');
  country(graph, 'ken', 'south', 'Kenya');
  organization(graph, 'ilo', { label: 'ILO' });
  initiative(graph, 'event', { label: 'Workshop' });
  const [source, target] = type === 'knowledge_transfer' ? ['lbn', 'ken'] : ['lbn', 'event'];
  const evidence = quotes.map((quote) => ({ source: 'doc', quote }));
  addEdge(graph, source, target, type, { evidence, ...(type === 'knowledge_transfer' && { initiative: 'event' }) });
  if (reverse) addEdge(graph, target, source, type, { initiative: 'event' });
  return graph;
}

const fired = (type: RelationType, quotes: string[], reverse = false) =>
  checkRelationRules(fixture(type, quotes, reverse)).map((v) => v.rule);

describe('relation rules on fixtures', () => {
  it('a venue is not a host: a hosting edge needs a quote that says host', () => {
    expect(fired('hosting', ['The workshop was held on 23-26 November 2010 in Beirut, Lebanon.'])).toEqual([
      'venue-is-not-host',
    ]);
    expect(fired('hosting', ['Brazil hosted the Third Global Conference on Child Labour in October 2013.'])).toEqual(
      [],
    );
  });

  it('studied is not taking part', () => {
    expect(fired('participation', ['The 10 countries covered by this research are: PNG, Sierra-Leone'])).toEqual([
      'studied-is-not-participant',
    ]);
    expect(
      fired('participation', ['A microinsurance diagnostic study has since been completed in Mozambique']),
    ).toEqual(['studied-is-not-participant']);
    expect(fired('participation', ['Bahamas, Bolivia, Chile also joined the initiative.'])).toEqual([]);
  });

  it('a request to organize is not organizing', () => {
    expect(fired('organizing', ['a request was sent to the ILO for organizing a national seminar'])).toEqual([
      'request-is-not-organizing',
    ]);
    expect(fired('organizing', ['The workshop was organized by the Ministry of Labour & Employment'])).toEqual([]);
  });

  it('an announcement, offer, aim or plan is not the act, unless another quote states the act', () => {
    const grant = 'the Government of Timor-Leste announced a grant of two million dollars to help Liberia';
    expect(fired('participation', [grant])).toEqual(['intention-is-not-act']);
    expect(fired('hosting', ['the offer of Japan delegation to host ASEF 2009 in Tokyo'])).toEqual([
      'intention-is-not-act',
    ]);
    expect(fired('knowledge_transfer', ['The project foresees horizontal exchanges'])).toEqual([
      'intention-is-not-act',
    ]);
    expect(fired('participation', [grant, 'Timor-Leste supported the electoral process in Guinea-Bissau'])).toEqual([]);
  });

  it('authorship is not implementation, and a link between initiatives is not participation', () => {
    expect(fired('implementation', ['ZCTU drafted an Action Programme'])).toEqual(['authorship-is-not-implementation']);
    expect(fired('implementation', ['Implemented by the Ministry of Labour, the system includes a manual'])).toEqual(
      [],
    );
    expect(fired('participation', ['It also links various IBSA initiatives to efforts by Germany'])).toEqual([
      'linked-initiatives-are-not-participation',
    ]);
  });

  it('a two-way exchange is recorded both ways', () => {
    const quote =
      'With Argentina there is a regular exchange of experiences, strengthening the Network in both countries.';
    expect(fired('knowledge_transfer', [quote])).toEqual(['two-way-exchange-both-ways']);
    expect(fired('knowledge_transfer', [quote], true)).toEqual([]);
  });

  it('prefers a whole sentence to a quote cut at a line break', () => {
    expect(fired('implementation', ['has also been promoting SSTC through a regional knowledge-'])).toEqual([
      'no-cut-off-quote',
    ]);
  });

  it('has a fixture above for every rule', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([
      'authorship-is-not-implementation',
      'intention-is-not-act',
      'linked-initiatives-are-not-participation',
      'no-cut-off-quote',
      'request-is-not-organizing',
      'studied-is-not-participant',
      'two-way-exchange-both-ways',
      'venue-is-not-host',
    ]);
  });
});

describe('relation rules on graph-data/', () => {
  let graph: AtlasGraph;
  beforeAll(() => {
    const built = buildGraphJson('graph-data');
    expect(built.problems).toEqual([]);
    graph = loadGraph(built.json!).graph;
  });

  it('breaks none of them', () => {
    expect(checkRelationRules(graph)).toEqual([]);
  });
});
