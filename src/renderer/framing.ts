// Framing: the camera that shows a set of nodes inside the part of the canvas no panel covers.
// The one place where graph space, sigma's framed space and the viewport meet (sigma's display
// data is in graph space; its camera is in framed space).
import type { CameraState } from '../store/view-state.ts';

export interface Point {
  x: number;
  y: number;
}

/** What framing needs of the renderer; `sigmaSpace` adapts a live sigma, tests pass a fake. */
export interface CameraSpace {
  /** Graph coordinates (node attributes, display data) → framed coordinates (the camera's space). */
  toFramed: (graphPoint: Point) => Point;
  /** Framed coordinates → viewport pixels, for a given camera. */
  toViewport: (framedPoint: Point, camera: CameraState) => Point;
  width: number;
  height: number;
}

/** Pixels of the viewport covered by panels on each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface FramingOptions {
  insets?: Insets;
  /** Free pixels kept around the nodes. */
  margin?: number;
  /** Closest zoom when framing (a single node is shown at this ratio). */
  minRatio?: number;
  maxRatio?: number;
}

/** The camera that puts every point inside the uncovered part of the viewport, centred there. */
export function frameCamera(
  graphPoints: Point[],
  space: CameraSpace,
  options: FramingOptions = {},
): CameraState | null {
  const { insets = NO_INSETS, margin = 40, minRatio = 0.15, maxRatio = 1.5 } = options;
  const framed = graphPoints.map(space.toFramed).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (framed.length === 0) return null;
  const xs = framed.map((p) => p.x);
  const ys = framed.map((p) => p.y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  // Pixel extent of the points at ratio 1; the extent scales as 1 / ratio.
  const atOne = { ...centre, ratio: 1 };
  const pixels = framed.map((p) => space.toViewport(p, atOne));
  const spanX = Math.max(...pixels.map((p) => p.x)) - Math.min(...pixels.map((p) => p.x));
  const spanY = Math.max(...pixels.map((p) => p.y)) - Math.min(...pixels.map((p) => p.y));
  const freeWidth = Math.max(1, space.width - insets.left - insets.right - 2 * margin);
  const freeHeight = Math.max(1, space.height - insets.top - insets.bottom - 2 * margin);
  const ratio = Math.min(maxRatio, Math.max(minRatio, spanX / freeWidth, spanY / freeHeight));
  // Shift the camera so that the centre lands in the middle of the uncovered area, not of the viewport.
  const at = { ...centre, ratio };
  const origin = space.toViewport(centre, at);
  const step = 1e-3;
  const perUnitX = (space.toViewport({ x: centre.x + step, y: centre.y }, at).x - origin.x) / step;
  const perUnitY = (space.toViewport({ x: centre.x, y: centre.y + step }, at).y - origin.y) / step;
  const shiftX = (insets.left - insets.right) / 2;
  const shiftY = (insets.top - insets.bottom) / 2;
  const camera = {
    x: perUnitX !== 0 ? centre.x - shiftX / perUnitX : centre.x,
    y: perUnitY !== 0 ? centre.y - shiftY / perUnitY : centre.y,
    ratio,
  };
  // A canvas without a size (a hidden tab, a collapsed layout) gives no camera, never a NaN one.
  return [camera.x, camera.y, camera.ratio].every(Number.isFinite) ? camera : null;
}

/** Insets from rectangles laid over a viewport: tall ones cover a side, the others a top or bottom band. */
export function insetsFrom(
  rects: { x: number; y: number; width: number; height: number }[],
  width: number,
  height: number,
): Insets {
  const insets = { ...NO_INSETS };
  for (const r of rects) {
    if (r.height > height / 2) {
      if (r.x + r.width / 2 > width / 2) insets.right = Math.max(insets.right, width - r.x);
      else insets.left = Math.max(insets.left, r.x + r.width);
    } else if (r.width > width / 2) {
      if (r.y + r.height / 2 < height / 2) insets.top = Math.max(insets.top, r.y + r.height);
      else insets.bottom = Math.max(insets.bottom, height - r.y);
    }
  }
  return insets;
}
