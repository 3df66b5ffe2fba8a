// Analyses in the explorer: network metrics (computed in a worker) and the encodings that use
// them, plus the analysis shown on the graph as an intent (an arrangement, paths between two
// actors, an ego network, a matrix cell). The highlight is derived from it (highlight.ts). Also the
// filter of the triangular arrangements listed ("Brazil as pivot").
import type { StateCreator } from 'zustand';
import { computeMetricsInWorker } from '../analysis/metrics-client.ts';
import type { Metrics } from '../analysis/metrics.ts';
import type { Direction } from '../analysis/traverse.ts';
import type { TriangularArrangement } from '../analysis/triangular.ts';
import type { ArrangementFilter } from '../analysis/arrangement-query.ts';
import type { AtlasState } from './store.ts';
import type { AnalysisIntent, ColorBy, SizeBy } from './view-state.ts';
import { selectHighlight } from './highlight.ts';

export type { ColorBy, SizeBy } from './view-state.ts';

export interface AnalysisSlice {
  metrics: Metrics | null;
  metricsStatus: 'idle' | 'running' | 'ready' | 'error';
  metricsError: string | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  analysis: AnalysisIntent | null;
  arrangementFilter: ArrangementFilter;
  runMetrics: () => Promise<void>;
  setColorBy: (colorBy: ColorBy) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
  /** Shows an analysis on the graph and, unless told not to, frames what it highlights. */
  showAnalysis: (intent: AnalysisIntent | null, options?: { frame?: boolean }) => void;
  showArrangement: (arrangement: TriangularArrangement | null) => void;
  findPaths: (from: string, to: string) => void;
  showEgo: (node: string, depth: number, direction: Direction) => void;
  showTransfers: (from: string, to: string) => void;
  clearAnalysis: () => void;
  /** Changes some fields of the arrangement filter; a field set to undefined is removed. */
  setArrangementFilter: (patch: ArrangementFilter) => void;
}

function withoutUndefined(filter: ArrangementFilter): ArrangementFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set, get) => ({
  metrics: null,
  metricsStatus: 'idle',
  metricsError: null,
  colorBy: 'kind',
  sizeBy: 'degree',
  analysis: null,
  arrangementFilter: {},
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
  showAnalysis: (analysis, options) => {
    set({ analysis });
    const highlight = selectHighlight(get());
    if (highlight && options?.frame !== false && highlight.nodes.size > 0) get().frameNodes([...highlight.nodes]);
  },
  showArrangement: (arrangement) =>
    get().showAnalysis(arrangement ? { kind: 'arrangement', initiative: arrangement.initiative } : null),
  findPaths: (from, to) => get().showAnalysis({ kind: 'path', from, to }),
  showEgo: (node, depth, direction) => get().showAnalysis({ kind: 'ego', node, depth, direction }),
  showTransfers: (from, to) => get().showAnalysis({ kind: 'transfers', from, to }),
  clearAnalysis: () => set({ analysis: null }),
  setArrangementFilter: (patch) =>
    set((state) => ({ arrangementFilter: withoutUndefined({ ...state.arrangementFilter, ...patch }) })),
});
