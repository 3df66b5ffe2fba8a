// The timeline over small graphs: years of initiatives and forums, the span, which of them and which
// relations a year or range shows, open ends, undated items, and agreement with the period filter.
import { describe, expect, it } from 'vitest';
import { addEdge, addNode, country, emptyGraph, initiative } from '../analysis/make-graph.ts';
import { computeVisibility, EMPTY_FILTERS } from '../../src/graph/filters.ts';
import { nextYear, timelineSpan, timelineView, yearCounts, yearsOf } from '../../src/graph/timeline.ts';
import type { NodeAttributes } from '../../src/graph/types.ts';

const node = (attributes: Partial<NodeAttributes>) =>
  ({
    label: 'x',
    aliases: [],
    description: '',
    sources: [],
    x: 0,
    y: 0,
    kind: 'initiative',
    ...attributes,
  }) as NodeAttributes;

function history() {
  const graph = emptyGraph();
  country(graph, 'bra', 'south');
  country(graph, 'pry', 'south');
  initiative(graph, 'closed', { start: 2005, end: 2008 });
  initiative(graph, 'open', { start: 2010 });
  initiative(graph, 'undated');
  addNode(graph, 'expo', { kind: 'forum', year: 2012 });
  const edges = {
    joins: addEdge(graph, 'bra', 'closed', 'participation'),
    learns: addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'open' }),
    member: addEdge(graph, 'pry', 'bra', 'partnership'),
    within: addEdge(graph, 'expo', 'open', 'part_of'),
    vague: addEdge(graph, 'pry', 'undated', 'participation'),
  };
  return { graph, edges };
}

describe('timeline', () => {
  it('dates initiatives by their run and forums by their year; an open end runs on', () => {
    expect(yearsOf(node({ start: 2005, end: 2008 }))).toEqual({ start: 2005, end: 2008 });
    expect(yearsOf(node({ start: 2010 }))).toEqual({ start: 2010, end: Infinity });
    expect(yearsOf(node({ end: 2009 }))).toEqual({ start: 2009, end: 2009 });
    expect(yearsOf(node({}))).toBeNull();
    expect(yearsOf(node({ kind: 'forum', year: 2012 }))).toEqual({ start: 2012, end: 2012 });
    expect(yearsOf(node({ kind: 'forum' }))).toBeNull();
    expect(yearsOf(node({ kind: 'country' }))).toBeUndefined();
  });

  it('spans the first to the last year the data names, open ends adding none', () => {
    expect(timelineSpan(history().graph)).toEqual({ from: 2005, to: 2012 });
    const graph = emptyGraph();
    country(graph, 'bra', 'south');
    expect(timelineSpan(graph)).toBeNull();
  });

  it('shows in a year the initiatives running and forums held then, and the relations that follow them', () => {
    const { graph, edges } = history();
    const in2007 = timelineView(graph, { from: 2007, to: 2007 });
    expect([...in2007.activeNodes]).toEqual(['closed']);
    expect([...in2007.hiddenNodes].sort()).toEqual(['expo', 'open', 'undated']);
    expect([...in2007.activeEdges]).toEqual([edges.joins]);
    expect([...in2007.hiddenEdges].sort()).toEqual([edges.learns, edges.vague, edges.within].sort());
    const in2012 = timelineView(graph, { from: 2012, to: 2012 });
    expect([...in2012.activeNodes].sort()).toEqual(['expo', 'open']);
    expect([...in2012.activeEdges].sort()).toEqual([edges.learns, edges.within].sort());
    // A relation between two actors is not bound to time.
    for (const view of [in2007, in2012]) {
      expect(view.activeEdges.has(edges.member)).toBe(false);
      expect(view.hiddenEdges.has(edges.member)).toBe(false);
    }
  });

  it('shows a range with everything that meets it, and undated items only when asked', () => {
    const { graph, edges } = history();
    const range = timelineView(graph, { from: 2007, to: 2010 });
    expect([...range.activeNodes].sort()).toEqual(['closed', 'open']);
    expect(range.hiddenEdges.has(edges.within)).toBe(true);
    const shown = timelineView(graph, { from: 2030, to: 2030 }, { undated: 'show' });
    expect([...shown.activeNodes].sort()).toEqual(['open', 'undated']);
    expect(shown.activeEdges.has(edges.vague)).toBe(true);
  });

  it('agrees with the period filter on what each year hides', () => {
    const { graph } = history();
    for (let year = 2004; year <= 2013; year++) {
      const view = timelineView(graph, { from: year, to: year });
      const filtered = computeVisibility(graph, { ...EMPTY_FILTERS, period: { from: year, to: year } });
      const hiddenByFilter = graph.filterEdges((edge) => filtered.hiddenEdges.has(edge));
      expect([...view.hiddenEdges].sort(), String(year)).toEqual(hiddenByFilter.sort());
      expect([...view.hiddenNodes].sort()).toEqual(graph.filterNodes((n) => filtered.hiddenNodes.has(n)).sort());
    }
  });

  it('counts initiatives and forums per year, an open end through the span', () => {
    const { graph } = history();
    const counts = yearCounts(graph, timelineSpan(graph)!);
    expect(counts.map((c) => c.year)).toEqual([2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012]);
    expect(counts.map((c) => c.initiatives)).toEqual([1, 1, 1, 1, 0, 1, 1, 1]);
    expect(counts.map((c) => c.forums)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('plays the years in turn and starts again after the last', () => {
    const span = { from: 2005, to: 2007 };
    expect([2005, 2006, 2007, 1990].map((year) => nextYear(year, span))).toEqual([2006, 2007, 2005, 2005]);
  });
});
