// Keyboard order on the canvas: a node's visible neighbours alphabetically, hidden edges and nodes
// left out, parallel relations counted; stepping wraps around.
import { describe, expect, it } from 'vitest';
import { stepIndex, visibleDegree, visibleNeighbours } from '../../src/graph/neighbours.ts';
import { addEdge, makeGraph } from '../fixtures/graph.ts';

const none = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };

describe('visibleNeighbours', () => {
  it('lists neighbours alphabetically by label, whatever the edge direction', () => {
    const graph = makeGraph();
    expect(visibleNeighbours(graph, 'bra', none).map((n) => n.label)).toEqual([
      'Brazilian Cooperation Agency',
      'Mozambique',
      'Paraguay',
    ]);
  });

  it('leaves out neighbours reached only through hidden edges or hidden themselves', () => {
    const graph = makeGraph();
    const hiddenEdge = graph.edges('bra', 'moz')[0]!;
    expect(
      visibleNeighbours(graph, 'bra', { hiddenNodes: new Set(['pry']), hiddenEdges: new Set([hiddenEdge]) }).map(
        (n) => n.node,
      ),
    ).toEqual(['abc']);
    expect(visibleDegree(graph, 'bra', new Set([hiddenEdge]))).toBe(2);
  });

  it('counts parallel relations once per neighbour with their number', () => {
    const graph = makeGraph();
    addEdge(graph, 'bra', 'pry', { type: 'partnership' });
    expect(visibleNeighbours(graph, 'bra', none).find((n) => n.node === 'pry')?.relations).toBe(2);
  });

  it('returns nothing for an unknown node', () => {
    expect(visibleNeighbours(makeGraph(), 'nowhere', none)).toEqual([]);
  });
});

describe('stepIndex', () => {
  it('enters at either end and wraps around', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(0, 0, 1)).toBe(-1);
  });
});
