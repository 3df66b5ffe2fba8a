// The switch between layouts as a tween: each node moves from where it is drawn to where it goes, and
// the camera's bounding box follows, so the picture stays framed. Pure (no sigma), so it is testable.
import type { Point } from './positions.ts';

export interface BBox {
  x: [number, number];
  y: [number, number];
}

/** The bounding box of the nodes' x, y attributes (sigma's own extent of a graph). */
export function extentOf(points: Iterable<Point>): BBox {
  const box: BBox = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  for (const { x, y } of points) {
    [box.x[0], box.x[1]] = [Math.min(box.x[0], x), Math.max(box.x[1], x)];
    [box.y[0], box.y[1]] = [Math.min(box.y[0], y), Math.max(box.y[1], y)];
  }
  return Number.isFinite(box.x[0]) ? box : { x: [0, 1], y: [0, 1] };
}

/** Ease in and out (cubic). */
export const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export function lerpBBox(a: BBox, b: BBox, t: number): BBox {
  return {
    x: [lerp(a.x[0], b.x[0], t), lerp(a.x[1], b.x[1], t)],
    y: [lerp(a.y[0], b.y[0], t), lerp(a.y[1], b.y[1], t)],
  };
}

export interface Tween {
  /** Hands `write` every node's position at raw time t ∈ [0, 1] (eased inside); allocates nothing. */
  at(t: number, write: (node: string, x: number, y: number) => void): void;
}

/** A tween over `nodes` from `from(node)` to `to(node)`, both read once, when it is made. */
export function layoutTween(
  nodes: readonly string[],
  from: (node: string) => Point,
  to: (node: string) => Point,
): Tween {
  const starts = new Float64Array(nodes.length * 2);
  const ends = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    const [a, b] = [from(node), to(node)];
    [starts[2 * i], starts[2 * i + 1], ends[2 * i], ends[2 * i + 1]] = [a.x, a.y, b.x, b.y];
  });
  return {
    at(t, write) {
      const k = ease(Math.min(1, Math.max(0, t)));
      for (let i = 0; i < nodes.length; i++)
        write(nodes[i]!, lerp(starts[2 * i]!, ends[2 * i]!, k), lerp(starts[2 * i + 1]!, ends[2 * i + 1]!, k));
    },
  };
}

/**
 * Runs `step(t)` once per animation frame for `duration` ms (t from 0 to 1, the last call with 1), then
 * `done()`. Returns a function that stops it (without calling done). A slow frame is not made up for:
 * the next frame simply jumps further, so a large graph gets fewer frames, not a longer switch.
 */
export function animate(
  duration: number,
  step: (t: number) => void,
  done: () => void,
  frames: { request: (callback: (now: number) => void) => number; cancel: (id: number) => void } = {
    request: (callback) => requestAnimationFrame(callback),
    cancel: (id) => cancelAnimationFrame(id),
  },
): () => void {
  let start: number | null = null;
  let id = 0;
  const tick = (now: number) => {
    start ??= now;
    const t = duration <= 0 ? 1 : Math.min(1, (now - start) / duration);
    step(t);
    if (t < 1) id = frames.request(tick);
    else done();
  };
  id = frames.request(tick);
  return () => frames.cancel(id);
}
