// The world as the map uses it: country shapes keyed by ISO numeric code, projected once into graph
// coordinates, and the basemap's land, borders and coastlines as flat rings ready to draw.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
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

/** Flat rings and lines [x0, y0, x1, y1, …] in graph coordinates. */
export interface BasemapGeometry {
  land: Float32Array[];
  borders: Float32Array[];
  coast: Float32Array[];
}

export interface World {
  countries: ReadonlyMap<string, CountryShape>;
  geometry: BasemapGeometry;
}

/** Antarctica: no country of the graph lies there, and the map frame stops at 58°S. */
const LEFT_OUT = new Set(['010']);

/** Builds the world from a world-atlas countries topology (objects.countries). */
export function worldFromTopology(topology: Topology): World {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = new Map<string, CountryShape>();
  const land: Float32Array[] = [];
  for (const geometry of object.geometries) {
    if (geometry.id === undefined || geometry.type === null) continue;
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>;
    const id = String(geometry.id);
    const polygons = projectPolygons(shape);
    countries.set(id, { id, name: shape.properties.name, feature: shape, polygons });
    if (!LEFT_OUT.has(id)) for (const polygon of polygons) land.push(...polygon.rings);
  }
  const kept = (g: { id?: string | number }) => !LEFT_OUT.has(String(g.id));
  return {
    countries,
    geometry: {
      land,
      borders: projectLines(mesh(topology, object, (a, b) => a !== b && kept(a) && kept(b))),
      coast: projectLines(mesh(topology, object, (a, b) => a === b && kept(a))),
    },
  };
}
