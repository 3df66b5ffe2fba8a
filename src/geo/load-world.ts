// Loads the bundled world data (Natural Earth 1:50m via world-atlas) on demand: a dynamic import, so
// the network view's first frame never pays for the map's data or code. No request leaves the origin.
import type { Topology } from 'topojson-specification';
import type { World } from './world.ts';

let loading: Promise<World> | null = null;

/** The world, loaded once (later calls share the first load). */
export function loadWorld(): Promise<World> {
  // `?raw` keeps the 750 kB file a string (parsed once here) and out of the type checker's way.
  loading ??= Promise.all([import('world-atlas/countries-50m.json?raw'), import('./world.ts')]).then(
    ([data, { worldFromTopology }]) => worldFromTopology(JSON.parse(data.default) as Topology),
  );
  return loading;
}
