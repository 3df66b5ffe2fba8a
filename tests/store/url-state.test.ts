// URL round-trips: every part of the view survives encode → decode; bad parameters are ignored
// with a notice that names them, never a crash.
import { describe, expect, it } from 'vitest';
import { decodeUrlView, encodeUrlView, type UrlView } from '../../src/store/url-state.ts';
import { EMPTY_FILTERS } from '../../src/graph/filters.ts';
import { makeGraph } from '../fixtures/graph.ts';

const graph = makeGraph();

describe('URL state', () => {
  it('round-trips filters, selection, search, camera and renderer choice', () => {
    const view: UrlView = {
      filters: {
        ...EMPTY_FILTERS,
        hiddenTypes: new Set(['knowledge_transfer', 'funding']),
        hiddenKinds: new Set(['forum']),
        modalities: new Set(['triangular']),
        themes: new Set(['child-labour']),
        pillars: new Set(['rights']),
        regions: new Set(['Africa', 'Americas']),
        period: { from: 2009, to: 2014 },
        hideIsolated: true,
      },
      selectedNode: 'pry',
      selectedEdge: null,
      query: 'para guay',
      camera: { x: 0.5, y: 0.25, ratio: 0.125 },
      programPreference: 'fast',
      colorBy: 'community',
      sizeBy: 'betweenness',
      arrangement: 'child',
    };
    const encoded = encodeUrlView(view);
    expect(encoded).toContain('hide=funding%2Cknowledge_transfer');
    const { view: decoded, notices } = decodeUrlView(`?${encoded}`, graph);
    expect(notices).toEqual([]);
    expect(decoded).toEqual(view);
  });

  it('encodes the default view as an empty string', () => {
    expect(
      encodeUrlView({
        filters: EMPTY_FILTERS,
        selectedNode: null,
        selectedEdge: null,
        query: '',
        camera: null,
        programPreference: 'auto',
        colorBy: 'kind',
        sizeBy: 'degree',
        arrangement: null,
      }),
    ).toBe('');
  });

  it('ignores unknown parameters and bad values with a notice each, keeping the good ones', () => {
    const { view, notices } = decodeUrlView(
      '?foo=1&hide=funding,bogus&node=atlantis&cam=1,2&from=2020&to=2010&program=turbo&q=ok&color=rainbow&tri=spf',
      graph,
    );
    expect(view.filters.hiddenTypes).toEqual(new Set(['funding']));
    expect(view.selectedNode).toBeNull();
    expect(view.camera).toBeNull();
    expect(view.filters.period).toBeNull();
    expect(view.programPreference).toBe('auto');
    expect(view.query).toBe('ok');
    expect(view.colorBy).toBe('kind');
    expect(view.arrangement).toBeNull();
    expect(notices).toHaveLength(8);
    expect(notices.join('\n')).toMatch(/no triangular arrangement in "spf"/);
    expect(notices.join('\n')).toMatch(/"foo"/);
    expect(notices.join('\n')).toMatch(/"bogus"/);
    expect(notices.join('\n')).toMatch(/no node "atlantis"/);
  });

  it('survives a garbage query string', () => {
    expect(() => decodeUrlView('?%E0%A4%A=&&==&node', graph)).not.toThrow();
  });
});
