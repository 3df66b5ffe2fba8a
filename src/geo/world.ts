// The world as the map uses it: country shapes keyed by ISO numeric code, projected once into graph
// coordinates, and the basemap's land, borders and coastlines as flat lines at a few levels of detail.
import { feature, merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { projectLines, projectPolygons, type ProjectedPolygon } from './project-geometry.ts';

export interface CountryShape {
  /** ISO 3166-1 numeric code, three digits ("076"). */
  id: string;
  name: string;
  /** The shape on the sphere (longitude, latitude), as Natural Earth draws it. */
  feature: Feature<Polygon | MultiPolygon>;
  /** The same shape projected into graph coordinates. */
  polygons: ProjectedPolygon[];
}

/** Flat rings and lines [x0, y0, x1, y1, …] in graph coordinates; `step`: least distance between points. */
export interface BasemapLevel {
  step: number;
  land: Float32Array[];
  borders: Float32Array[];
  coast: Float32Array[];
}

/** The basemap from the finest level to the coarsest. */
export interface BasemapGeometry {
  levels: BasemapLevel[];
}

export interface World {
  countries: ReadonlyMap<string, CountryShape>;
  geometry: BasemapGeometry;
}

/** Antarctica: no country of the graph lies there, and the map frame stops at 58°S. */
const LEFT_OUT = new Set(['010']);
/** Point spacing of each level, in graph units (1 unit ≈ 111 km): ~5 km as projected, then coarser. */
export const LEVEL_STEPS = [0.05, 0.25, 1] as const;

/** Drops points closer than `step` to the last kept one (the last point is always kept). */
export function thin(line: Float32Array, step: number): Float32Array {
  const out = [line[0]!, line[1]!];
  for (let i = 2; i < line.length; i += 2) {
    const last = i === line.length - 2;
    if (last || Math.hypot(line[i]! - out[out.length - 2]!, line[i + 1]! - out[out.length - 1]!) >= step)
      out.push(line[i]!, line[i + 1]!);
  }
  return Float32Array.from(out);
}

function coarser(level: BasemapLevel, step: number): BasemapLevel {
  const lines = (list: Float32Array[], min: number) => list.map((l) => thin(l, step)).filter((l) => l.length >= min);
  return { step, land: lines(level.land, 6), borders: lines(level.borders, 4), coast: lines(level.coast, 4) };
}

type Named = { name: string };
const isArea = (
  g: GeometryCollection<Named>['geometries'][number],
): g is TopoPolygon<Named> | TopoMultiPolygon<Named> => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** Builds the world from a world-atlas countries topology (objects.countries). */
export function worldFromTopology(topology: Topology): World {
  const object = topology.objects.countries as GeometryCollection<Named>;
  const countries = new Map<string, CountryShape>();
  for (const geometry of object.geometries) {
    if (geometry.id === undefined || geometry.type === null) continue;
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>;
    const id = String(geometry.id);
    countries.set(id, { id, name: shape.properties.name, feature: shape, polygons: projectPolygons(shape) });
  }
  const kept = (g: { id?: string | number }) => !LEFT_OUT.has(String(g.id));
  const detail: BasemapLevel = {
    step: LEVEL_STEPS[0],
    // One merged land shape: each border is filled once, not twice.
    land: projectPolygons(merge(topology, object.geometries.filter(isArea).filter(kept))).flatMap(
      (polygon) => polygon.rings,
    ),
    borders: projectLines(mesh(topology, object, (a, b) => a !== b && kept(a) && kept(b))),
    coast: projectLines(mesh(topology, object, (a, b) => a === b && kept(a))),
  };
  return { countries, geometry: { levels: [detail, ...LEVEL_STEPS.slice(1).map((step) => coarser(detail, step))] } };
}
