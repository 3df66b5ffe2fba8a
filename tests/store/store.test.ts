// The store: actions produce new state objects (so memoized selectors update), selectors stay
// stable between unrelated updates, and URL sync pushes history for selections only.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore, type AtlasStore } from '../../src/store/store.ts';
import {
  selectFacetCounts,
  selectSearchIndex,
  selectSelectedRelations,
  selectVisibility,
} from '../../src/store/selectors.ts';
import { makeGraph } from '../fixtures/graph.ts';

let store: AtlasStore;
beforeEach(() => {
  store = createAtlasStore();
  store.setState({ graph: makeGraph(), status: 'ready' });
});

describe('filter actions and selectors', () => {
  it('toggles a relation type with new Set instances and recomputes visibility', () => {
    const before = store.getState().filters;
    const visibleBefore = selectVisibility(store.getState()).visibleEdges;
    store.getState().toggleRelationType('knowledge_transfer');
    const after = store.getState().filters;
    expect(after).not.toBe(before);
    expect(after.hiddenTypes).not.toBe(before.hiddenTypes);
    expect(after.hiddenTypes.has('knowledge_transfer')).toBe(true);
    expect(selectVisibility(store.getState()).visibleEdges).toBe(visibleBefore - 2);
    store.getState().toggleRelationType('knowledge_transfer');
    expect(store.getState().filters.hiddenTypes.size).toBe(0);
  });

  it('returns the same derived objects while their inputs do not change', () => {
    const v1 = selectVisibility(store.getState());
    const c1 = selectFacetCounts(store.getState());
    store.getState().hoverNode('bra');
    store.getState().setQuery('par');
    expect(selectVisibility(store.getState())).toBe(v1);
    expect(selectFacetCounts(store.getState())).toBe(c1);
    const index = selectSearchIndex(store.getState());
    store.getState().setQuery('bra');
    expect(selectSearchIndex(store.getState())).toBe(index);
    expect(index?.labels.get('pry')).toBe('Paraguay');
  });

  it('groups the selected node relations and counts those hidden by filters', () => {
    store.getState().selectNode('pry');
    const relations = selectSelectedRelations(store.getState())!;
    expect(relations.groups.map((g) => `${g.type}:${g.direction}`)).toEqual([
      'knowledge_transfer:in',
      'participation:out',
    ]);
    store.getState().toggleRelationType('knowledge_transfer');
    const filtered = selectSelectedRelations(store.getState())!;
    expect(filtered.groups.map((g) => g.type)).toEqual(['participation']);
    expect(filtered.hiddenCount).toBe(1);
  });

  it('selecting with focus asks the renderer to move the camera; clearing resets selection', () => {
    store.getState().selectNode('bra', { focus: true });
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'frame', nodes: ['bra'] });
    store.getState().selectEdge('funding:usdol->child');
    expect(store.getState().selectedNode).toBeNull();
    store.getState().clearSelection();
    expect(store.getState().selectedEdge).toBeNull();
  });
});

describe('URL sync', () => {
  it('pushes history on selection, replaces it on filter change, and restores on popstate', async () => {
    vi.useFakeTimers();
    const { startUrlSync } = await import('../../src/store/url-sync.ts');
    const calls: string[] = [];
    const listeners: Record<string, () => void> = {};
    const location = { pathname: '/', search: '?node=bra&hide=funding', hash: '' };
    const record = (kind: string) => (_: unknown, __: string, url: string) => {
      calls.push(`${kind} ${url}`);
      location.search = url.slice(1);
    };
    const win = {
      location,
      history: { pushState: record('push'), replaceState: record('replace') },
      addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
      removeEventListener: () => undefined,
    } as unknown as Window;
    const stop = startUrlSync(store, win);
    expect(store.getState().selectedNode).toBe('bra');
    expect(store.getState().filters.hiddenTypes.has('funding')).toBe(true);
    store.getState().selectNode('pry');
    expect(calls.at(-1)).toBe('push /?node=pry&hide=funding');
    store.getState().toggleKind('forum');
    vi.advanceTimersByTime(300);
    expect(calls.at(-1)).toBe('replace /?node=pry&hide=funding&kinds=forum');
    store.getState().setArrangementFilter({ actor: 'bra', role: 'pivot' });
    store.getState().setArrangementFilter({ role: undefined });
    store.getState().setArrangementFilter({ role: 'beneficiary' });
    vi.advanceTimersByTime(300);
    expect(calls.at(-1)).toBe('replace /?node=pry&hide=funding&kinds=forum&tri-actor=bra&tri-role=beneficiary');
    expect(store.getState().arrangementFilter).toEqual({ actor: 'bra', role: 'beneficiary' });
    location.search = '?node=moz';
    listeners.popstate?.();
    expect(store.getState().selectedNode).toBe('moz');
    expect(store.getState().filters.hiddenKinds.size).toBe(0);
    expect(store.getState().arrangementFilter).toEqual({});
    stop();
    vi.useRealTimers();
  });
});

describe('analysis intents', () => {
  it('derives highlights from the intent, so a later filter change never leaves them stale', async () => {
    const { selectHighlight, selectPathResult } = await import('../../src/store/highlight.ts');
    store.getState().showEgo('bra', 1, 'both');
    expect(store.getState().analysis).toEqual({ kind: 'ego', node: 'bra', depth: 1, direction: 'both' });
    expect(selectHighlight(store.getState())!.nodes.has('pry')).toBe(true);
    store.getState().toggleRelationType('knowledge_transfer');
    const ego = selectHighlight(store.getState())!;
    expect(ego.nodes.has('pry')).toBe(false);
    expect([...ego.edges].some((edge) => edge.startsWith('knowledge_transfer'))).toBe(false);
    store.getState().toggleRelationType('knowledge_transfer');

    store.getState().findPaths('pry', 'usdol');
    expect(selectPathResult(store.getState())!.paths).toHaveLength(1);
    store.getState().toggleKind('initiative');
    expect(selectPathResult(store.getState())!.paths).toHaveLength(0);
    expect(selectHighlight(store.getState())!.edges.size).toBe(0);
    store.getState().toggleKind('initiative');
    expect(selectHighlight(store.getState())!.edges.size).toBe(2);
  });

  it('frames what an analysis highlights and clears it with the selection', () => {
    store.getState().showTransfers('bra', 'pry');
    expect(store.getState().cameraRequest).toMatchObject({
      kind: 'frame',
      nodes: expect.arrayContaining(['bra', 'pry']),
    });
    store.getState().clearSelection();
    expect(store.getState().analysis).toBeNull();
  });
});
