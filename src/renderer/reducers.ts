// Reducer factories for sigma: they only look things up in sets and maps precomputed when the
// store changes (visibility, focus, sizes), never in the store or the graph's neighbours.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { FADED_COLOR, KIND_COLORS, RELATION_COLORS, ROLE_COLORS, KIND_SHAPES } from '../appearance/palette.ts';
import type { TriangularRole } from '../analysis/triangular-types.ts';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { KeySet } from '../graph/graph-index.ts';

export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes coloured by their role in a triangular arrangement instead of their kind or metric. */
  roles?: ReadonlyMap<string, TriangularRole>;
}

export interface RenderView {
  hiddenNodes: KeySet;
  hiddenEdges: KeySet;
  sizes: ReadonlyMap<string, number>;
  /** Colour by node when an encoding other than kind is chosen. */
  colors: ReadonlyMap<string, string> | null;
  /** Nodes and edges to keep bright while the rest fades (selection, highlight, hover on small graphs). */
  focus: Focus | null;
  /** Emphasis without fading (hover on large graphs, where fading everything costs a full refresh). */
  hover?: Focus | null;
  selected: string | null;
  /** Names drawn instead of the label (countries in the interface language), when any differ. */
  names?: ReadonlyMap<string, string> | null;
}

/** The nodes and edges to keep bright: the hovered or selected node with its neighbours, or a highlight. */
export function computeFocus(
  graph: AtlasGraph,
  hiddenEdges: KeySet,
  target: { node?: string | null; edge?: string | null; highlight?: Focus | null },
): Focus | null {
  if (target.highlight) return target.highlight;
  if (target.node && graph.hasNode(target.node)) {
    const nodes = new Set([target.node]);
    const edges = new Set<string>();
    graph.forEachEdge(target.node, (edge, _attributes, source, other) => {
      if (hiddenEdges.has(edge)) return;
      edges.add(edge);
      nodes.add(source === target.node ? other : source);
    });
    return { nodes, edges };
  }
  if (target.edge && graph.hasEdge(target.edge))
    return { nodes: new Set(graph.extremities(target.edge)), edges: new Set([target.edge]) };
  return null;
}

/**
 * Up to this many nodes in a highlight or hovered neighbourhood, every one keeps its label; beyond, sigma's
 * label grid picks among them (the faded rest has none), so that a 100-node ego network is not a smear of text.
 */
export const FORCE_LABELS_MAX = 40;

export function createNodeReducer(view: RenderView) {
  const colorOf = (node: string, data: NodeAttributes) => {
    const role = view.focus?.roles?.get(node);
    return role ? ROLE_COLORS[role] : (view.colors?.get(node) ?? KIND_COLORS[data.kind]);
  };
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    // sigma needs a position even for a hidden node (without one it stops processing the graph).
    if (view.hiddenNodes.has(node)) return { x: data.x, y: data.y, size: 0, hidden: true };
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: view.names?.get(node) ?? data.label,
      size: view.sizes.get(node) ?? 3,
      color: colorOf(node, data),
      type: KIND_SHAPES[data.kind],
    };
    if (view.focus) {
      if (view.focus.nodes.has(node)) {
        display.forceLabel = view.focus.nodes.size <= FORCE_LABELS_MAX;
        display.zIndex = 1;
      } else {
        display.color = FADED_COLOR;
        display.label = null;
        display.zIndex = 0;
      }
    }
    if (view.hover?.nodes.has(node)) {
      display.color = colorOf(node, data);
      display.label = view.names?.get(node) ?? data.label;
      display.forceLabel = view.hover.nodes.size <= FORCE_LABELS_MAX;
      display.highlighted = true;
      display.zIndex = 2;
    }
    if (node === view.selected) {
      display.highlighted = true;
      display.zIndex = 2;
    }
    return display;
  };
}

export function createEdgeReducer(view: RenderView) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    if (view.hiddenEdges.has(edge)) return { hidden: true };
    const display: Partial<EdgeDisplayData> = {
      color: RELATION_COLORS[data.type],
      size: 1,
      type: data.directed ? 'arrow' : 'line',
    };
    if (view.focus) {
      if (view.focus.edges.has(edge)) {
        display.size = 2.5;
        display.zIndex = 1;
      } else {
        display.color = FADED_COLOR;
        display.zIndex = 0;
      }
    }
    if (view.hover?.edges.has(edge)) {
      display.color = RELATION_COLORS[data.type];
      display.size = 2.5;
      display.zIndex = 1;
    }
    return display;
  };
}
