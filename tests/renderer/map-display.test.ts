// Map mode's edges on a small graph: flows between places curve, other relations show only around what
// is in focus, and with flows by country one arc per pair sums the visible flows, width by their count.
import { describe, expect, it } from 'vitest';
import { arcWidth, flowDisplayGraph, mapEdgeOverlay } from '../../src/renderer/map-display.ts';
import type { RenderView } from '../../src/renderer/reducers.ts';
import { FADED_COLOR, RELATION_COLORS } from '../../src/appearance/palette.ts';
import { addEdge, country, emptyGraph, initiative, organization } from '../analysis/make-graph.ts';

function graph() {
  const g = emptyGraph();
  country(g, 'bra', 'south');
  country(g, 'moz', 'south');
  organization(g, 'abc', { country: 'bra' });
  initiative(g, 'project');
  const kt = addEdge(g, 'bra', 'moz', 'knowledge_transfer');
  const fund = addEdge(g, 'abc', 'moz', 'funding');
  const toProject = addEdge(g, 'bra', 'project', 'funding');
  const member = addEdge(g, 'abc', 'bra', 'membership');
  return { g, kt, fund, toProject, member };
}

const view = (patch: Partial<RenderView> = {}): RenderView => ({
  hiddenNodes: new Set(),
  hiddenEdges: new Set(),
  sizes: new Map(),
  colors: null,
  focus: null,
  selected: null,
  ...patch,
});
const base = { color: '#fff', size: 1, type: 'arrow' };

describe('map edges', () => {
  it('curves flows between places; relations to band nodes and other types show only in focus', () => {
    const { g, kt, toProject, member } = graph();
    const overlay = mapEdgeOverlay({ graph: g, byCountry: false });
    const at = (edge: string, v = view()) => overlay(edge, base, g.getEdgeAttributes(edge), v);
    expect(at(kt).type).toBe('curvedArrow');
    expect(at(kt).hidden).toBeUndefined();
    expect(at(toProject).hidden).toBe(true);
    expect(at(member).hidden).toBe(true);
    const focus = { nodes: new Set(['abc', 'bra']), edges: new Set([member]) };
    expect(at(member, view({ focus })).hidden).toBeUndefined();
  });

  it('sums the visible flows of a pair of countries into one arc whose width follows their number', () => {
    const { g, kt, fund } = graph();
    const display = flowDisplayGraph(g);
    expect(g.hasEdge('flow:bra>moz')).toBe(false); // the atlas graph is left alone
    const overlay = mapEdgeOverlay({ graph: g, byCountry: true });
    const at = (edge: string, v = view()) => overlay(edge, base, display.getEdgeAttributes(edge), v);
    expect(at('flow:bra>moz')).toMatchObject({ size: arcWidth(2), type: 'curvedArrow' });
    expect(at(kt).hidden).toBe(true); // drawn by the sum
    expect(at('flow:bra>moz', view({ hiddenEdges: new Set([fund]) })).size).toBe(arcWidth(1));
    expect(at('flow:bra>moz', view({ hiddenEdges: new Set([kt, fund]) })).hidden).toBe(true);
    const elsewhere = { nodes: new Set(['x']), edges: new Set(['other']) };
    expect(at('flow:bra>moz', view({ focus: elsewhere })).color).toBe(FADED_COLOR);
    const onIt = { nodes: new Set(['bra']), edges: new Set([fund]) };
    expect(at('flow:bra>moz', view({ focus: onIt })).color).toBe(RELATION_COLORS.knowledge_transfer);
    expect(arcWidth(4)).toBeGreaterThan(arcWidth(1));
  });

  it('hides the summed arcs when flows are drawn one by one', () => {
    const { g } = graph();
    const display = flowDisplayGraph(g);
    const overlay = mapEdgeOverlay({ graph: g, byCountry: false });
    expect(overlay('flow:bra>moz', base, display.getEdgeAttributes('flow:bra>moz'), view()).hidden).toBe(true);
  });
});
