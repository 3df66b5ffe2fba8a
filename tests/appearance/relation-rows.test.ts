// The List view's rows: grouped by actor (the edge's source) in alphabetical order, partners in
// order under each, and each relation's parts for a sentence with its quote and document.
import { describe, expect, it } from 'vitest';
import { relationRows, relationSentence } from '../../src/appearance/relation-rows.ts';
import { makeGraph } from '../fixtures/graph.ts';

describe('relationRows', () => {
  it('groups relations under their actor, actors and partners alphabetically', () => {
    const graph = makeGraph();
    const rows = relationRows(graph, graph.edges());
    const actors = rows.filter((r) => r.kind === 'actor').map((r) => graph.getNodeAttribute(r.node, 'label'));
    expect(actors).toEqual([...actors].sort((a, b) => a.localeCompare(b)));
    const brazil = rows.findIndex((r) => r.kind === 'actor' && r.node === 'bra');
    expect(rows[brazil]).toMatchObject({ count: 2 });
    const partners = rows.slice(brazil + 1, brazil + 3).map((r) => (r.kind === 'relation' ? graph.target(r.edge) : ''));
    expect(partners).toEqual(['moz', 'pry']);
    expect(rows.filter((r) => r.kind === 'relation')).toHaveLength(graph.size);
  });

  it('lists only the edges it is given', () => {
    const graph = makeGraph();
    const edge = graph.edges('usdol', 'child')[0]!;
    expect(relationRows(graph, [edge])).toEqual([
      { kind: 'actor', node: 'usdol', count: 1 },
      { kind: 'relation', edge, actor: 'usdol' },
    ]);
  });

  it('gives a relation its type, both names, its quote and document title', () => {
    const graph = makeGraph();
    const edge = graph.edges('bra', 'pry')[0]!;
    const { evidence } = graph.getEdgeAttributes(edge);
    const sentence = relationSentence(graph, edge, new Map([[evidence[0]!.source, 'Good Practices Guide']]));
    expect(sentence).toEqual({
      type: 'knowledge_transfer',
      source: 'Brazil',
      target: 'Paraguay',
      quote: evidence[0]!.quote,
      document: 'Good Practices Guide',
    });
  });
});
