// Map layout: graph coordinates for every node in map mode. Countries at a point inside their own
// territory, organizations and forums on rings around their home or host country, the rest in bands.
import type { AtlasGraph, NodeAttributes } from '../graph/types.ts';
import { isoNumeric } from './iso-numeric.ts';
import { MAP_FRAME, type Point } from './projection.ts';
import { representativePoint } from './representative-point.ts';
import { Occupancy, placeOnRings } from './rings.ts';
import { layoutBand, type BandItem } from './bands.ts';
import type { World } from './world.ts';

/** The bands under the map, from the map down. */
export const BANDS = ['countries', 'groups', 'international', 'forums', 'initiatives'] as const;
export type BandName = (typeof BANDS)[number];

/** Why a node is where it is: in its territory, around an anchor country, or in a band. */
export type Placement = { rule: 'territory' } | Anchored | { rule: 'band'; band: BandName };
export type Anchored = { rule: 'home' | 'seat'; anchor: string };

export interface MapLayout {
  positions: ReadonlyMap<string, Point>;
  placement: ReadonlyMap<string, Placement>;
  bands: readonly { name: BandName; top: number; bottom: number }[];
  /** Bounding box of the map frame and every node (for sigma's customBBox). */
  extent: { x: [number, number]; y: [number, number] };
}

export interface MapLayoutOptions {
  /** Radius of the first ring around a country, in graph units (1 unit ≈ 111 km at the equator). */
  ringRadius: number;
  ringStep: number;
  /** Least distance between a ring node and any other node; also the spacing in bands. */
  gap: number;
  bandRowHeight: number;
  bandMargin: number;
}

export const DEFAULT_MAP_LAYOUT: MapLayoutOptions = {
  ringRadius: 3,
  ringStep: 2,
  gap: 2,
  bandRowHeight: 6,
  bandMargin: 6,
};

function bandOf(attributes: NodeAttributes): BandName {
  if (attributes.kind === 'country') return 'countries';
  if (attributes.kind === 'initiative') return 'initiatives';
  if (attributes.kind === 'forum') return 'forums';
  return attributes.orgType === 'regional-intergovernmental' || attributes.northSouth ? 'groups' : 'international';
}

/** Countries with a shape on the map, at their representative point. */
function placeCountries(graph: AtlasGraph, world: World, positions: Map<string, Point>) {
  graph.forEachNode((node, attributes) => {
    const id = attributes.kind === 'country' && attributes.iso3 ? isoNumeric(attributes.iso3) : undefined;
    const shape = id === undefined ? undefined : world.countries.get(id);
    const point = shape && representativePoint(shape);
    if (point) positions.set(node, point);
  });
}

/** The mapped country a node belongs around: its home country, else the place that hosts it. */
function anchorOf(graph: AtlasGraph, node: string, positions: ReadonlyMap<string, Point>): Anchored | null {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind === 'country' || attributes.kind === 'initiative') return null;
  if (attributes.country && positions.has(attributes.country)) return { rule: 'home', anchor: attributes.country };
  const hosts: string[] = [];
  graph.forEachInEdge(node, (_key, edgeAttributes, source, _target, sourceAttributes) => {
    if (edgeAttributes.type !== 'hosting') return;
    const place = sourceAttributes.kind === 'country' ? source : sourceAttributes.country;
    if (place && positions.has(place)) hosts.push(place);
  });
  const seat = hosts.sort()[0];
  return seat ? { rule: 'seat', anchor: seat } : null;
}

const KIND_ORDER = { organization: 0, forum: 1, country: 2, initiative: 3 } as const;

/** Organizations and forums with a mapped home or host country, on rings around it. */
function placeSatellites(
  graph: AtlasGraph,
  positions: Map<string, Point>,
  placement: Map<string, Placement>,
  o: MapLayoutOptions,
) {
  const byAnchor = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const anchored = anchorOf(graph, node, positions);
    if (!anchored) return;
    placement.set(node, anchored);
    byAnchor.set(anchored.anchor, [...(byAnchor.get(anchored.anchor) ?? []), node]);
  });
  const occupancy = new Occupancy(o.gap);
  for (const point of positions.values()) occupancy.add(point);
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  const kindRank = (node: string) => KIND_ORDER[graph.getNodeAttribute(node, 'kind')];
  for (const anchor of [...byAnchor.keys()].sort()) {
    const members = byAnchor
      .get(anchor)!
      .sort((a, b) => kindRank(a) - kindRank(b) || label(a).localeCompare(label(b)) || a.localeCompare(b));
    const ring = { radius: o.ringRadius, step: o.ringStep, gap: o.gap };
    placeOnRings(positions.get(anchor)!, members.length, occupancy, ring).forEach((point, i) =>
      positions.set(members[i]!, point),
    );
  }
}

/** Mean x of the already placed neighbours of a node, if it has any. */
function wantedX(graph: AtlasGraph, node: string, positions: ReadonlyMap<string, Point>): number | undefined {
  let sum = 0;
  let count = 0;
  graph.forEachNeighbor(node, (neighbour) => {
    const point = positions.get(neighbour);
    if (point) [sum, count] = [sum + point.x, count + 1];
  });
  return count > 0 ? sum / count : undefined;
}

/** Every node not yet placed, in the band of its kind, bands stacked downwards from under the map. */
function placeBands(
  graph: AtlasGraph,
  positions: Map<string, Point>,
  placement: Map<string, Placement>,
  o: MapLayoutOptions,
) {
  const items = new Map<BandName, BandItem[]>(BANDS.map((band) => [band, []]));
  graph.forEachNode((node, attributes) => {
    if (positions.has(node)) return;
    const band = bandOf(attributes);
    placement.set(node, { rule: 'band', band });
    items.get(band)!.push({ key: node, label: attributes.label, wanted: wantedX(graph, node, positions) });
  });
  const bands: MapLayout['bands'][number][] = [];
  let top = MAP_FRAME.bottom - o.bandMargin;
  for (const name of BANDS) {
    const members = items.get(name)!;
    if (members.length === 0) continue;
    const frame = { left: MAP_FRAME.left, right: MAP_FRAME.right, top, rowHeight: o.bandRowHeight, gap: o.gap };
    const { positions: placed, rows } = layoutBand(members, frame);
    placed.forEach((point, node) => positions.set(node, point));
    bands.push({ name, top, bottom: top - rows * o.bandRowHeight });
    top -= rows * o.bandRowHeight + o.bandMargin;
  }
  return bands;
}

function extentOf(points: Iterable<Point>): MapLayout['extent'] {
  const x: [number, number] = [MAP_FRAME.left, MAP_FRAME.right];
  const y: [number, number] = [MAP_FRAME.bottom, MAP_FRAME.top];
  for (const point of points) {
    [x[0], x[1]] = [Math.min(x[0], point.x), Math.max(x[1], point.x)];
    [y[0], y[1]] = [Math.min(y[0], point.y), Math.max(y[1], point.y)];
  }
  return { x, y };
}

/**
 * Positions for every node of `graph` in map mode (graph coordinates, y up). Countries sit at the pole of
 * inaccessibility of their largest polygon; organizations and forums ring their home country, or the
 * country that hosts them; everything else lies in bands under the map (see BANDS), each node under the
 * mean x of the placed nodes it relates to.
 */
export function mapLayout(graph: AtlasGraph, world: World, options: Partial<MapLayoutOptions> = {}): MapLayout {
  const o = { ...DEFAULT_MAP_LAYOUT, ...options };
  const positions = new Map<string, Point>();
  const placement = new Map<string, Placement>();
  placeCountries(graph, world, positions);
  for (const node of positions.keys()) placement.set(node, { rule: 'territory' });
  placeSatellites(graph, positions, placement, o);
  const bands = placeBands(graph, positions, placement, o);
  return { positions, placement, bands, extent: extentOf(positions.values()) };
}
