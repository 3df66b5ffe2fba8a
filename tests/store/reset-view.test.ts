// "Reset the view" puts selection, filters, analysis, search, the open document and the camera back.
import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/store/store.ts';
import { HOME_CAMERA, resetView } from '../../src/store/reset-view.ts';
import { makeGraph } from '../fixtures/graph.ts';

describe('resetView', () => {
  it('clears what the user chose and puts the camera home', () => {
    const store = createAtlasStore();
    store.setState({ graph: makeGraph(), status: 'ready' });
    const s = store.getState();
    s.toggleRelationType('funding');
    s.setHideIsolated(true);
    s.findPaths('pry', 'moz');
    s.selectNode('bra');
    s.setQuery('bra');
    s.showEvidence({ source: 'doc', quote: 'q' });
    s.setCamera({ x: 3, y: -2, ratio: 0.01 });
    expect(store.getState().highlight).not.toBeNull();

    resetView(store);
    const after = store.getState();
    const initial = store.getInitialState();
    expect(after.filters).toEqual(initial.filters);
    expect([after.selectedNode, after.selectedEdge, after.highlight, after.pathQuery]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(after.activeArrangement).toBeNull();
    expect(after.query).toBe('');
    expect(after.openEvidence).toBeNull();
    expect(after.camera).toEqual(HOME_CAMERA);
    expect(after.graph).toBe(s.graph);
  });
});
