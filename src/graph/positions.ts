// Stray layout positions: a coordinate that is not finite, or lies more than OUTLIER_FACTOR median
// absolute deviations from the median, would shrink the whole picture to a dot. Such a node is moved
// to the centre of its well-placed neighbours (or of the layout) and reported by node and field.
import type { AtlasGraph } from './types.ts';

/** Far beyond any real layout (the curated graph's farthest node is 2.5 MADs out) yet close enough
 * that a node past it would squeeze the rest of the picture into a hundredth of the view. */
export const OUTLIER_FACTOR = 100;
type Axis = 'x' | 'y';

/** The k-th smallest value (0-based); reorders `values` in place (quickselect, linear on average). */
export function kthSmallest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k]!;
}

/** The value at quantile `q` (0..1), interpolated between neighbours; reorders `values`. */
export function quantile(values: Float64Array, q: number): number {
  const at = (values.length - 1) * q;
  const low = Math.floor(at);
  const value = kthSmallest(values, low);
  if (at === low) return value;
  let next = Infinity; // the smallest value above position `low`, all of which are >= value
  for (let i = low + 1; i < values.length; i++) next = Math.min(next, values[i]!);
  return value + (next - value) * (at - low);
}

/**
 * The accepted range of one axis: median ± OUTLIER_FACTOR × the median absolute deviation (MAD), which
 * one stray value cannot inflate (unlike the range or the mean); the IQR, or |median| (at least 1),
 * stand in when more than half the values are equal. Linear time: it runs on every load.
 */
export function acceptedRange(values: ArrayLike<number>): { min: number; max: number } | null {
  const finite = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite[count++] = values[i]!;
  if (count === 0) return null;
  const kept = finite.subarray(0, count);
  const median = quantile(kept, 0.5);
  const deviations = kept.map((value) => Math.abs(value - median));
  const iqr = quantile(kept, 0.75) - quantile(kept, 0.25);
  const spread = quantile(deviations, 0.5) || iqr || Math.max(Math.abs(median), 1);
  return { min: median - OUTLIER_FACTOR * spread, max: median + OUTLIER_FACTOR * spread };
}

const inRange = (value: number, range: { min: number; max: number } | null) =>
  Number.isFinite(value) && (!range || (value >= range.min && value <= range.max));

/** A node moved back into the layout: its coordinates that were far out, and how many neighbours placed it. */
export interface StrayNode {
  node: string;
  /** e.g. "x = 1e9, y = 3" */
  was: string;
  /** 0: placed at the centre of the layout. */
  neighbours: number;
}

/** Moves stray nodes to a sensible place; returns one problem per moved node, naming it and the field. */
export function placeStrayNodes(graph: AtlasGraph): string[] {
  return moveStrayNodes(graph).map(({ node, was, neighbours }) => {
    const where = neighbours > 0 ? `the centre of its ${neighbours} neighbour(s)` : 'the centre of the layout';
    return `node "${node}": ${was} is far outside the layout; placed at ${where}`;
  });
}

/** The same as placeStrayNodes, each moved node as data (for an interface that words it itself). */
export function moveStrayNodes(graph: AtlasGraph): StrayNode[] {
  const { xs, ys } = coordinates(graph);
  const ranges = { x: acceptedRange(xs), y: acceptedRange(ys) };
  const stray = new Map<string, Axis[]>();
  graph.forEachNode((node, { x, y }) => {
    const xOk = inRange(x, ranges.x);
    if (xOk && inRange(y, ranges.y)) return;
    stray.set(node, xOk ? ['y'] : inRange(y, ranges.y) ? ['x'] : ['x', 'y']);
  });
  if (stray.size === 0) return [];
  const centre = centreOf(
    graph,
    graph.filterNodes((node) => !stray.has(node)),
  );
  return [...stray].map(([node, axes]) => {
    const anchors = graph.neighbors(node).filter((neighbour) => !stray.has(neighbour));
    const place = anchors.length > 0 ? centreOf(graph, anchors) : centre;
    const was = axes.map((axis) => `${axis} = ${graph.getNodeAttribute(node, axis)}`).join(', ');
    graph.mergeNodeAttributes(node, place);
    return { node, was, neighbours: anchors.length };
  });
}

function coordinates(graph: AtlasGraph): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(graph.order);
  const ys = new Float64Array(graph.order);
  let i = 0;
  graph.forEachNode((_, { x, y }) => {
    xs[i] = x;
    ys[i++] = y;
  });
  return { xs, ys };
}

function centreOf(graph: AtlasGraph, nodes: readonly string[]): { x: number; y: number } {
  if (nodes.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const node of nodes) {
    x += graph.getNodeAttribute(node, 'x');
    y += graph.getNodeAttribute(node, 'y');
  }
  return { x: x / nodes.length, y: y / nodes.length };
}
