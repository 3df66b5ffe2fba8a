// The benchmark's baseline: bare sigma on the same graph JSON with the same programs as the app's
// 'fast' mode, size by degree and colour by kind, a first-frame mark and the same frame counter.
// `?w=&h=` sizes the canvas like the app's, so both draw the same number of pixels.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { KIND_COLORS, RELATION_COLORS } from '../../../src/appearance/palette.ts';
import { nodeSizesByDegree } from '../../../src/appearance/sizes.ts';
import type { AtlasGraph, SerializedAtlasGraph } from '../../../src/graph/types.ts';

async function main() {
  const container = document.getElementById('sigma')!;
  const params = new URLSearchParams(location.search);
  if (params.has('w')) container.style.width = `${params.get('w')}px`;
  if (params.has('h')) container.style.height = `${params.get('h')}px`;
  const data = (await (await fetch('data/graph.json')).json()) as SerializedAtlasGraph;
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(data);
  const sizes = nodeSizesByDegree(graph);
  // sigma reads `type` as the program name: the relation type becomes the colour, the program 'line'.
  const display = graph as unknown as Graph;
  display.updateEachNodeAttributes((node, a) => ({ ...a, size: sizes.get(node), color: KIND_COLORS[a.kind as never] }));
  display.updateEachEdgeAttributes((_edge, a) => ({
    ...a,
    size: 1,
    color: RELATION_COLORS[a.type as never],
    type: 'line',
  }));
  const sigma = new Sigma(display, container, {
    defaultNodeType: 'point',
    defaultEdgeType: 'line',
    nodeProgramClasses: { point: NodePointProgram },
    edgeProgramClasses: { line: EdgeLineProgram },
  });
  // Sigma renders synchronously in its constructor, before any 'afterRender' listener can be added:
  // the first frame is done when it returns.
  performance.mark('atlas:first-frame');
  sigma.on('afterRender', () => (window.__atlasFrames = (window.__atlasFrames ?? 0) + 1));
  // A camera animation like the app's framing (500 ms), for the transition benchmark.
  window.__benchAnimate = (target) => void sigma.getCamera().animate(target, { duration: 500 });
}

void main();
