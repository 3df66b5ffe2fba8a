// A point inside a country's own territory to pin its node to: the pole of inaccessibility (polylabel)
// of its largest polygon on the map, never a centroid, which can fall in the sea or in a neighbour.
import polylabel from 'polylabel';
import type { Point } from './projection.ts';
import type { CountryShape } from './world.ts';

/** polylabel's precision in graph units (about 5 km). */
const PRECISION = 0.05;
const cache = new WeakMap<CountryShape, Point>();

/** The pole of inaccessibility of the country's largest polygon, in graph coordinates (memoized). */
export function representativePoint(shape: CountryShape): Point | null {
  const known = cache.get(shape);
  if (known) return known;
  // Equal Earth is equal-area: the largest polygon on the map is the largest on the ground.
  const largest = shape.polygons.reduce<CountryShape['polygons'][number] | null>(
    (best, polygon) => (best && best.area >= polygon.area ? best : polygon),
    null,
  );
  if (!largest) return null;
  const rings = largest.rings.map((ring) =>
    Array.from({ length: ring.length / 2 }, (_, i): [number, number] => [ring[2 * i]!, ring[2 * i + 1]!]),
  );
  const [x, y] = polylabel(rings, PRECISION);
  const point = { x, y };
  cache.set(shape, point);
  return point;
}
