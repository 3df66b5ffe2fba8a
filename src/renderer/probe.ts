// A read-only window onto what sigma drew, for browser tests and the benchmark: where each node sits
// in the canvas (CSS px), whether it is hidden, and which parts of the canvas panels cover.
import type Sigma from 'sigma';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { NodePositions } from './positions.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface ProbedNode {
  key: string;
  /** Position in CSS pixels relative to the canvas container's top-left corner. */
  x: number;
  y: number;
  /** Drawn radius in CSS pixels. */
  radius: number;
  hidden: boolean;
  color: string;
  /** The node program drawing it (circle, point, square, ring, diamond): where its solid ink is. */
  type: string;
}

export interface CanvasProbe {
  nodes: () => ProbedNode[];
  camera: () => { x: number; y: number; ratio: number };
  /** Rectangles (relative to the canvas) covered by elements marked `data-covers-canvas`. */
  covered: () => { x: number; y: number; width: number; height: number }[];
  /** Number of frames sigma has rendered since the canvas mounted. */
  frames: () => number;
}

/** Elements laid over the canvas carry this attribute; framing leaves room for them. */
export const COVERS_CANVAS = 'data-covers-canvas';

export function coveredRects(container: HTMLElement) {
  const box = container.getBoundingClientRect();
  const rects = [];
  for (const element of document.querySelectorAll(`[${COVERS_CANVAS}]`)) {
    const r = element.getBoundingClientRect();
    const x1 = Math.max(r.left, box.left);
    const y1 = Math.max(r.top, box.top);
    const x2 = Math.min(r.right, box.right);
    const y2 = Math.min(r.bottom, box.bottom);
    if (x2 > x1 && y2 > y1) rects.push({ x: x1 - box.left, y: y1 - box.top, width: x2 - x1, height: y2 - y1 });
  }
  return rects;
}

export function createProbe(
  sigma: AtlasSigma,
  graph: AtlasGraph,
  container: HTMLElement,
  frames: () => number,
  positions: NodePositions = new NodePositions(),
): CanvasProbe {
  return {
    nodes: () =>
      graph.mapNodes((key, attributes) => {
        const data = sigma.getNodeDisplayData(key);
        // The shown position (network layout or map), not the display data: sigma normalizes display data in place (to its
        // framed space) only when it next renders, so between a refresh and a render it holds either.
        const at = sigma.graphToViewport(positions.of(key, attributes));
        return {
          key,
          x: at.x,
          y: at.y,
          radius: data ? sigma.scaleSize(data.size) : 0,
          hidden: data?.hidden ?? true,
          color: data?.color ?? '',
          type: data?.type ?? '',
        };
      }),
    camera: () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
    covered: () => coveredRects(container),
    frames,
  };
}
