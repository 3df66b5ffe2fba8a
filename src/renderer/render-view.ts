// The reducers' inputs for a store state, and the references whose change calls for a refresh.
import type { AtlasState } from '../store/store.ts';
import { selectNodeColors, selectNodeSizes, selectVisibility } from '../store/selectors.ts';
import { selectHighlight } from '../store/highlight.ts';
import { computeFocus, type RenderView } from './reducers.ts';
import { nodeName } from '../i18n/i18n.ts';
import type { AtlasGraph } from '../graph/types.ts';

let namesCache: { graph: AtlasGraph; lang: string; names: ReadonlyMap<string, string> | null } | null = null;

/** Countries' names in the language where they differ from the label (none in English), once per graph and language. */
export function canvasNames(graph: AtlasGraph, lang: string): ReadonlyMap<string, string> | null {
  if (namesCache?.graph === graph && namesCache.lang === lang) return namesCache.names;
  const names = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'country') return;
    const name = nodeName(attributes, lang);
    if (name !== attributes.label) names.set(node, name);
  });
  namesCache = { graph, lang, names: names.size > 0 ? names : null };
  return namesCache.names;
}

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
    names: canvasNames(graph, state.lang),
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
  s.lang,
];
