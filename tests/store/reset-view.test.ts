// "Reset the view" puts selection, filters, analysis, search, the open document and the camera back.
import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/store/store.ts';
import { resetView } from '../../src/store/reset-view.ts';
import { selectHighlight } from '../../src/store/highlight.ts';
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
    expect(selectHighlight(store.getState())).not.toBeNull();

    resetView(store);
    const after = store.getState();
    const initial = store.getInitialState();
    expect(after.filters).toEqual(initial.filters);
    expect([after.selectedNode, after.selectedEdge, after.analysis, selectHighlight(after)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(after.query).toBe('');
    expect(after.openEvidence).toBeNull();
    expect(after.camera).toBeNull();
    expect(after.cameraRequest).toMatchObject({ kind: 'reset' });
    expect(after.graph).toBe(s.graph);
  });
});
