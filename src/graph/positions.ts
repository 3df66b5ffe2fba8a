// Stray layout positions: a coordinate that is not finite, or lies more than OUTLIER_FACTOR median
// absolute deviations from the median, would shrink the whole picture to a dot. Such a node is moved
// to the centre of its well-placed neighbours (or of the layout) and reported by node and field.
import type { AtlasGraph } from './types.ts';

/** Far beyond any real layout (the curated graph's farthest node is 2.5 MADs out) yet close enough
 * that a node past it would squeeze the rest of the picture into a hundredth of the view. */
export const OUTLIER_FACTOR = 100;
type Axis = 'x' | 'y';

/** The value at quantile `q` (0..1) of sorted numbers, interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/**
 * The accepted range of one axis: median ± OUTLIER_FACTOR × the median absolute deviation (MAD), which
 * one stray value cannot inflate (unlike the range or the mean); the IQR, or |median| (at least 1),
 * stand in when more than half the values are equal.
 */
export function acceptedRange(values: readonly number[]): { min: number; max: number } | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  const iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  const spread = quantile(deviations, 0.5) || iqr || Math.max(Math.abs(median), 1);
  return { min: median - OUTLIER_FACTOR * spread, max: median + OUTLIER_FACTOR * spread };
}

const inRange = (value: number, range: { min: number; max: number } | null) =>
  Number.isFinite(value) && (!range || (value >= range.min && value <= range.max));

/** Moves stray nodes to a sensible place; returns one problem per moved node, naming it and the field. */
export function placeStrayNodes(graph: AtlasGraph): string[] {
  const ranges = { x: acceptedRange(collect(graph, 'x')), y: acceptedRange(collect(graph, 'y')) };
  const stray = new Map<string, Axis[]>();
  graph.forEachNode((node, attributes) => {
    const axes = (['x', 'y'] as const).filter((axis) => !inRange(attributes[axis], ranges[axis]));
    if (axes.length > 0) stray.set(node, axes);
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
    const where = anchors.length > 0 ? `the centre of its ${anchors.length} neighbour(s)` : 'the centre of the layout';
    return `node "${node}": ${was} is far outside the layout; placed at ${where}`;
  });
}

function collect(graph: AtlasGraph, axis: Axis): number[] {
  return graph.mapNodes((_, attributes) => attributes[axis]);
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
