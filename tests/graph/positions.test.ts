// Stray positions: one absurd or non-finite coordinate is moved next to its neighbours (or to the
// centre) and reported by node and field; an ordinary spread-out layout is left exactly as it is.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { acceptedRange, kthSmallest, placeStrayNodes, quantile } from '../../src/graph/positions.ts';
import { seededRandom } from '../../src/graph/random.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { addEdge, addNode } from '../fixtures/graph.ts';

function layout(points: Record<string, [number, number]>, edges: [string, string][] = []): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true });
  for (const [key, [x, y]] of Object.entries(points)) addNode(graph, key, { label: key, kind: 'country', x, y });
  for (const [source, target] of edges) addEdge(graph, source, target, { type: 'partnership' });
  return graph;
}

const ring = (n: number, radius: number): Record<string, [number, number]> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `n${i}`,
      [radius * Math.cos((2 * Math.PI * i) / n), radius * Math.sin((2 * Math.PI * i) / n)],
    ]),
  );

describe('placeStrayNodes', () => {
  it('moves a node at x=1e300 to the centre of its neighbours and names the node and field', () => {
    const graph = layout({ ...ring(8, 100), far: [1e300, 3] }, [
      ['far', 'n0'],
      ['n2', 'far'],
    ]);
    const problems = placeStrayNodes(graph);
    expect(problems).toEqual([
      'node "far": x = 1e+300 is far outside the layout; placed at the centre of its 2 neighbour(s)',
    ]);
    expect(graph.getNodeAttribute('far', 'x')).toBeCloseTo((100 + 0) / 2);
    expect(graph.getNodeAttribute('far', 'y')).toBeCloseTo((0 + 100) / 2);
  });

  it('places a stray node without placed neighbours at the centre of the layout, for either axis', () => {
    const graph = layout({ a: [10, 10], b: [20, 30], c: [30, 20], lost: [25, -Infinity], gone: [NaN, 5] }, [
      ['lost', 'gone'],
    ]);
    const problems = placeStrayNodes(graph);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^node "lost": y = -Infinity .* centre of the layout$/);
    expect(problems[1]).toMatch(/^node "gone": x = NaN .* centre of the layout$/);
    for (const node of ['lost', 'gone']) expect(graph.getNodeAttributes(node)).toMatchObject({ x: 20, y: 20 });
  });

  it('finds the stray node even in a graph of three nodes', () => {
    const graph = layout({ a: [0, 0], b: [1, 1], c: [-1e300, 0.5] });
    expect(placeStrayNodes(graph)).toHaveLength(1);
    expect(graph.getNodeAttribute('c', 'x')).toBeCloseTo(0.5);
  });

  it('leaves an ordinary layout alone, outlying clusters and all', () => {
    const points = { ...ring(40, 100), island: [2500, -2500] as [number, number], same: [0, 0] as [number, number] };
    const graph = layout(points);
    expect(placeStrayNodes(graph)).toEqual([]);
    expect(graph.getNodeAttributes('island')).toMatchObject({ x: 2500, y: -2500 });
  });

  it('accepts small offsets when most nodes share one coordinate', () => {
    expect(placeStrayNodes(layout({ a: [0, 0], b: [0, 0], c: [0, 0], d: [5, 0] }))).toEqual([]);
  });
});

describe('acceptedRange', () => {
  it('is not widened by the stray value itself', () => {
    const range = acceptedRange([1, 2, 3, 4, 5, 6, 7, 8, 1e300])!;
    expect(range.max).toBeLessThan(1e4);
    expect(range.min).toBeGreaterThan(-1e4);
    expect(acceptedRange([Infinity, NaN])).toBeNull();
  });
});

describe('kthSmallest and quantile', () => {
  it('agree with a full sort, duplicates and all', () => {
    const random = seededRandom(8);
    for (const length of [1, 2, 3, 10, 101, 1000]) {
      const values = Float64Array.from({ length }, () => Math.floor(random() * length * 0.3) - 5);
      const sorted = Float64Array.from(values).sort();
      const k = Math.floor(random() * length);
      expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
      for (const q of [0, 0.25, 0.5, 0.75, 1]) {
        const at = (length - 1) * q;
        const low = Math.floor(at);
        const expected = sorted[low]! + (sorted[Math.min(low + 1, length - 1)]! - sorted[low]!) * (at - low);
        expect(quantile(Float64Array.from(values), q)).toBeCloseTo(expected, 9);
      }
    }
  });
});
