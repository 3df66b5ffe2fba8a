// Lays out nodes that have no place on the map in horizontal bands under it: each node as near as
// it can be to the mean x of the placed nodes it relates to, at least `gap` from its row neighbours.
import type { Point } from './projection.ts';

export interface BandItem {
  key: string;
  label: string;
  /** Where the node would like to be across the map (mean x of its placed neighbours), if anywhere. */
  wanted: number | undefined;
}

export interface BandFrame {
  left: number;
  right: number;
  /** y of the band's upper edge; rows go downwards from it. */
  top: number;
  rowHeight: number;
  gap: number;
}

/** Packs sorted wishes into [left, right] with at least `gap` between neighbours. */
function packRow(wanted: number[], { left, right, gap }: BandFrame): number[] {
  const xs = wanted.map((x) => Math.min(right, Math.max(left, x)));
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + gap);
  for (let i = xs.length - 1; i >= 0; i--) xs[i] = Math.min(xs[i]!, i === xs.length - 1 ? right : xs[i + 1]! - gap);
  return xs;
}

/** Positions of the items and the number of rows used; nodes with no wish go last, by label. */
export function layoutBand(
  items: readonly BandItem[],
  frame: BandFrame,
): { positions: Map<string, Point>; rows: number } {
  const sorted = [...items].sort(
    (a, b) =>
      (a.wanted ?? Infinity) - (b.wanted ?? Infinity) || a.label.localeCompare(b.label) || a.key.localeCompare(b.key),
  );
  const perRow = Math.max(1, Math.floor((frame.right - frame.left) / frame.gap) + 1);
  const rows = Math.ceil(sorted.length / perRow);
  const positions = new Map<string, Point>();
  for (let row = 0; row < rows; row++) {
    // Dealing items out row by row keeps every row ordered from west to east.
    const members = sorted.filter((_, i) => i % rows === row);
    const xs = packRow(
      members.map((item) => item.wanted ?? Infinity),
      frame,
    );
    const y = frame.top - (row + 0.5) * frame.rowHeight;
    members.forEach((item, i) => positions.set(item.key, { x: xs[i]!, y }));
  }
  return { positions, rows };
}
