// Loading graph JSON: good data round-trips; bad data is reported with its place, never a crash.
import { describe, expect, it } from 'vitest';
import { GraphLoadError, loadGraph } from '../../src/graph/load.ts';

const node = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: {
    label: key.toUpperCase(),
    kind: 'country',
    aliases: [],
    description: 'd',
    sources: [],
    iso3: 'BRA',
    region: 'Americas',
    northSouth: 'south',
    x: 0,
    y: 1,
    ...extra,
  },
});
const edge = (key: string, source: string, target: string, extra: Record<string, unknown> = {}) => ({
  key,
  source,
  target,
  attributes: {
    type: 'knowledge_transfer',
    directed: true,
    evidence: [{ source: 'doc', quote: 'q' }],
    initiative: 'i',
    ...extra,
  },
});

describe('loadGraph', () => {
  it('builds a typed multi directed graph from serialized JSON', () => {
    const { graph, report } = loadGraph(
      JSON.stringify({
        attributes: { title: 'T', sources: [] },
        nodes: [node('a'), node('b')],
        edges: [edge('e1', 'a', 'b'), edge('e2', 'a', 'b', { type: 'funding' })],
      }),
    );
    expect(report.problems).toEqual([]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute('e2', 'type')).toBe('funding');
  });

  it('throws a GraphLoadError naming the file for malformed JSON', () => {
    expect(() => loadGraph('{"nodes": [', 'data/graph.json')).toThrowError(/^data\/graph\.json: not valid JSON/);
    expect(() => loadGraph('{"nodes": 3}', 'g.json')).toThrowError(GraphLoadError);
  });

  it('leaves out and reports invalid nodes and edges with their index and field', () => {
    const { graph, report } = loadGraph(
      JSON.stringify({
        nodes: [node('a'), node('b', { kind: 'planet' }), node('c', { x: 'left' })],
        edges: [edge('e1', 'a', 'b'), edge('e2', 'a', 'a', { type: 'hugs' }), edge('e3', 'a', 'zzz')],
      }),
    );
    expect(graph.nodes()).toEqual(['a']);
    expect(report.skippedNodes).toBe(2);
    expect(report.skippedEdges).toBe(3);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nodes\[1\] "b": kind: "planet" is not one of/),
        expect.stringMatching(/^nodes\[2\] "c": x, y: required numbers/),
        expect.stringMatching(/^edges\[1\] "e2": type: "hugs" is not one of/),
        expect.stringMatching(/^edges\[2\] "e3": target: "zzz" is not a node/),
      ]),
    );
  });

  it("checks a forum's place at load: text is kept, anything else is reported with the field", () => {
    const forum = (key: string, place: unknown) =>
      node(key, { kind: 'forum', iso3: undefined, region: undefined, northSouth: undefined, place });
    const { graph, report } = loadGraph(
      JSON.stringify({
        nodes: [forum('f', 'Agadir, Morocco'), forum('g', 7), node('h', { place: 'Lima' })],
        edges: [],
      }),
    );
    expect(graph.nodes()).toEqual(['f']);
    expect(graph.getNodeAttribute('f', 'place')).toBe('Agadir, Morocco');
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nodes\[1\] "g": place: expected text/),
        expect.stringMatching(/^nodes\[2\] "h": place: not a field of a country/),
      ]),
    );
  });

  it('refuses a file in which no node is valid', () => {
    expect(() => loadGraph(JSON.stringify({ nodes: [{ key: 'x' }], edges: [] }), 'g.json')).toThrowError(
      /g\.json: none of its 1 nodes is valid/,
    );
  });

  it('keeps a node at absurd or overflowing coordinates, moves it beside its neighbours and reports it', () => {
    const ring = ['a', 'b', 'c', 'd', 'e'].map((key, i) => node(key, { x: 10 * Math.cos(i), y: 10 * Math.sin(i) }));
    const text = JSON.stringify({
      nodes: [...ring, node('far', { x: 1e300 }), node('inf', { y: 'OVERFLOW' })],
      edges: [edge('e1', 'far', 'a'), edge('e2', 'b', 'inf')],
    }).replace('"OVERFLOW"', '1e999');
    const { graph, report } = loadGraph(text, 'g.json');
    expect(graph.order).toBe(7);
    expect(report.skippedNodes).toBe(0);
    expect(report.problems).toEqual([
      'node "far": x = 1e+300 is far outside the layout; placed at the centre of its 1 neighbour(s)',
      'node "inf": y = Infinity is far outside the layout; placed at the centre of its 1 neighbour(s)',
    ]);
    expect(graph.getNodeAttributes('far')).toMatchObject({ x: 10, y: 0 });
    expect(graph.getNodeAttribute('inf', 'y')).toBeCloseTo(10 * Math.sin(1));
    const xs = graph.mapNodes((_, attributes) => attributes.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(100);
  });
});
