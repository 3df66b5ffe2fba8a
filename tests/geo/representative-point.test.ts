// A country's point is inside its territory even where the centroid is not (a U-shaped country), and
// in its largest piece when it has several.
import { describe, expect, it } from 'vitest';
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { projectPolygons } from '../../src/geo/project-geometry.ts';
import { invert } from '../../src/geo/projection.ts';
import { representativePoint } from '../../src/geo/representative-point.ts';
import type { CountryShape } from '../../src/geo/world.ts';

const shape = (geometry: Polygon | MultiPolygon): CountryShape => {
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
  return { id: '999', name: 'Test', feature, polygons: projectPolygons(feature) };
};

// Clockwise in longitude/latitude, as d3 expects outer rings on the sphere.
const uShape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [0, 10],
      [2, 10],
      [2, 2],
      [8, 2],
      [8, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ],
  ],
};
const square = (lon: number, lat: number, size: number) => [
  [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ],
];

describe('representativePoint', () => {
  it('falls inside a U-shaped country whose centroid lies in the notch', () => {
    const country = shape(uShape);
    expect(geoContains(country.feature, geoCentroid(country.feature))).toBe(false);
    const lonLat = invert(representativePoint(country)!)!;
    expect(geoContains(country.feature, lonLat)).toBe(true);
  });

  it('takes the largest piece of a country in several pieces', () => {
    const country = shape({
      type: 'MultiPolygon',
      coordinates: [square(40, 0, 1), square(60, 20, 6), square(80, 0, 2)],
    });
    const [lon, lat] = invert(representativePoint(country)!)!;
    expect(lon).toBeGreaterThan(60);
    expect(lon).toBeLessThan(66);
    expect(lat).toBeGreaterThan(20);
    expect(lat).toBeLessThan(26);
  });

  it('has no point for a shape with no area on the map', () => {
    expect(representativePoint({ ...shape(uShape), polygons: [] })).toBeNull();
  });
});
