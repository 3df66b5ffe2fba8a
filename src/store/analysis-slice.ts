// Analyses in the explorer: network metrics (computed in a worker) and the encodings that use
// them, plus the active analysis view (a triangular arrangement, paths between two actors, an ego
// network, a matrix cell), each shown on the canvas as a highlight.
import type { StateCreator } from 'zustand';
import { computeMetricsInWorker } from '../analysis/metrics-client.ts';
import type { Metrics } from '../analysis/metrics.ts';
import { egoNetwork, shortestPaths, type Path } from '../analysis/paths.ts';
import type { Direction } from '../analysis/traverse.ts';
import type { TriangularArrangement } from '../analysis/triangular.ts';
import { RELATION_TYPES, type RelationType } from '../graph/types.ts';
import type { AtlasState } from './store.ts';

export type ColorBy = 'kind' | 'community' | 'betweenness' | 'degree';
export type SizeBy = 'degree' | 'betweenness';

export interface PathQuery {
  from: string;
  to: string;
  paths: Path[];
}

export interface AnalysisSlice {
  metrics: Metrics | null;
  metricsStatus: 'idle' | 'running' | 'ready' | 'error';
  metricsError: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  activeArrangement: string | null;
  pathQuery: PathQuery | null;
  runMetrics: () => Promise<void>;
  setColorBy: (colorBy: ColorBy) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
  /** Highlights an arrangement's actors and edges (from `nodes`/`edges`) and frames them. */
  /** Highlights an arrangement's actors and edges and frames them (null clears). */
  showArrangement: (arrangement: TriangularArrangement | null, options?: { frame?: boolean }) => void;
  findPaths: (from: string, to: string) => void;
  showEgo: (node: string, depth: number, direction: Direction) => void;
  showEdges: (label: string, edges: string[]) => void;
  clearAnalysis: () => void;
}

/** The relation types the filters keep: paths and neighbourhoods walk only over these. */
const keptTypes = (hidden: ReadonlySet<RelationType>) => new Set(RELATION_TYPES.filter((type) => !hidden.has(type)));

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set, get) => ({
  metrics: null,
  metricsStatus: 'idle',
  metricsError: null,
  colorBy: 'kind',
  sizeBy: 'degree',
  activeArrangement: null,
  pathQuery: null,
  runMetrics: async () => {
    const graph = get().graph;
    if (!graph || get().metricsStatus === 'running') return;
    set({ metricsStatus: 'running', metricsError: null });
    try {
      const metrics = await computeMetricsInWorker(graph);
      if (get().graph === graph) set({ metrics, metricsStatus: 'ready' });
    } catch (error) {
      set({ metricsStatus: 'error', metricsError: error instanceof Error ? error.message : String(error) });
    }
  },
  setColorBy: (colorBy) => set({ colorBy }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  showArrangement: (arrangement, options = { frame: true }) => {
    const graph = get().graph;
    set({ activeArrangement: arrangement?.id ?? null, pathQuery: null });
    if (!arrangement || !graph) return get().setHighlight(null);
    const label = `Triangular arrangement: ${graph.getNodeAttribute(arrangement.initiative, 'label')}`;
    get().setHighlight({ label, nodes: new Set(arrangement.nodes), edges: new Set(arrangement.edges) }, options);
  },
  findPaths: (from, to) => {
    const graph = get().graph;
    if (!graph || !graph.hasNode(from) || !graph.hasNode(to)) return;
    const types = keptTypes(get().filters.hiddenTypes);
    const paths = from === to ? [] : shortestPaths(graph, from, to, { types, limit: 10 });
    set({ pathQuery: { from, to, paths }, activeArrangement: null });
    const nodes = new Set([from, to]);
    const edges = new Set<string>();
    for (const path of paths)
      for (const step of path) {
        edges.add(step.edge);
        nodes.add(step.source).add(step.target);
      }
    const label = `${graph.getNodeAttribute(from, 'label')} ↔ ${graph.getNodeAttribute(to, 'label')}`;
    get().setHighlight({ label: `Paths: ${label}`, nodes, edges }, { frame: true });
  },
  showEgo: (node, depth, direction) => {
    const graph = get().graph;
    if (!graph || !graph.hasNode(node)) return;
    const types = keptTypes(get().filters.hiddenTypes);
    const { nodes, edges } = egoNetwork(graph, node, { depth, direction, types });
    set({ activeArrangement: null, pathQuery: null });
    get().setHighlight(
      { label: `Neighbourhood of ${graph.getNodeAttribute(node, 'label')} (depth ${depth})`, nodes, edges },
      { frame: true },
    );
  },
  showEdges: (label, edgeKeys) => {
    const graph = get().graph;
    if (!graph) return;
    const edges = new Set(edgeKeys.filter((edge) => graph.hasEdge(edge)));
    const nodes = new Set([...edges].flatMap((edge) => graph.extremities(edge)));
    set({ activeArrangement: null, pathQuery: null });
    get().setHighlight({ label, nodes, edges }, { frame: true });
  },
  clearAnalysis: () => {
    set({ activeArrangement: null, pathQuery: null });
    get().setHighlight(null);
  },
});
