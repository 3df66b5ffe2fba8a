// What the user points at: the selected node or edge, the hovered node (read only by the
// renderer, so hover never re-renders React), and requests to move the camera.
import type { StateCreator } from 'zustand';
import type { AtlasState } from './store.ts';

export interface Highlight {
  /** What is highlighted, e.g. "Triangular arrangement: …". */
  label: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface SelectionSlice {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  highlight: Highlight | null;
  /** The renderer moves the camera to these nodes when the nonce changes. */
  cameraRequest: { nodes: string[]; nonce: number } | null;
  selectNode: (node: string | null, options?: { focus?: boolean }) => void;
  selectEdge: (edge: string | null) => void;
  clearSelection: () => void;
  hoverNode: (node: string | null) => void;
  setHighlight: (highlight: Highlight | null, options?: { frame?: boolean }) => void;
  frameNodes: (nodes: string[]) => void;
}

let nonce = 0;

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
  highlight: null,
  cameraRequest: null,
  selectNode: (node, options) =>
    set({
      selectedNode: node,
      selectedEdge: null,
      ...(node && options?.focus ? { cameraRequest: { nodes: [node], nonce: ++nonce } } : {}),
    }),
  selectEdge: (edge) => set({ selectedEdge: edge, selectedNode: null }),
  clearSelection: () => set({ selectedNode: null, selectedEdge: null, highlight: null }),
  hoverNode: (hoveredNode) => set({ hoveredNode }),
  setHighlight: (highlight, options) =>
    set({
      highlight,
      ...(highlight && options?.frame ? { cameraRequest: { nodes: [...highlight.nodes], nonce: ++nonce } } : {}),
    }),
  frameNodes: (nodes) => set({ cameraRequest: { nodes, nonce: ++nonce } }),
});
