// Store follower: recomputes the reducers when their inputs change and refreshes sigma without
// reindexing (a partial refresh for hover on large graphs); switches programs on request.
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { createEdgeReducer, createNodeReducer, type RenderView } from './reducers.ts';
import { renderInputs, renderView } from './render-view.ts';
import { programSettings } from './programs.ts';
import type { ProgramMode } from './program-choice.ts';
import type { ProgramReason } from '../store/view-state.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;
type NodeDisplay = ReturnType<ReturnType<typeof createNodeReducer>>;
type EdgeDisplay = ReturnType<ReturnType<typeof createEdgeReducer>>;

/** Changes another controller makes to what the reducers return (the map: labels, curved arcs). */
export interface DisplayOverlay {
  node: ((node: string, display: NodeDisplay) => NodeDisplay) | null;
  edge: ((edge: string, display: EdgeDisplay, data: EdgeAttributes, view: RenderView) => EdgeDisplay) | null;
}

export interface Follower {
  nodeReducer: (node: string, data: NodeAttributes) => ReturnType<ReturnType<typeof createNodeReducer>>;
  edgeReducer: (edge: string, data: EdgeAttributes) => ReturnType<ReturnType<typeof createEdgeReducer>>;
  /** Starts following the store with a live sigma; returns a function that stops. */
  attach: (
    sigma: AtlasSigma,
    pickMode: () => { mode: ProgramMode; reason: ProgramReason; items?: number; detail?: string },
  ) => () => void;
  overlay: DisplayOverlay;
}

export function createFollower(store: AtlasStore, cheapHover: boolean): Follower {
  let view = renderView(store.getState(), cheapHover);
  let nodeReducer = createNodeReducer(view);
  let edgeReducer = createEdgeReducer(view);
  const overlay: DisplayOverlay = { node: null, edge: null };
  return {
    overlay,
    nodeReducer: (node, data) => (overlay.node ? overlay.node(node, nodeReducer(node, data)) : nodeReducer(node, data)),
    edgeReducer: (edge, data) =>
      overlay.edge ? overlay.edge(edge, edgeReducer(edge, data), data, view) : edgeReducer(edge, data),
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
          const settings = programSettings(mode.mode);
          // Programs registered by other controllers (the map's curved arcs) stay registered.
          const extra = sigma.getSetting('edgeProgramClasses');
          sigma.setSettings({ ...settings, edgeProgramClasses: { ...extra, ...settings.edgeProgramClasses } });
          state.setProgramStatus(mode);
        }
      });
    },
  };
}
