// The map's lazy entry point: the renderer imports this module dynamically (`await import(...)`), so
// neither the map code nor its data weigh on the network view's first frame.
import type { AtlasGraph } from '../graph/types.ts';
import { basemapPainter, type BasemapPainter } from './basemap.ts';
import { cachedBasemapPainter, type CachedBasemapPainter } from './basemap-cache.ts';
import { loadWorld } from './load-world.ts';
import { mapLayout, type MapLayout, type MapLayoutOptions } from './map-layout.ts';
import type { World } from './world.ts';

export interface MapKit {
  world: World;
  /** Map positions for every node of `graph` (see mapLayout). */
  layout(graph: AtlasGraph, options?: Partial<MapLayoutOptions>): MapLayout;
  /** Draws the basemap; call it on every frame with sigma's graph → viewport mapping. */
  painter: BasemapPainter;
  /** The same painter behind a bitmap reused while the camera only pans (see basemap-cache.ts). */
  cachedPainter(
    newCanvas: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas,
  ): CachedBasemapPainter;
}

/** Loads the world once and hands back what the map view needs. */
export async function loadMap(): Promise<MapKit> {
  const world = await loadWorld();
  const painter = basemapPainter(world.geometry);
  return {
    world,
    layout: (graph, options) => mapLayout(graph, world, options),
    painter,
    cachedPainter: (newCanvas) => cachedBasemapPainter(painter, newCanvas),
  };
}
