// Map mode: follows the store's layout and flows. Loads the map lazily (the network view's first frame
// never pays for it), moves nodes between layouts over ~600 ms, keeps sigma's bounding box on the map's
// extent (filters never re-fit it), draws the basemap under the edges, and shows flows as curved arcs.
// sigma 3.0 takes node positions from the graph it draws, not from reducers: in map mode it draws a
// display copy of the graph whose x, y this controller writes; the atlas graph is never written.
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import type { Layout } from '../store/view-state.ts';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { MapLayout } from '../geo/map-layout.ts';
import type { CachedBasemapPainter } from '../geo/basemap-cache.ts';
import type { Follower } from './follower.ts';
import type { NodePositions, PositionLookup } from './positions.ts';
import { animate, ease, extentOf, layoutTween, lerpBBox, type BBox } from './layout-tween.ts';
import { createBasemapLayer, type BasemapLayer } from './basemap-layer.ts';
import { flowDisplayGraph, mapEdgeOverlay } from './map-display.ts';
import { LARGE_GRAPH_ITEMS } from './program-choice.ts';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** How long the switch between layouts takes. */
export const SWITCH_MS = 600;

interface MapParts {
  layout: MapLayout;
  painter: CachedBasemapPainter;
  programs: Record<'curved' | 'curvedArrow', unknown>;
}

async function loadParts(graph: AtlasGraph): Promise<MapParts> {
  const [{ loadMap }, curves] = await Promise.all([import('../geo/map.ts'), import('@sigma/edge-curve')]);
  const kit = await loadMap();
  const newCanvas = (width: number, height: number) =>
    Object.assign(document.createElement('canvas'), { width, height });
  return {
    layout: kit.layout(graph),
    painter: kit.cachedPainter(newCanvas),
    programs: { curved: curves.default, curvedArrow: curves.EdgeCurvedArrowProgram },
  };
}

export interface MapMode {
  stop: () => void;
  /** The basemap layer once the map has been shown (the benchmark reads its counts). */
  basemap: () => BasemapLayer | null;
}

export function followLayout(
  sigma: AtlasSigma,
  graph: AtlasGraph,
  store: AtlasStore,
  follower: Follower,
  positions: NodePositions,
): MapMode {
  const nodes = graph.nodes();
  const large = graph.order + graph.size > LARGE_GRAPH_ITEMS;
  let moving = false;
  const container = sigma.getContainer();
  const networkBBox = extentOf(graph.mapNodes((_node, attributes) => attributes));
  let parts: Promise<MapParts> | null = null;
  let layer: BasemapLayer | null = null;
  let display: AtlasGraph | null = null;
  let opacity = 0;
  let token = 0;
  let stopTween = () => {};

  const prepare = (loaded: MapParts) => {
    if (layer) return;
    layer = createBasemapLayer(sigma, loaded.painter);
    const classes = sigma.getSetting('edgeProgramClasses');
    sigma.setSetting('edgeProgramClasses', { ...classes, ...(loaded.programs as typeof classes) });
  };
  const setFlows = () => {
    const byCountry = store.getState().flows === 'countries';
    follower.overlay.edge = mapEdgeOverlay({ graph, byCountry, curves: !large, moving: () => moving });
  };
  /** Nodes in the bands under the map are labelled only when hovered, selected or highlighted. */
  const quietBands = (layout: MapLayout) => {
    follower.overlay.node = (node, display) => {
      if (!display.forceLabel && layout.placement.get(node)?.rule === 'band') display.label = null;
      return display;
    };
  };

  /** Moves every node to `target` (null: the network layout) and the bounding box to `bbox`. */
  const tweenTo = (target: PositionLookup | null, bbox: BBox | null, toOpacity: number, ms: number) => {
    const tween = layoutTween(
      nodes,
      (node) => positions.of(node, graph.getNodeAttributes(node)),
      (node) => target?.get(node) ?? graph.getNodeAttributes(node),
    );
    const drawn = (display ??= flowDisplayGraph(graph));
    // Writing into the display copy's attribute objects: no graph events, one refresh per frame.
    const write = (node: string, x: number, y: number) => Object.assign(drawn.getNodeAttributes(node), { x, y });
    const [fromBBox, toBBox] = [sigma.getCustomBBox() ?? networkBBox, bbox ?? networkBBox];
    const fromOpacity = opacity;
    const step = (t: number) => {
      tween.at(t, write);
      sigma.setCustomBBox(lerpBBox(fromBBox, toBBox, ease(t)));
      layer?.setOpacity((opacity = fromOpacity + (toOpacity - fromOpacity) * t));
      // Only positions change: no reducer runs again, sigma re-processes what it has.
      sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: false });
    };
    const finish = () => {
      step(1);
      moving = false;
      sigma.refresh();
      if (target) return;
      follower.overlay.edge = null;
      follower.overlay.node = null;
      positions.current = null;
      sigma.setCustomBBox(null);
      sigma.setGraph(graph);
    };
    tween.at(0, write);
    positions.current = { get: (node) => (drawn.hasNode(node) ? drawn.getNodeAttributes(node) : undefined) };
    if (sigma.getGraph() !== drawn) sigma.setGraph(drawn);
    // On large graphs edges are hidden while nodes move (they follow from the last frame).
    moving = large && ms > 0;
    sigma.refresh();
    stopTween = animate(ms, step, finish);
  };

  const go = async (layout: Layout, ms: number) => {
    const mine = ++token;
    stopTween();
    if (layout === 'network') {
      if (positions.current) tweenTo(null, null, 0, ms);
      return;
    }
    const loaded = await (parts ??= loadParts(graph));
    if (mine !== token) return;
    prepare(loaded);
    quietBands(loaded.layout);
    setFlows();
    tweenTo(loaded.layout.positions, loaded.layout.extent, 1, ms);
  };

  const run = (layout: Layout, ms: number) =>
    go(layout, ms).catch((error: unknown) => {
      container.style.visibility = '';
      const why = error instanceof Error ? error.message : String(error);
      store.getState().addNotices([{ key: 'notice.mapFailed', params: { detail: why } }]);
      store.getState().setLayout('network');
    });

  let { layout, flows } = store.getState();
  if (layout === 'map') {
    // Opened on the map (a link): no network picture first, no animation.
    container.style.visibility = 'hidden';
    void run('map', 0).finally(() => (container.style.visibility = ''));
  }
  const unsubscribe = store.subscribe((state) => {
    if (state.layout !== layout) {
      layout = state.layout;
      void run(layout, SWITCH_MS);
      void sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: SWITCH_MS });
    } else if (state.flows !== flows) {
      flows = state.flows;
      if (layout === 'map' && positions.current) {
        setFlows();
        sigma.refresh();
      }
    }
  });
  return {
    stop: () => {
      ++token;
      stopTween();
      unsubscribe();
    },
    basemap: () => layer,
  };
}
