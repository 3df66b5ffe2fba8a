// Places satellites (organizations, hosted forums) on rings around an anchor point so that none comes
// closer than `gap` to a country or to another satellite; a grid of occupied points keeps it linear.
import type { Point } from './projection.ts';

export interface RingOptions {
  /** Radius of the first ring, in graph units. */
  radius: number;
  /** Distance between consecutive rings. */
  step: number;
  /** Least distance between a satellite and any occupied point. */
  gap: number;
}

/** Occupied points in a uniform grid of cells `gap` wide: a free check looks at 3 × 3 cells. */
export class Occupancy {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly gap: number) {}

  private key(cx: number, cy: number) {
    return `${cx},${cy}`;
  }

  add(point: Point): void {
    const key = this.key(Math.floor(point.x / this.gap), Math.floor(point.y / this.gap));
    const cell = this.cells.get(key);
    if (cell) cell.push(point);
    else this.cells.set(key, [point]);
  }

  isFree(point: Point): boolean {
    const cx = Math.floor(point.x / this.gap);
    const cy = Math.floor(point.y / this.gap);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of this.cells.get(this.key(cx + dx, cy + dy)) ?? [])
          if (Math.hypot(other.x - point.x, other.y - point.y) < this.gap) return false;
    return true;
  }
}

/** Slots around `anchor`, ring after ring, from north clockwise (odd rings offset by half a slot). */
function* slots(anchor: Point, { radius, step, gap }: RingOptions): Generator<Point> {
  for (let ring = 0; ; ring++) {
    const r = radius + ring * step;
    const count = Math.max(6, Math.floor((2 * Math.PI * r) / gap));
    const offset = ring % 2 ? 0.5 : 0;
    for (let k = 0; k < count; k++) {
      const angle = Math.PI / 2 - (2 * Math.PI * (k + offset)) / count;
      yield { x: anchor.x + r * Math.cos(angle), y: anchor.y + r * Math.sin(angle) };
    }
  }
}

/** Positions for `count` satellites of `anchor`, each at the first free slot; marks them occupied. */
export function placeOnRings(anchor: Point, count: number, occupancy: Occupancy, options: RingOptions): Point[] {
  const placed: Point[] = [];
  for (const slot of slots(anchor, options)) {
    if (placed.length === count) break;
    if (!occupancy.isFree(slot)) continue;
    occupancy.add(slot);
    placed.push(slot);
  }
  return placed;
}
