// Opening files through the store: a good file replaces the graph and starts the view afresh, a
// broken one leaves the graph and the view as they were and keeps its report; CSV waits for the
// mapping; "Back to the SSTC graph" restores the graph with its load problems; exports follow the filters.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasStore } from '../../src/store/store.ts';
import { exportView } from '../../src/store/export-view.ts';
import { exportJson } from '../../src/interchange/export.ts';
import { importGraph } from '../../src/interchange/import.ts';
import { makeGraph } from '../fixtures/graph.ts';

let store: AtlasStore;
const atlas = makeGraph();
beforeEach(() => {
  store = createAtlasStore();
  store.setState({ graph: atlas, status: 'ready', source: 'data/graph.json', loadProblems: ['one problem'] });
});

const ring = {
  name: 'ring.json',
  text: exportJson(importGraph({ name: 'r.csv', text: 'source,target\na,b\nb,c\n' }).graph!),
};

describe('openFiles', () => {
  it('replaces the graph with a good file, resets the view, metrics and camera, and keeps the SSTC graph aside', async () => {
    store.getState().toggleRelationType('funding');
    store.getState().selectNode('bra');
    store.setState({ tab: 'analyse', colorBy: 'community', metricsStatus: 'ready', programPreference: 'fast' });
    await store.getState().openFiles([ring]);
    const state = store.getState();
    expect(state.graph!.nodes()).toEqual(['a', 'b', 'c']);
    expect(state.imported?.name).toBe('ring.json');
    expect(state.importReport).toMatchObject({ name: 'ring.json', kept: { nodes: 3, edges: 2 } });
    expect(state.importReportOpen).toBe(true);
    expect(state.filters.hiddenTypes.size).toBe(0);
    expect([state.selectedNode, state.tab, state.colorBy, state.metricsStatus]).toEqual([
      null,
      'explore',
      'kind',
      'idle',
    ]);
    expect(state.programPreference).toBe('fast');
    expect(state.loadProblems).toEqual([]);
    expect(state.atlasGraph?.graph).toBe(atlas);
  });

  it('keeps the graph and the view when the file is broken, and reports why', async () => {
    store.getState().toggleRelationType('funding');
    const filters = store.getState().filters;
    await store.getState().openFiles([{ name: 'broken.gexf', text: '<gexf><graph><nodes><node id="a"' }]);
    const state = store.getState();
    expect(state.graph).toBe(atlas);
    expect(state.filters).toBe(filters);
    expect(state.imported).toBeNull();
    expect(state.importReport?.error).toMatch(/^broken\.gexf: cannot be read as GEXF/);
    expect(state.importReportOpen).toBe(true);
    expect(state.importProgress).toBeNull();
  });

  it('refuses three files, or a CSV with a GEXF, naming them', async () => {
    await store.getState().openFiles([
      { name: 'a.gexf', text: '' },
      { name: 'b.csv', text: '' },
    ]);
    expect(store.getState().importReport?.error).toBe(
      'a.gexf, b.csv: open one GEXF, GraphML or JSON file, or one or two CSV files (edges, and optionally nodes)',
    );
    expect(store.getState().graph).toBe(atlas);
  });

  it('waits for the CSV mapping, tells edges from nodes by their columns, swaps, and imports with the mapping', async () => {
    const nodes = { name: 'list.csv', text: 'ID,Name,Category\np,Paraguay,country\nb,Brazil,country\n' };
    const edges = { name: 'people.csv', text: 'From,To,Relation\nb,p,knowledge_transfer\n' };
    await store.getState().openFiles([nodes, edges]);
    const pending = store.getState().pendingCsv!;
    expect([pending.edges.name, pending.nodes?.name]).toEqual(['people.csv', 'list.csv']);
    expect(pending.mapping).toEqual({
      edges: { source: 'From', target: 'To', type: 'Relation' },
      nodes: { key: 'ID', label: 'Name', kind: 'Category' },
    });
    expect(store.getState().graph).toBe(atlas);
    store.getState().swapCsvFiles();
    expect(store.getState().pendingCsv?.edges.name).toBe('list.csv');
    store.getState().swapCsvFiles();
    await store.getState().confirmCsv(pending.mapping);
    const graph = store.getState().graph!;
    expect(store.getState().pendingCsv).toBeNull();
    expect(graph.getNodeAttributes('p')).toMatchObject({ label: 'Paraguay', kind: 'country' });
    expect(graph.mapEdges((_e, a, s, t) => `${s} ${a.type} ${t}`)).toEqual(['b knowledge_transfer p']);
  });

  it('never lets a cancelled import replace the graph', async () => {
    const running = store.getState().openFiles([ring]);
    store.getState().cancelImport();
    await running;
    expect(store.getState().graph).toBe(atlas);
    expect(store.getState().importProgress).toBeNull();
  });
});

describe('restoreAtlasGraph', () => {
  it('brings back the SSTC graph and its load problems, from any number of imports, with a fresh view', async () => {
    await store.getState().openFiles([ring]);
    await store.getState().openFiles([{ ...ring, name: 'again.json' }]);
    store.getState().selectNode('a');
    store.getState().restoreAtlasGraph();
    const state = store.getState();
    expect(state.graph).toBe(atlas);
    expect([state.imported, state.atlasGraph, state.selectedNode]).toEqual([null, null, null]);
    expect([state.source, state.loadProblems, state.importReportOpen]).toEqual([
      'data/graph.json',
      ['one problem'],
      false,
    ]);
  });
});

describe('exportView', () => {
  it('exports what the filters keep, named after the graph', async () => {
    store.getState().toggleRelationType('funding');
    const [file] = exportView(store.getState(), 'json');
    const exported = JSON.parse(file!.text) as { edges: { attributes: { type: string } }[] };
    expect(file!.name).toBe('sstc-atlas.json');
    expect(exported.edges.length).toBe(atlas.filterEdges((_e, a) => a.type !== 'funding').length);
    expect(exported.edges.some((edge) => edge.attributes.type === 'funding')).toBe(false);
    await store.getState().openFiles([ring]);
    expect(exportView(store.getState(), 'csv').map((f) => f.name)).toEqual(['ring-nodes.csv', 'ring-edges.csv']);
  });
});
