// The reducers' inputs for a store state, and the references whose change calls for a refresh.
import type { AtlasState } from '../store/store.ts';
import { selectNodeColors, selectNodeSizes, selectVisibility } from '../store/selectors.ts';
import { selectHighlight } from '../store/highlight.ts';
import { computeFocus, type RenderView } from './reducers.ts';

/**
 * On small graphs hover fades everything but the hovered node's neighbourhood; on large ones
 * (where that means re-processing every node and edge) hover only emphasises the neighbourhood,
 * which a partial refresh can draw.
 */
export function renderView(state: AtlasState, cheapHover: boolean): RenderView {
  const { hiddenNodes, hiddenEdges } = selectVisibility(state);
  const graph = state.graph!;
  const hovered = cheapHover ? null : state.hoveredNode;
  // A selected node that the filters hide is not drawn, so nothing fades around it.
  const selected = state.selectedNode && !hiddenNodes.has(state.selectedNode) ? state.selectedNode : null;
  const focus = computeFocus(graph, hiddenEdges, {
    highlight: selectHighlight(state),
    node: hovered ?? selected,
    edge: state.selectedEdge,
  });
  const hover = cheapHover && state.hoveredNode ? computeFocus(graph, hiddenEdges, { node: state.hoveredNode }) : null;
  return {
    hiddenNodes,
    hiddenEdges,
    sizes: selectNodeSizes(state) ?? new Map(),
    colors: selectNodeColors(state),
    focus,
    hover,
    selected: state.selectedNode,
  };
}

/** What the reducers depend on; the canvas refreshes only when one of these references changes. */
export const renderInputs = (s: AtlasState): unknown[] => [
  selectVisibility(s),
  selectNodeSizes(s),
  selectNodeColors(s),
  selectHighlight(s),
  s.selectedNode,
  s.selectedEdge,
];
