// The map's projection: Equal Earth (equal-area), fitted to a fixed world frame in graph coordinates
// (x east, y north, as sigma v3 draws graph y upwards), 360 units from the antimeridian to itself.
import { geoEqualEarth, type GeoProjection } from 'd3-geo';

export interface Point {
  x: number;
  y: number;
}

/** Width of the whole map in graph units, from longitude −180° to +180° at the equator. */
export const MAP_WIDTH = 360;
/** The latitudes the map frame shows: no graph country lies south of 58°S (Antarctica is left out). */
export const FRAME_LATITUDES = { south: -58, north: 84 } as const;

/** A new Equal Earth projection: (0°, 0°) at the origin, MAP_WIDTH wide, y pointing down (d3's way). */
export function mapProjection(): GeoProjection {
  return geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'Sphere' }).translate([0, 0]);
}

const projection = mapProjection();

/** Graph coordinates (y up) of a [longitude, latitude] pair. */
export function project(lonLat: readonly [number, number]): Point {
  const [x, y] = projection(lonLat as [number, number]) ?? [NaN, NaN];
  return { x, y: -y };
}

/** [longitude, latitude] of a point in graph coordinates, or null outside the map's outline. */
export function invert(point: Point): [number, number] | null {
  const lonLat = projection.invert?.([point.x, -point.y]);
  if (!lonLat || !lonLat.every(Number.isFinite)) return null;
  // Outside the outline d3 wraps around; projecting back tells.
  const back = project(lonLat);
  return Math.hypot(back.x - point.x, back.y - point.y) < 1e-6 ? lonLat : null;
}

/** The map frame in graph coordinates: x across the whole world, y between FRAME_LATITUDES. */
export const MAP_FRAME = {
  left: -MAP_WIDTH / 2,
  right: MAP_WIDTH / 2,
  bottom: project([0, FRAME_LATITUDES.south]).y,
  top: project([0, FRAME_LATITUDES.north]).y,
} as const;
