import { describe, expect, it } from 'vitest';
import { computeMetrics, rankBrokers } from '../../src/analysis/metrics.ts';
import { sampleSources } from '../../src/analysis/sampled-betweenness.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { addEdge, country, emptyGraph } from './make-graph.ts';

/** Two triangles a-b-c and d-e-f joined through x (c–x–d); c → x twice. */
function barbell(): AtlasGraph {
  const graph = emptyGraph();
  for (const key of ['a', 'b', 'c', 'x', 'd', 'e', 'f']) country(graph, key, 'south', `Country ${key}`);
  for (const [s, t] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['d', 'e'],
    ['e', 'f'],
    ['f', 'd'],
    ['x', 'd'],
  ])
    addEdge(graph, s!, t!, 'partnership');
  addEdge(graph, 'c', 'x', 'knowledge_transfer', { initiative: 'one' });
  addEdge(graph, 'c', 'x', 'knowledge_transfer', { initiative: 'two' });
  return graph;
}

function star(leaves: number): AtlasGraph {
  const graph = emptyGraph();
  country(graph, 'hub', 'south');
  for (let i = 0; i < leaves; i++) {
    country(graph, `leaf${i}`, 'south');
    addEdge(graph, `leaf${i}`, 'hub', 'membership');
  }
  return graph;
}

describe('computeMetrics', () => {
  it('counts parallel relations in degree and computes exact normalized betweenness on small graphs', () => {
    const metrics = computeMetrics(barbell());
    expect(metrics.betweennessMethod).toBe('exact');
    expect(metrics.degree.c).toBe(4);
    expect(metrics.degree.x).toBe(3);
    // x lies on the 9 shortest paths between {a,b,c} and {d,e,f}: 9 / (6·5/2) = 0.6
    expect(metrics.betweenness.x).toBeCloseTo(0.6, 10);
    expect(metrics.betweenness.a).toBe(0);
  });

  it('finds the two triangles as communities, the same way on every run', () => {
    const first = computeMetrics(barbell());
    const { community } = first;
    expect(community.a).toBe(community.b);
    expect(community.b).toBe(community.c);
    expect(community.d).toBe(community.e);
    expect(community.a).not.toBe(community.e);
    expect(computeMetrics(barbell()).community).toEqual(community);
  });

  it('samples betweenness above the exact limit and says so; all sources give the exact values', () => {
    const exact = computeMetrics(barbell());
    const allSources = computeMetrics(barbell(), { exactLimit: 3, samples: 64 });
    expect(allSources.betweennessMethod).toBe('sampled(64)');
    for (const node of Object.keys(exact.betweenness))
      expect(allSources.betweenness[node]).toBeCloseTo(exact.betweenness[node]!, 12);
    const sampled = computeMetrics(star(30), { exactLimit: 10, samples: 5, seed: 7 });
    expect(sampled.betweennessMethod).toBe('sampled(5)');
    // an estimate (exactly 1 for the hub), but leaves are never between two others
    expect(sampled.betweenness.hub).toBeGreaterThan(0.5);
    expect(Object.entries(sampled.betweenness).filter(([, value]) => value > 0)).toEqual([
      ['hub', sampled.betweenness.hub],
    ]);
    expect(computeMetrics(star(30), { exactLimit: 10, samples: 5, seed: 7 })).toEqual(sampled);
  });
});

describe('sampleSources', () => {
  it('draws k distinct sources, reproducibly for a seed', () => {
    const sources = sampleSources(100, 10, 3);
    expect(new Set(sources).size).toBe(10);
    expect([...sources].every((i) => i >= 0 && i < 100)).toBe(true);
    expect(sampleSources(100, 10, 3)).toEqual(sources);
    expect(sampleSources(100, 10, 4)).not.toEqual(sources);
  });
});

describe('rankBrokers', () => {
  it('ranks by betweenness, then degree, with labels, up to the limit', () => {
    const graph = barbell();
    const brokers = rankBrokers(computeMetrics(graph), graph, 3);
    expect(brokers.map((b) => b.node)).toEqual(['x', 'c', 'd']);
    expect(brokers[0]).toMatchObject({ label: 'Country x', kind: 'country', degree: 3 });
  });
});
