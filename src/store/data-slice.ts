// The loaded dataset: the graph, its load report, and the load status the shell shows; an imported
// graph replaces it for a while (the SSTC graph is kept, one action away).
import type { StateCreator } from 'zustand';
import { loadGraph } from '../graph/load.ts';
import { loadTours } from '../graph/load-tours.ts';
import type { AtlasGraph } from '../graph/types.ts';
import type { ImportSummary } from '../interchange/report.ts';
import type { AtlasState } from './store.ts';
import { FetchError, fetchText } from './fetch-text.ts';
import type { Message } from './message.ts';
import { DEFAULT_VIEW } from './view-state.ts';

/** The SSTC graph as loaded, kept aside while an imported graph is shown. */
interface SavedGraph {
  graph: AtlasGraph;
  source: string | null;
  loadProblems: string[];
}

export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the graph could not be loaded, as a message translated where it is shown. */
  error: Message | null;
  graph: AtlasGraph | null;
  /** The URL the graph was loaded from, for messages. */
  source: string | null;
  loadProblems: string[];
  /** Loads the graph; a server that does not answer within `timeoutMs` gives an error naming the URL. */
  loadData: (url: string, options?: { timeoutMs?: number }) => Promise<void>;
  /** The file shown instead of the SSTC graph, with its import report; null for the SSTC graph. */
  imported: { name: string; report: ImportSummary } | null;
  atlasGraph: SavedGraph | null;
  /** Shows an imported graph: the view state, metrics and camera start afresh. */
  replaceGraph: (graph: AtlasGraph, imported: { name: string; report: ImportSummary }) => void;
  /** Back to the SSTC graph (a no-op when it is shown). */
  restoreAtlasGraph: () => void;
}

/** What a new graph resets: the view (the renderer choice stays), metrics, the open document, the camera. */
const freshView = (state: AtlasState) => ({
  ...DEFAULT_VIEW,
  programPreference: state.programPreference,
  metrics: null,
  metricsStatus: 'idle' as const,
  metricsError: null,
  openEvidence: null,
  hoveredNode: null,
  cameraRequest: null,
});

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set, get) => {
  let attempts = 0; // only the latest load may set the state ("Try again" while one still waits)
  return {
    status: 'idle',
    error: null,
    graph: null,
    source: null,
    loadProblems: [],
    loadData: async (url, options) => {
      const attempt = ++attempts;
      set({ status: 'loading', error: null, source: url, imported: null, atlasGraph: null });
      try {
        const { graph, report } = loadGraph(await fetchText(url, options?.timeoutMs), url);
        const tours = await fetchTours(url.replace(/[^/]*$/, 'tours.json'), graph, options?.timeoutMs);
        if (attempt === attempts)
          set({ status: 'ready', graph, loadProblems: [...report.problems, ...tours.problems], tours: tours.tours });
      } catch (error) {
        if (attempt === attempts) set({ status: 'error', error: loadError(url, error) });
      }
    },
    imported: null,
    atlasGraph: null,
    replaceGraph: (graph, imported) => {
      const state = get();
      const atlasGraph =
        state.atlasGraph ??
        (state.graph ? { graph: state.graph, source: state.source, loadProblems: state.loadProblems } : null);
      set({ ...freshView(state), graph, imported, atlasGraph, source: imported.name, loadProblems: [] });
    },
    restoreAtlasGraph: () => {
      const state = get();
      if (!state.atlasGraph) return;
      set({ ...freshView(state), ...state.atlasGraph, imported: null, atlasGraph: null, importReportOpen: false });
    },
  };
};

/** A failed load as a message naming the URL; a validation error's own text is its technical detail. */
function loadError(url: string, error: unknown): Message {
  if (error instanceof FetchError) return error.why;
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
  return { key: 'notice.load.failed', params: { url, detail } };
}

/** The tours beside the graph; without them the explorer still works, with a problem reported. */
async function fetchTours(url: string, graph: AtlasGraph, timeoutMs?: number) {
  try {
    return loadTours(await fetchText(url, timeoutMs), url, graph);
  } catch (error) {
    return { tours: [], problems: [`${error instanceof Error ? error.message : String(error)}; no tours`] };
  }
}
