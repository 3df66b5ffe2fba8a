// The current view as a graph of its own: the nodes and edges that the filters keep, with every
// attribute (evidence included) copied, so that exporting it never shares state with the atlas.
import Graph from 'graphology';
import { computeVisibility, type Filters, type Visibility } from '../graph/filters.ts';
import type { AtlasGraph } from '../graph/types.ts';

/** `visibility`: what the filters hide, when the caller has it already (the app's memoised selector). */
export function viewSubgraph(
  graph: AtlasGraph,
  filters: Filters,
  visibility: Pick<Visibility, 'hiddenNodes' | 'hiddenEdges'> = computeVisibility(graph, filters),
): AtlasGraph {
  const { hiddenNodes, hiddenEdges } = visibility;
  const view: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  view.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (!hiddenNodes.has(node)) view.addNode(node, structuredClone(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!hiddenEdges.has(edge) && view.hasNode(source) && view.hasNode(target))
      view.addDirectedEdgeWithKey(edge, source, target, structuredClone(attributes));
  });
  return view;
}
