// Projects GeoJSON into flat graph-coordinate rings and lines through d3's projection stream, which
// cuts shapes at the antimeridian (Fiji, Chukotka) instead of drawing them across the whole map.
import { geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import { mapProjection } from './projection.ts';

/** A projected polygon: its outer ring first, then its holes; `area` in square graph units. */
export interface ProjectedPolygon {
  rings: Float32Array[];
  area: number;
}

/** Consecutive points closer than this (graph units, about 5 km) are merged: LEVEL_STEPS[0]. */
const MIN_STEP = 0.05;
const projection = mapProjection().precision(0.05);

/** Signed shoelace area; in d3's y-down coordinates outer rings are clockwise, so positive. */
function signedArea(ring: readonly number[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2)
    sum += ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
  return sum / 2;
}

function insideRing(x: number, y: number, ring: readonly number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Flips y (d3 draws y down, sigma's graph has y up) into a compact array. */
const toGraph = (ring: readonly number[]) => Float32Array.from(ring, (v, i) => (i % 2 ? -v : v));

function groupRings(rings: number[][]): ProjectedPolygon[] {
  const outers = rings.filter((ring) => signedArea(ring) > 0);
  const holes = rings.filter((ring) => signedArea(ring) < 0);
  return outers.map((outer) => {
    const own = holes.filter((hole) => insideRing(hole[0]!, hole[1]!, outer));
    const area = signedArea(outer) + own.reduce((sum, hole) => sum + signedArea(hole), 0);
    return { rings: [outer, ...own].map(toGraph), area };
  });
}

function collect(object: GeoPermissibleObjects) {
  const polygons: ProjectedPolygon[] = [];
  const lines: Float32Array[] = [];
  let rings: number[][] | null = null;
  let line: number[] = [];
  const sink: GeoStream = {
    point(x, y) {
      const n = line.length;
      if (n === 0 || Math.hypot(x - line[n - 2]!, y - line[n - 1]!) >= MIN_STEP) line.push(x, y);
    },
    lineStart: () => void (line = []),
    lineEnd: () => void (line.length >= 4 && (rings ? rings.push(line) : lines.push(toGraph(line)))),
    polygonStart: () => void (rings = []),
    polygonEnd() {
      polygons.push(...groupRings(rings!));
      rings = null;
    },
    sphere: () => undefined,
  };
  geoStream(object, projection.stream(sink));
  return { polygons, lines };
}

/** The projected polygons of a shape, cut at the antimeridian. */
export const projectPolygons = (object: GeoPermissibleObjects): ProjectedPolygon[] => collect(object).polygons;

/** The projected lines of a line geometry (borders, coasts), cut at the antimeridian. */
export const projectLines = (object: GeoPermissibleObjects): Float32Array[] => collect(object).lines;
