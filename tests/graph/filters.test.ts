// Filter logic: what each facet hides, how edges follow their nodes and initiative, and the
// per-option counts the legend shows.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, computeVisibility, facetCounts, type Filters } from '../../src/graph/filters.ts';
import { makeGraph } from '../fixtures/graph.ts';

const graph = makeGraph();
const visible = (patch: Partial<Filters>) => {
  const v = computeVisibility(graph, { ...EMPTY_FILTERS, ...patch });
  return {
    nodes: graph.filterNodes((n) => !v.hiddenNodes.has(n)),
    edges: graph.filterEdges((e) => !v.hiddenEdges.has(e)),
    v,
  };
};

describe('computeVisibility', () => {
  it('hides nothing without filters', () => {
    const { v } = visible({});
    expect(v.visibleNodes).toBe(graph.order);
    expect(v.visibleEdges).toBe(graph.size);
  });

  it('hides the edges of a relation type and keeps their nodes', () => {
    const { edges, nodes, v } = visible({ hiddenTypes: new Set(['knowledge_transfer']) });
    expect(edges.some((e) => graph.getEdgeAttribute(e, 'type') === 'knowledge_transfer')).toBe(false);
    expect(v.visibleEdges).toBe(graph.size - 2);
    expect(nodes).toContain('pry');
  });

  it('hides nodes of a kind together with their edges', () => {
    const { nodes, edges } = visible({ hiddenKinds: new Set(['organization']) });
    expect(nodes).not.toContain('usdol');
    expect(edges).not.toContain('funding:usdol->child');
    expect(edges).toContain('knowledge_transfer:bra->pry@child');
  });

  it('filters initiatives by modality, theme and pillar, and hides relations that happened within them', () => {
    const { nodes, edges } = visible({ modalities: new Set(['triangular']) });
    expect(nodes).toContain('child');
    expect(nodes).not.toContain('spf');
    expect(edges).not.toContain('knowledge_transfer:bra->moz@spf');
    expect(edges).toContain('knowledge_transfer:bra->pry@child');
    expect(visible({ themes: new Set(['social-protection']) }).nodes).not.toContain('child');
    expect(visible({ pillars: new Set(['rights']) }).nodes).toEqual(expect.arrayContaining(['child', 'bra', 'ilo']));
  });

  it('filters by region: countries by theirs, organizations and forums by their country, international bodies kept', () => {
    const { nodes } = visible({ regions: new Set(['Africa']) });
    expect(nodes).toContain('moz');
    expect(nodes).not.toContain('bra');
    expect(nodes).not.toContain('abc');
    expect(nodes).not.toContain('expo');
    expect(nodes).toContain('ilo');
    expect(nodes).toContain('child');
  });

  it('filters initiatives and forums by period overlap', () => {
    const { nodes } = visible({ period: { from: 2013, to: 2015 } });
    expect(nodes).toEqual(expect.arrayContaining(['spf', 'expo']));
    expect(nodes).not.toContain('child');
    expect(nodes).toContain('bra');
  });

  it('hides nodes left without a visible edge when asked', () => {
    expect(visible({ hideIsolated: true }).nodes).not.toContain('lonely');
    const noTransfers = visible({ hideIsolated: true, hiddenTypes: new Set(['knowledge_transfer', 'membership']) });
    expect(noTransfers.nodes).not.toContain('moz');
    expect(noTransfers.nodes).not.toContain('bra');
    expect(noTransfers.nodes).toContain('pry');
  });
});

describe('facetCounts', () => {
  it('counts what each option keeps under the other facets', () => {
    const counts = facetCounts(graph, {
      ...EMPTY_FILTERS,
      hiddenTypes: new Set(['knowledge_transfer']),
      hiddenKinds: new Set(['organization']),
    });
    // Hidden types still show what they would keep; organizations hidden removes funding.
    expect(counts.types.get('knowledge_transfer')).toBe(2);
    expect(counts.types.get('funding')).toBeUndefined();
    expect(counts.kinds.get('organization')).toBe(3);
    expect(counts.kinds.get('country')).toBe(5);
    expect(counts.modalities.get('south-south')).toBe(2);
    expect(counts.regions.get('Americas')).toBe(3);
  });
});
