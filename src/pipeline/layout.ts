// Deterministic layout at build time: seeded positions from each node's key, then a fixed number
// of ForceAtlas2 iterations. Same graph in, same coordinates out, so the built JSON is stable.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AtlasGraph } from '../graph/types.ts';
import { hashString, seededRandom } from '../graph/random.ts';

export function layoutGraph(graph: AtlasGraph, iterations = 600): void {
  graph.forEachNode((key) => {
    const random = seededRandom(hashString(key));
    graph.mergeNodeAttributes(key, { x: random() * 100 - 50, y: random() * 100 - 50 });
  });
  if (graph.order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      linLogMode: false,
      gravity: 1,
      scalingRatio: 10,
      barnesHutOptimize: false,
    };
    forceAtlas2.assign(graph, { iterations, settings });
  }
  graph.forEachNode((key, attributes) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round(attributes.x * 100) / 100,
      y: Math.round(attributes.y * 100) / 100,
    });
  });
}
