// What the user points at: the selected node or edge, the hovered node (read only by the
// renderer, so hover never re-renders React), and requests to move the camera.
import type { StateCreator } from 'zustand';
import type { AtlasState } from './store.ts';

/** A camera move the renderer carries out (it alone knows coordinates); the nonce makes each new. */
export type CameraRequest = (
  { kind: 'frame'; nodes: string[] } | { kind: 'zoom'; factor: number } | { kind: 'fit' } | { kind: 'reset' }
) & {
  nonce: number;
};
type CameraMove = CameraRequest extends infer R ? (R extends unknown ? Omit<R, 'nonce'> : never) : never;

export interface SelectionSlice {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  cameraRequest: CameraRequest | null;
  selectNode: (node: string | null, options?: { focus?: boolean }) => void;
  selectEdge: (edge: string | null) => void;
  /** Clears the selection and the analysis shown. */
  clearSelection: () => void;
  hoverNode: (node: string | null) => void;
  moveCamera: (move: CameraMove) => void;
  frameNodes: (nodes: string[]) => void;
}

let nonce = 0;

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
  cameraRequest: null,
  selectNode: (node, options) =>
    set({
      selectedNode: node,
      selectedEdge: null,
      ...(node && options?.focus ? { cameraRequest: { kind: 'frame', nodes: [node], nonce: ++nonce } } : {}),
    }),
  selectEdge: (edge) => set({ selectedEdge: edge, selectedNode: null }),
  clearSelection: () => set({ selectedNode: null, selectedEdge: null, analysis: null }),
  hoverNode: (hoveredNode) => set({ hoveredNode }),
  moveCamera: (move) => set({ cameraRequest: { ...move, nonce: ++nonce } as CameraRequest }),
  frameNodes: (nodes) => set({ cameraRequest: { kind: 'frame', nodes, nonce: ++nonce } }),
});
