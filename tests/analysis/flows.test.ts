// Flows for the map: which country each end stands in, and the sum of flows country to country.
import { describe, expect, it } from 'vitest';
import { countryFlows, flowEdges, placeOf } from '../../src/analysis/flows.ts';
import { addEdge, addNode, country, emptyGraph, initiative, organization } from './make-graph.ts';

function world() {
  const graph = emptyGraph();
  for (const key of ['bra', 'moz', 'zaf']) country(graph, key, 'south');
  organization(graph, 'abc', { country: 'bra' });
  organization(graph, 'inss', { country: 'moz' });
  addNode(graph, 'forum', { kind: 'forum' });
  initiative(graph, 'project');
  return graph;
}

describe('placeOf', () => {
  it('puts a country in itself, an organization in its home and a hosted forum in its host', () => {
    const graph = world();
    addEdge(graph, 'abc', 'forum', 'hosting');
    expect(placeOf(graph, 'moz')).toBe('moz');
    expect(placeOf(graph, 'abc')).toBe('bra');
    expect(placeOf(graph, 'forum')).toBe('bra');
    expect(placeOf(graph, 'project')).toBeNull();
  });
});

describe('countryFlows', () => {
  it('sums knowledge transfer, funding and facilitation by pair of countries, keeping direction', () => {
    const graph = world();
    const a = addEdge(graph, 'bra', 'moz', 'knowledge_transfer');
    const b = addEdge(graph, 'abc', 'inss', 'knowledge_transfer');
    const c = addEdge(graph, 'abc', 'moz', 'funding');
    const back = addEdge(graph, 'moz', 'bra', 'facilitation');
    addEdge(graph, 'bra', 'moz', 'partnership'); // not a flow
    addEdge(graph, 'abc', 'bra', 'funding'); // within one country
    addEdge(graph, 'bra', 'project', 'funding'); // an initiative stands nowhere
    const flows = countryFlows(graph);
    expect(flows.map((f) => [f.key, f.edges, f.mainType])).toEqual([
      ['flow:bra>moz', [a, b, c], 'knowledge_transfer'],
      ['flow:moz>bra', [back], 'facilitation'],
    ]);
  });

  it('leaves hidden edges out, and a pair whose edges are all hidden disappears', () => {
    const graph = world();
    const a = addEdge(graph, 'bra', 'moz', 'funding');
    const b = addEdge(graph, 'bra', 'moz', 'knowledge_transfer');
    const c = addEdge(graph, 'bra', 'zaf', 'funding');
    expect(countryFlows(graph, new Set([a])).map((f) => [f.key, f.edges])).toEqual([
      ['flow:bra>moz', [b]],
      ['flow:bra>zaf', [c]],
    ]);
    expect(countryFlows(graph, new Set([a, b])).map((f) => f.key)).toEqual(['flow:bra>zaf']);
    expect(flowEdges(graph, 'bra', 'moz', new Set([b]))).toEqual([a]);
    expect(flowEdges(graph, 'moz', 'bra')).toEqual([]);
  });
});
