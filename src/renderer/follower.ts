// Store follower: recomputes the reducers when their inputs change and refreshes sigma without
// reindexing (a partial refresh for hover on large graphs); switches programs on request.
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { createEdgeReducer, createNodeReducer } from './reducers.ts';
import { renderInputs, renderView } from './render-view.ts';
import { programSettings } from './programs.ts';
import type { ProgramMode } from './program-choice.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface Follower {
  nodeReducer: (node: string, data: NodeAttributes) => ReturnType<ReturnType<typeof createNodeReducer>>;
  edgeReducer: (edge: string, data: EdgeAttributes) => ReturnType<ReturnType<typeof createEdgeReducer>>;
  /** Starts following the store with a live sigma; returns a function that stops. */
  attach: (sigma: AtlasSigma, pickMode: () => { mode: ProgramMode; reason: string; detail?: string }) => () => void;
}

export function createFollower(store: AtlasStore, cheapHover: boolean): Follower {
  let view = renderView(store.getState(), cheapHover);
  let nodeReducer = createNodeReducer(view);
  let edgeReducer = createEdgeReducer(view);
  return {
    nodeReducer: (node, data) => nodeReducer(node, data),
    edgeReducer: (edge, data) => edgeReducer(edge, data),
    attach: (sigma, pickMode) => {
      let inputs = renderInputs(store.getState());
      return store.subscribe((state, previous) => {
        const now = renderInputs(state);
        const changed = now.some((input, i) => input !== inputs[i]);
        if (changed || state.hoveredNode !== previous.hoveredNode) {
          inputs = now;
          const before = view.hover;
          view = renderView(state, cheapHover);
          nodeReducer = createNodeReducer(view);
          edgeReducer = createEdgeReducer(view);
          if (changed || !cheapHover) sigma.refresh({ skipIndexation: true, schedule: true });
          else {
            // Only the old and new hovered neighbourhoods change.
            const nodes = new Set([...(before?.nodes ?? []), ...(view.hover?.nodes ?? [])]);
            const edges = new Set([...(before?.edges ?? []), ...(view.hover?.edges ?? [])]);
            sigma.refresh({
              partialGraph: { nodes: [...nodes], edges: [...edges] },
              skipIndexation: true,
              schedule: true,
            });
          }
        }
        if (state.programPreference !== previous.programPreference) {
          const mode = pickMode();
          sigma.setSettings(programSettings(mode.mode));
          state.setProgramStatus(mode);
        }
      });
    },
  };
}
