// What an exported image says beside the graph: a title (what the view shows), a caption (how much
// of the network is shown), the legend of the colours drawn, and the sources line. Derived from the
// store's state when the image is made; the renderer only draws it.
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_LABELS } from '../appearance/palette.ts';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '../graph/types.ts';
import { selectHighlight } from './highlight.ts';
import { selectVisibility } from './selectors.ts';
import type { AtlasState } from './store.ts';

export interface LegendEntry {
  label: string;
  /** A CSS colour; entries drawn as a line are relation types, as a dot node kinds. */
  color: string;
  line: boolean;
}

export interface ImageText {
  title: string;
  caption: string;
  legend: LegendEntry[];
  sources: string;
}

export interface ImageRequest {
  /** 1 = the canvas's size on screen in CSS pixels, 2 = twice that. */
  scale: number;
  text: ImageText;
}

/** Draws the current view into a PNG; registered by the renderer, which alone knows sigma. */
export type ImageExporter = (request: ImageRequest) => Promise<Blob>;

const COLOR_BY_NAMES = { community: 'community', betweenness: 'betweenness', degree: 'number of relations' };

function titleOf(state: AtlasState): string {
  const graph = state.graph!;
  const highlight = selectHighlight(state);
  if (highlight) return highlight.label;
  if (state.selectedNode && graph.hasNode(state.selectedNode))
    return graph.getNodeAttribute(state.selectedNode, 'label');
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
    const [source, target] = graph.extremities(state.selectedEdge).map((n) => graph.getNodeAttribute(n, 'label'));
    return `${source} — ${RELATION_LABELS[graph.getEdgeAttribute(state.selectedEdge, 'type')]} — ${target}`;
  }
  return `${graph.getAttribute('title')}: South-South and Triangular Cooperation`;
}

function legendOf(state: AtlasState): LegendEntry[] {
  const graph = state.graph!;
  const { hiddenNodes, hiddenEdges } = selectVisibility(state);
  const kinds = new Set<NodeKind>();
  const types = new Set<RelationType>();
  graph.forEachNode((node, a) => void (hiddenNodes.has(node) || kinds.add(a.kind)));
  graph.forEachEdge((edge, a) => void (hiddenEdges.has(edge) || types.add(a.type)));
  const nodes: LegendEntry[] =
    state.colorBy === 'kind'
      ? NODE_KINDS.filter((k) => kinds.has(k)).map((k) => ({
          label: KIND_LABELS[k],
          color: KIND_COLORS[k],
          line: false,
        }))
      : [{ label: `Node colour: ${COLOR_BY_NAMES[state.colorBy]}`, color: '', line: false }];
  const edges = RELATION_TYPES.filter((t) => types.has(t)).map((t) => ({
    label: RELATION_LABELS[t],
    color: RELATION_COLORS[t],
    line: true,
  }));
  return [...nodes, ...edges];
}

export function selectImageText(state: AtlasState): ImageText | null {
  const graph = state.graph;
  if (!graph) return null;
  const { visibleNodes, visibleEdges } = selectVisibility(state);
  const filtered = visibleNodes < graph.order || visibleEdges < graph.size;
  const caption = `${visibleNodes} of ${graph.order} actors and ${visibleEdges} of ${graph.size} relations shown${filtered ? ' (filtered)' : ''}; every relation is quoted from its document.`;
  const sources = graph
    .getAttribute('sources')
    .map((s) => (s.title.includes(String(s.year)) ? s.title : `${s.title} (${s.year})`))
    .join('; ');
  return { title: titleOf(state), caption, legend: legendOf(state), sources: `Sources: ${sources}` };
}
