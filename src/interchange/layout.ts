// A layout for an imported graph that came without positions: ForceAtlas2 from the circle the
// importer placed, run in steps so that the import worker can report progress between them.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AtlasGraph } from '../graph/types.ts';

/** Fewer iterations on bigger graphs; Barnes-Hut past 2,000 nodes. */
export const layoutIterations = (order: number): number => (order < 2000 ? 300 : order < 20000 ? 100 : 40);

export function layoutImported(graph: AtlasGraph, onProgress?: (fraction: number) => void, steps = 10): void {
  if (graph.order < 2) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
  const total = layoutIterations(graph.order);
  const per = Math.ceil(total / steps);
  for (let done = 0; done < total; done += per) {
    forceAtlas2.assign(graph, { iterations: Math.min(per, total - done), settings });
    onProgress?.(Math.min(1, (done + per) / total));
  }
}
