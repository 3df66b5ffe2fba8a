// The map layout's rules on small graphs: countries in their territory, organizations and hosted forums
// on rings that cover no country, groups, international bodies, forums and initiatives in ordered bands.
import { beforeAll, describe, expect, it } from 'vitest';
import { addNode, emptyGraph } from '../analysis/make-graph.ts';
import { addEdge } from '../fixtures/graph.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { loadWorld } from '../../src/geo/load-world.ts';
import { BANDS, DEFAULT_MAP_LAYOUT, mapLayout, type MapLayout } from '../../src/geo/map-layout.ts';
import { MAP_FRAME, project, type Point } from '../../src/geo/projection.ts';
import type { World } from '../../src/geo/world.ts';

let world: World;
beforeAll(async () => void (world = await loadWorld()), 60_000);

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const { gap, ringRadius } = DEFAULT_MAP_LAYOUT;

function places(): AtlasGraph {
  const graph = emptyGraph();
  for (const [key, iso3] of <[string, string][]>[
    ['bra', 'BRA'],
    ['pry', 'PRY'],
    ['ago', 'AGO'],
    ['moz', 'MOZ'],
    ['tls', 'TLS'],
  ])
    addNode(graph, key, { kind: 'country', iso3 });
  return graph;
}

const bandOf = (layout: MapLayout, node: string) => {
  const placement = layout.placement.get(node);
  return placement?.rule === 'band' ? placement.band : undefined;
};

describe('mapLayout', () => {
  it('rings organizations around their home country, clear of every country and of each other', () => {
    const graph = places();
    for (let i = 0; i < 25; i++)
      addNode(graph, `org${i}`, { kind: 'organization', orgType: 'government', country: 'bra' });
    addNode(graph, 'expo', { kind: 'forum', country: 'pry', year: 2012 });
    const layout = mapLayout(graph, world);
    const bra = layout.positions.get('bra')!;
    const others = [...layout.positions].filter(([node]) => node !== 'bra');
    for (const [node, at] of others) {
      if (graph.getNodeAttribute(node, 'kind') === 'country') continue;
      for (const [other, there] of layout.positions)
        if (other !== node) expect(distance(at, there), `${node}–${other}`).toBeGreaterThanOrEqual(gap - 1e-9);
    }
    for (let i = 0; i < 25; i++) {
      expect(layout.placement.get(`org${i}`)).toEqual({ rule: 'home', anchor: 'bra' });
      expect(distance(layout.positions.get(`org${i}`)!, bra)).toBeGreaterThanOrEqual(ringRadius - 1e-9);
    }
    expect(distance(layout.positions.get('org0')!, bra)).toBeCloseTo(ringRadius, 9);
    expect(layout.placement.get('expo')).toEqual({ rule: 'home', anchor: 'pry' });
  });

  it('seats a body with no home country at the country that hosts it', () => {
    const graph = places();
    addNode(graph, 'g7plus', { kind: 'organization', orgType: 'regional-intergovernmental', northSouth: 'south' });
    addNode(graph, 'mof', { kind: 'organization', orgType: 'government', country: 'moz' });
    addNode(graph, 'summit', { kind: 'forum', year: 2010 });
    addEdge(graph, 'tls', 'g7plus', { type: 'hosting' });
    addEdge(graph, 'mof', 'summit', { type: 'hosting' });
    const layout = mapLayout(graph, world);
    expect(layout.placement.get('g7plus')).toEqual({ rule: 'seat', anchor: 'tls' });
    expect(layout.placement.get('summit')).toEqual({ rule: 'seat', anchor: 'moz' });
    expect(distance(layout.positions.get('g7plus')!, layout.positions.get('tls')!)).toBeLessThan(ringRadius + 1e-9);
  });

  it('lays groups, international bodies, forums and initiatives in bands under the map, in that order', () => {
    const graph = places();
    addNode(graph, 'palop', { kind: 'organization', orgType: 'regional-intergovernmental', northSouth: 'south' });
    addNode(graph, 'ilo', { kind: 'organization', orgType: 'multilateral' });
    addNode(graph, 'conference', { kind: 'forum', year: 2014 });
    addNode(graph, 'programme', { kind: 'initiative', start: 2010 });
    addNode(graph, 'atlantis', { kind: 'country', iso3: 'XXX' });
    for (const member of ['ago', 'moz']) addEdge(graph, member, 'palop', { type: 'membership' });
    const layout = mapLayout(graph, world);
    const order = ['atlantis', 'palop', 'ilo', 'conference', 'programme'];
    expect(order.map((node) => bandOf(layout, node))).toEqual([...BANDS]);
    const ys = order.map((node) => layout.positions.get(node)!.y);
    expect(ys[0]).toBeLessThan(MAP_FRAME.bottom);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThan(ys[i - 1]!);
    for (const band of layout.bands) {
      const members = order.filter((node) => bandOf(layout, node) === band.name);
      for (const node of members) {
        const { y } = layout.positions.get(node)!;
        expect(y).toBeLessThan(band.top);
        expect(y).toBeGreaterThan(band.bottom);
      }
    }
    // PALOP sits under the mean x of its members, Angola and Mozambique.
    const mean = (layout.positions.get('ago')!.x + layout.positions.get('moz')!.x) / 2;
    expect(layout.positions.get('palop')!.x).toBeCloseTo(mean, 9);
  });

  it('orders a band from west to east by where its nodes relate to, keeping them apart', () => {
    const graph = places();
    for (let i = 0; i < 6; i++) {
      addNode(graph, `africa${i}`, { kind: 'initiative' });
      addNode(graph, `america${i}`, { kind: 'initiative' });
      addEdge(graph, 'moz', `africa${i}`, { type: 'participation' });
      addEdge(graph, 'pry', `america${i}`, { type: 'participation' });
    }
    addNode(graph, 'nowhere', { kind: 'initiative' });
    const layout = mapLayout(graph, world);
    const xs = (prefix: string) =>
      [...layout.positions].filter(([node]) => node.startsWith(prefix)).map(([, p]) => p.x);
    expect(Math.max(...xs('america'))).toBeLessThan(Math.min(...xs('africa')));
    const row = [...xs('america'), ...xs('africa'), ...xs('nowhere')].sort((a, b) => a - b);
    for (let i = 1; i < row.length; i++) expect(row[i]! - row[i - 1]!).toBeGreaterThanOrEqual(gap - 1e-9);
    expect(Math.max(...row)).toBe(layout.positions.get('nowhere')!.x);
  });

  it('wraps a crowded band into rows that stay inside the map width', () => {
    const graph = places();
    const count = Math.ceil((MAP_FRAME.right - MAP_FRAME.left) / gap) * 2 + 5;
    for (let i = 0; i < count; i++) addNode(graph, `i${i}`, { kind: 'initiative' });
    const layout = mapLayout(graph, world);
    const band = layout.bands.find((b) => b.name === 'initiatives')!;
    const points = [...layout.positions].filter(([node]) => node.startsWith('i')).map(([, p]) => p);
    expect(new Set(points.map((p) => p.y)).size).toBe(3);
    expect(band.top - band.bottom).toBeCloseTo(3 * DEFAULT_MAP_LAYOUT.bandRowHeight, 9);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(MAP_FRAME.left);
      expect(p.x).toBeLessThanOrEqual(MAP_FRAME.right);
    }
  });

  it('places countries at a point of their own territory and reports an extent that holds every node', () => {
    const graph = places();
    const layout = mapLayout(graph, world);
    // Brazil's point lies in central Brazil.
    const bra = layout.positions.get('bra')!;
    expect(distance(bra, project([-53, -10]))).toBeLessThan(15);
    for (const { x, y } of layout.positions.values()) {
      expect(x).toBeGreaterThanOrEqual(layout.extent.x[0]);
      expect(x).toBeLessThanOrEqual(layout.extent.x[1]);
      expect(y).toBeGreaterThanOrEqual(layout.extent.y[0]);
      expect(y).toBeLessThanOrEqual(layout.extent.y[1]);
    }
  });
});
