// URL round-trips: every part of the view state survives encode → decode; bad parameters are
// ignored with a short notice that names them, never a crash.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../src/store/url-state.ts';
import { DEFAULT_VIEW, type AnalysisIntent, type ViewState } from '../../src/store/view-state.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { english } from '../fixtures/english.ts';

const graph = makeGraph();

const full: ViewState = {
  filters: {
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
  tab: 'analyse',
  analysis: { kind: 'arrangement', initiative: 'child' },
  arrangementFilter: { actor: 'bra', role: 'pivot', basis: 'stated', completeness: 'partial' },
  display: 'list',
  layout: 'map',
  flows: 'countries',
  lang: 'fr',
};

describe('URL state', () => {
  it('round-trips every field of the view state', () => {
    const encoded = encodeView(full);
    expect(encoded).toContain('hide=funding%2Cknowledge_transfer');
    expect(encoded).toContain('tri-actor=bra&tri-role=pivot&tri-basis=stated&tri-complete=no');
    expect(encoded).toContain('view=list');
    const { view, notices } = decodeView(`?${encoded}`, graph);
    expect(notices).toEqual([]);
    expect(view).toEqual(full);
  });

  it.each<AnalysisIntent>([
    { kind: 'arrangement', initiative: 'child' },
    { kind: 'path', from: 'pry', to: 'usdol' },
    { kind: 'ego', node: 'bra', depth: 2, direction: 'out' },
    { kind: 'transfers', from: 'bra', to: 'pry' },
    { kind: 'flow', from: 'bra', to: 'moz' },
  ])('round-trips the analysis intent %o', (analysis) => {
    const { view, notices } = decodeView(`?${encodeView({ ...DEFAULT_VIEW, analysis })}`, graph);
    expect(notices).toEqual([]);
    expect(view.analysis).toEqual(analysis);
  });

  it.each<ViewState['arrangementFilter']>([
    { role: 'beneficiary' },
    { actor: 'usdol', role: 'facilitator' },
    { basis: 'inferred', completeness: 'complete' },
    { actor: 'pry' },
  ])('round-trips the arrangement filter %o and nothing else', (arrangementFilter) => {
    const { view, notices } = decodeView(`?${encodeView({ ...DEFAULT_VIEW, arrangementFilter })}`, graph);
    expect(notices).toEqual([]);
    expect(view).toEqual({ ...DEFAULT_VIEW, arrangementFilter });
  });

  it('drops a bad arrangement filter parameter with a notice that names it, keeping the good ones', () => {
    const decoded = decodeView('?tri-actor=atlantis&tri-role=pivot&tri-basis=rumour&tri-complete=1', graph);
    const { view } = decoded;
    const notices = decoded.notices.map(english);
    expect(view.arrangementFilter).toEqual({ role: 'pivot' });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/"tri-actor": no node "atlantis"/);
    expect(notices[1]).toMatch(/"tri-basis": expected stated, inferred/);
    expect(notices[2]).toMatch(/"tri-complete": expected yes, no/);
    // A word that is a property of every object is not a value.
    expect(decodeView('?tri-role=constructor', graph).view.arrangementFilter).toEqual({});
  });

  it('writes the map layout and country flows as layout=map and flows=countries, and rejects others', () => {
    const encoded = encodeView({ ...DEFAULT_VIEW, layout: 'map', flows: 'countries' });
    expect(encoded).toBe('layout=map&flows=countries');
    expect(decodeView(`?${encoded}`, graph).view).toMatchObject({ layout: 'map', flows: 'countries' });
    const decoded = decodeView('?layout=globe&flows=lines', graph);
    const { view } = decoded;
    const notices = decoded.notices.map(english);
    expect([view.layout, view.flows]).toEqual(['network', 'arcs']);
    expect(notices).toEqual([
      'Ignored link parameter "layout": expected network, map.',
      'Ignored link parameter "flows": expected arcs, countries.',
    ]);
  });

  it('encodes the default view as an empty string', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('', graph).view).toEqual(DEFAULT_VIEW);
  });

  it('ignores unknown parameters and bad values with a notice each, keeping the good ones', () => {
    const { view, notices } = decodeView(
      '?foo=1&hide=funding,bogus&node=atlantis&cam=1,2&from=2020&to=2010&program=turbo&q=ok&color=rainbow&tri=nope',
      graph,
    );
    expect(view.filters.hiddenTypes).toEqual(new Set(['funding']));
    expect(view.selectedNode).toBeNull();
    expect(view.camera).toBeNull();
    expect(view.filters.period).toBeNull();
    expect(view.programPreference).toBe('auto');
    expect(view.query).toBe('ok');
    expect(view.colorBy).toBe('kind');
    expect(view.analysis).toBeNull();
    expect(notices).toHaveLength(8);
    const text = notices.map(english).join('\n');
    expect(text).toMatch(/no triangular arrangement in "nope"/);
    expect(text).toMatch(/"foo"/);
    expect(text).toMatch(/"bogus"/);
    expect(text).toMatch(/no node "atlantis"/);
  });

  it('drops a camera that would look outside the graph', () => {
    for (const cam of ['0.56,39.82,0.25', '0.5,0.5,0', '0.5,0.5,500', '-7,0.5,1', 'NaN,1,1']) {
      const { view, notices } = decodeView(`?cam=${cam}`, graph);
      expect(view.camera, cam).toBeNull();
      expect(notices, cam).toHaveLength(1);
    }
    expect(decodeView('?cam=0.66,0.71,0.25', graph).view.camera).toEqual({ x: 0.66, y: 0.71, ratio: 0.25 });
  });

  it('checks analysis parameters against the graph and keeps only one analysis', () => {
    const bad = ['path=pry', 'path=pry,atlantis', 'ego=bra,4,out', 'ego=bra,1,sideways', 'cell=bra'];
    for (const query of bad) {
      const { view, notices } = decodeView(`?${query}`, graph);
      expect(view.analysis, query).toBeNull();
      expect(notices, query).toHaveLength(1);
    }
    const both = decodeView('?tri=child&path=pry,usdol', graph);
    expect(both.view.analysis).toEqual({ kind: 'arrangement', initiative: 'child' });
    expect(both.notices.map(english).join()).toMatch(/only one analysis/);
  });

  it('cuts a long rejected value short in its notice', () => {
    const { notices } = decodeView(`?node=${'x'.repeat(300)}`, graph);
    expect(notices).toHaveLength(1);
    expect(english(notices[0]!).length).toBeLessThan(120);
  });

  it('survives a garbage query string', () => {
    expect(() => decodeView('?%E0%A4%A=&&==&node', graph)).not.toThrow();
  });
});

describe('the interface language in the link', () => {
  it('round-trips each language and drops an unknown one with a notice naming lang', () => {
    for (const lang of ['fr', 'es', 'pt'] as const) {
      const search = encodeView({ ...DEFAULT_VIEW, lang });
      expect(search).toBe(`lang=${lang}`);
      expect(decodeView(search, graph).view.lang).toBe(lang);
    }
    expect(encodeView(DEFAULT_VIEW)).not.toContain('lang');
    const { view, notices } = decodeView('lang=de', graph);
    expect(view.lang).toBe('en');
    expect(notices.map(english).join()).toContain('"lang"');
  });
});
