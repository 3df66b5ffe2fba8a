import { describe, expect, it } from 'vitest';
import { knowledgeTransferMatrix } from '../../src/analysis/matrix.ts';
import { addEdge, country, emptyGraph, organization } from './make-graph.ts';

describe('knowledgeTransferMatrix', () => {
  it('counts transfers country by country, organizations for their country, other relations left out', () => {
    const graph = emptyGraph();
    for (const key of ['bra', 'pry', 'moz', 'ind']) country(graph, key, 'south');
    organization(graph, 'abc', { country: 'bra' });
    organization(graph, 'moz-ministry', { country: 'moz' });
    organization(graph, 'ilo', { orgType: 'multilateral' });
    const a = addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'one' });
    const b = addEdge(graph, 'abc', 'pry', 'knowledge_transfer', { initiative: 'two' });
    const c = addEdge(graph, 'abc', 'moz-ministry', 'knowledge_transfer', { initiative: 'one' });
    const d = addEdge(graph, 'ind', 'moz', 'knowledge_transfer', { initiative: 'three' });
    const e = addEdge(graph, 'ilo', 'moz', 'knowledge_transfer', { initiative: 'three' });
    addEdge(graph, 'bra', 'moz', 'funding');
    const matrix = knowledgeTransferMatrix(graph);
    expect(matrix.rows).toEqual(['bra', 'ind']);
    expect(matrix.cols).toEqual(['moz', 'pry']);
    expect(matrix.cells).toEqual([
      { from: 'bra', to: 'pry', count: 2, edges: [a, b] },
      { from: 'bra', to: 'moz', count: 1, edges: [c] },
      { from: 'ind', to: 'moz', count: 1, edges: [d] },
    ]);
    expect(matrix.unplaced).toEqual([e]);
  });
});
