// The bundled world against the curated graph: every country has a shape, every country node lands
// inside its own territory, shapes are cut at the antimeridian, and the projection inverts.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { buildGraphJson } from '../../src/pipeline/data.ts';
import { loadGraph } from '../../src/graph/load.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { loadWorld } from '../../src/geo/load-world.ts';
import { isoNumeric } from '../../src/geo/iso-numeric.ts';
import { mapLayout, type MapLayout } from '../../src/geo/map-layout.ts';
import { invert, MAP_FRAME, project } from '../../src/geo/projection.ts';
import type { World } from '../../src/geo/world.ts';

/** Country nodes allowed to fall outside their polygon, each with its reason. None at 1:50m. */
const EXCEPTIONS: Record<string, string> = {};

let graph: AtlasGraph;
let world: World;
let layout: MapLayout;
beforeAll(async () => {
  graph = loadGraph(buildGraphJson('graph-data').json!).graph;
  world = await loadWorld();
  layout = mapLayout(graph, world);
}, 60_000);

const countries = () => graph.filterNodes((_node, attributes) => attributes.kind === 'country');

describe('bundled world (Natural Earth 1:50m)', () => {
  it('has a shape for the ISO code of every country of the graph', () => {
    const missing = countries().filter((node) => {
      const id = isoNumeric(graph.getNodeAttribute(node, 'iso3') ?? '');
      return id === undefined || !world.countries.has(id);
    });
    expect(countries().length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('puts every country node inside its own polygon', () => {
    const outside = countries().filter((node) => {
      const shape = world.countries.get(isoNumeric(graph.getNodeAttribute(node, 'iso3')!)!)!;
      const lonLat = invert(layout.positions.get(node)!);
      return !(lonLat && geoContains(shape.feature, lonLat));
    });
    expect(outside.sort()).toEqual(Object.keys(EXCEPTIONS).sort());
    expect(countries().every((node) => layout.placement.get(node)?.rule === 'territory')).toBe(true);
  });

  it('keeps every organization and forum off its country and off every other country', () => {
    const points = countries().map((node) => layout.positions.get(node)!);
    const ringed = [...layout.placement].filter(
      ([, placement]) => placement.rule === 'home' || placement.rule === 'seat',
    );
    expect(ringed.length).toBeGreaterThan(100);
    for (const [node] of ringed) {
      const at = layout.positions.get(node)!;
      const nearest = Math.min(...points.map((p) => Math.hypot(p.x - at.x, p.y - at.y)));
      expect(nearest, node).toBeGreaterThanOrEqual(2 - 1e-9);
    }
  });

  it('cuts shapes at the antimeridian instead of drawing them across the map', () => {
    const longest = (lines: Float32Array[]) =>
      Math.max(
        ...lines.map((line) => {
          let max = 0;
          for (let i = 2; i < line.length; i += 2)
            max = Math.max(max, Math.hypot(line[i]! - line[i - 2]!, line[i + 1]! - line[i - 1]!));
          return max;
        }),
      );
    for (const { step, land, borders, coast } of world.geometry.levels) {
      expect(longest(land), `land at ${step}`).toBeLessThan(10);
      expect(longest(coast), `coast at ${step}`).toBeLessThan(10);
      expect(longest(borders), `borders at ${step}`).toBeLessThan(10);
    }
    // Fiji and Russia straddle 180°: each of their pieces stays narrow.
    for (const id of ['242', '643'])
      for (const polygon of world.countries.get(id)!.polygons) {
        const xs = polygon.rings[0]!.filter((_, i) => i % 2 === 0);
        expect(Math.max(...xs) - Math.min(...xs), id).toBeLessThan(180);
      }
  });
});

describe('projection', () => {
  it('inverts what it projects across the map frame', () => {
    for (let lon = -179; lon <= 179; lon += 7)
      for (let lat = -57; lat <= 83; lat += 5) {
        const back = invert(project([lon, lat]))!;
        expect(back[0]).toBeCloseTo(lon, 6);
        expect(back[1]).toBeCloseTo(lat, 6);
      }
  });

  it('inverts nothing outside the map outline', () => {
    expect(invert({ x: 200, y: 0 })).toBeNull();
    expect(invert({ x: 179, y: -80 })).toBeNull();
    expect(invert({ x: 0, y: -150 })).toBeNull();
  });

  it('draws north up and east right, as sigma reads graph coordinates', () => {
    expect(project([0, 60]).y).toBeGreaterThan(project([0, -30]).y);
    expect(project([30, 0]).x).toBeGreaterThan(project([-30, 0]).x);
    expect(project([180, 0]).x - project([-180, 0]).x).toBeCloseTo(360, 6);
    expect(MAP_FRAME.top).toBeGreaterThan(0);
    expect(MAP_FRAME.bottom).toBeLessThan(0);
  });
});
