// What an exported image says beside the graph: a title (what the view shows), a caption (how much
// of the network is shown), the legend of the colours drawn, and the sources. The store derives the
// parts (kinds, relation types, counts, names); the panel words them in the interface language and
// the renderer only draws the words.
import { KIND_COLORS, RELATION_COLORS } from '../appearance/palette.ts';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '../graph/types.ts';
import { selectHighlight } from './highlight.ts';
import { selectVisibility } from './selectors.ts';
import type { AtlasState } from './store.ts';
import type { AnalysisIntent, ColorBy } from './view-state.ts';

/** A line of the drawn legend, in words. */
export interface LegendEntry {
  label: string;
  /** A CSS colour; entries drawn as a line are relation types, as a dot node kinds. */
  color: string;
  line: boolean;
}

/** The words drawn on the image. */
export interface ImageText {
  title: string;
  caption: string;
  legend: LegendEntry[];
  sources: string;
}

/** What the title names: the analysis shown, the selected node or relation, else the graph. */
export type ImageTitle =
  | { kind: 'analysis'; analysis: AnalysisIntent }
  | { kind: 'node'; name: string }
  | { kind: 'edge'; source: string; target: string; relation: RelationType }
  | { kind: 'graph'; name: string };

/** A legend line before it is worded: a node kind, a relation type or the measure nodes are coloured by. */
export type LegendPart = { color: string; line: boolean } & (
  | { kind: 'kind'; value: NodeKind }
  | { kind: 'relation'; value: RelationType }
  | { kind: 'measure'; value: Exclude<ColorBy, 'kind'> }
);

export interface ImageParts {
  title: ImageTitle;
  counts: { nodes: number; totalNodes: number; edges: number; totalEdges: number; filtered: boolean };
  legend: LegendPart[];
  /** Each document as cited: its title, with its year when the title does not say it. */
  sources: string[];
}

export interface ImageRequest {
  /** 1 = the canvas's size on screen in CSS pixels, 2 = twice that. */
  scale: number;
  text: ImageText;
}

/** Draws the current view into a PNG; registered by the renderer, which alone knows sigma. */
export type ImageExporter = (request: ImageRequest) => Promise<Blob>;

function titleOf(state: AtlasState): ImageTitle {
  const graph = state.graph!;
  const name = (node: string) => graph.getNodeAttribute(node, 'label');
  if (state.analysis && selectHighlight(state)) return { kind: 'analysis', analysis: state.analysis };
  if (state.selectedNode && graph.hasNode(state.selectedNode)) return { kind: 'node', name: name(state.selectedNode) };
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
    const [source, target] = graph.extremities(state.selectedEdge).map(name);
    return {
      kind: 'edge',
      source: source!,
      target: target!,
      relation: graph.getEdgeAttribute(state.selectedEdge, 'type'),
    };
  }
  return { kind: 'graph', name: graph.getAttribute('title') };
}

function legendOf(state: AtlasState): LegendPart[] {
  const graph = state.graph!;
  const { hiddenNodes, hiddenEdges } = selectVisibility(state);
  const kinds = new Set<NodeKind>();
  const types = new Set<RelationType>();
  graph.forEachNode((node, a) => void (hiddenNodes.has(node) || kinds.add(a.kind)));
  graph.forEachEdge((edge, a) => void (hiddenEdges.has(edge) || types.add(a.type)));
  const colorBy = state.colorBy;
  const nodes: LegendPart[] =
    colorBy === 'kind'
      ? NODE_KINDS.filter((k) => kinds.has(k)).map((k) => ({
          kind: 'kind',
          value: k,
          color: KIND_COLORS[k],
          line: false,
        }))
      : [{ kind: 'measure', value: colorBy, color: '', line: false }];
  const edges = RELATION_TYPES.filter((t) => types.has(t)).map((t): LegendPart => ({
    kind: 'relation',
    value: t,
    color: RELATION_COLORS[t],
    line: true,
  }));
  return [...nodes, ...edges];
}

/** The image's parts for the current view; null without a graph. */
export function selectImageParts(state: AtlasState): ImageParts | null {
  const graph = state.graph;
  if (!graph) return null;
  const { visibleNodes, visibleEdges } = selectVisibility(state);
  const counts = {
    nodes: visibleNodes,
    totalNodes: graph.order,
    edges: visibleEdges,
    totalEdges: graph.size,
    filtered: visibleNodes < graph.order || visibleEdges < graph.size,
  };
  const sources = graph
    .getAttribute('sources')
    .map((s) => (s.title.includes(String(s.year)) ? s.title : `${s.title} (${s.year})`));
  return { title: titleOf(state), counts, legend: legendOf(state), sources };
}
