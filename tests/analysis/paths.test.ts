import { describe, expect, it } from 'vitest';
import { describePath, egoNetwork, shortestPaths } from '../../src/analysis/paths.ts';
import { addEdge, country, emptyGraph, initiative, organization } from './make-graph.ts';

/** bra → pry (KT in proj), bra → pry (a second, parallel KT), ilo → proj, bra → proj, pry → proj, arg ↔ pry. */
function chain() {
  const graph = emptyGraph();
  country(graph, 'bra', 'south', 'Brazil');
  country(graph, 'pry', 'south', 'Paraguay');
  country(graph, 'arg', 'south', 'Argentina');
  organization(graph, 'ilo', { orgType: 'multilateral', label: 'ILO' });
  initiative(graph, 'proj', { label: 'Child labour project' });
  const kt = addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'proj' });
  const kt2 = addEdge(graph, 'bra', 'pry', 'knowledge_transfer');
  const facilitation = addEdge(graph, 'ilo', 'proj', 'facilitation');
  const braJoins = addEdge(graph, 'bra', 'proj', 'participation');
  const pryJoins = addEdge(graph, 'pry', 'proj', 'participation');
  const partners = addEdge(graph, 'arg', 'pry', 'partnership');
  return { graph, kt, kt2, facilitation, braJoins, pryJoins, partners };
}

describe('shortestPaths', () => {
  it('returns every shortest path, counting parallel edges, ignoring direction by default', () => {
    const { graph, kt, kt2 } = chain();
    const edges = shortestPaths(graph, 'pry', 'bra').map((path) => path.map((step) => step.edge));
    expect(edges).toHaveLength(2);
    expect(edges).toEqual(expect.arrayContaining([[kt], [kt2]]));
    const [first] = shortestPaths(graph, 'pry', 'bra');
    expect(first![0]).toMatchObject({ source: 'bra', target: 'pry', type: 'knowledge_transfer' });
  });

  it('walks only the allowed relation types and respects the limit', () => {
    const { graph, facilitation, braJoins, pryJoins } = chain();
    const viaProject = shortestPaths(graph, 'ilo', 'pry', { types: new Set(['facilitation', 'participation']) });
    expect(viaProject.map((path) => path.map((step) => step.edge))).toEqual([[facilitation, pryJoins]]);
    const both = shortestPaths(graph, 'ilo', 'bra', { types: new Set(['facilitation', 'participation']) });
    expect(both).toEqual([
      [expect.objectContaining({ edge: facilitation }), expect.objectContaining({ edge: braJoins })],
    ]);
    expect(shortestPaths(graph, 'pry', 'bra', { limit: 1 })).toHaveLength(1);
  });

  it('follows edges forward only when directed, but partnerships both ways', () => {
    const { graph, partners } = chain();
    expect(shortestPaths(graph, 'pry', 'bra', { directed: true })).toEqual([]);
    expect(shortestPaths(graph, 'bra', 'pry', { directed: true })).toHaveLength(2);
    expect(shortestPaths(graph, 'pry', 'arg', { directed: true }).map((p) => p[0]?.edge)).toEqual([partners]);
  });

  it('gives one empty path from a node to itself and names an unknown node', () => {
    const { graph } = chain();
    expect(shortestPaths(graph, 'bra', 'bra')).toEqual([[]]);
    expect(() => shortestPaths(graph, 'bra', 'xyz')).toThrow('shortestPaths: unknown node "xyz"');
  });
});

describe('describePath', () => {
  it('tells each step with labels, the relation and the initiative it happened in', () => {
    const { graph, kt } = chain();
    const path = shortestPaths(graph, 'arg', 'bra', { types: new Set(['knowledge_transfer', 'partnership']) });
    const inProject = path.find((steps) => steps[1]?.edge === kt)!;
    expect(describePath(graph, inProject)).toEqual([
      'Argentina worked with Paraguay (partnership).',
      'Brazil shared with Paraguay (knowledge transfer), in Child labour project.',
    ]);
  });
});

describe('egoNetwork', () => {
  it('grows with depth and follows the asked direction', () => {
    const { graph, facilitation, kt } = chain();
    expect([...egoNetwork(graph, 'ilo').nodes]).toEqual(['ilo', 'proj']);
    expect(egoNetwork(graph, 'ilo', { depth: 2 }).nodes).toEqual(new Set(['ilo', 'proj', 'bra', 'pry']));
    const out = egoNetwork(graph, 'bra', { direction: 'out', types: new Set(['knowledge_transfer']) });
    expect(out.nodes).toEqual(new Set(['bra', 'pry']));
    expect(out.edges.has(kt)).toBe(true);
    expect(egoNetwork(graph, 'proj', { direction: 'in', depth: 1 }).edges.has(facilitation)).toBe(true);
    expect(egoNetwork(graph, 'pry', { direction: 'in', depth: 1 }).nodes).toEqual(new Set(['pry', 'bra', 'arg']));
    expect(() => egoNetwork(graph, 'bra', { depth: 4 })).toThrow('Expecting 1, 2 or 3');
  });
});
