// The loaded dataset: the graph, its load report, and the load status the shell shows.
import type { StateCreator } from 'zustand';
import { loadGraph } from '../graph/load.ts';
import { loadTours } from '../graph/load-tours.ts';
import type { AtlasGraph } from '../graph/types.ts';
import type { AtlasState } from './store.ts';
import { fetchText } from './fetch-text.ts';

export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  graph: AtlasGraph | null;
  /** The URL the graph was loaded from, for messages. */
  source: string | null;
  loadProblems: string[];
  /** Loads the graph; a server that does not answer within `timeoutMs` gives an error naming the URL. */
  loadData: (url: string, options?: { timeoutMs?: number }) => Promise<void>;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => {
  let attempts = 0; // only the latest load may set the state ("Try again" while one still waits)
  return {
    status: 'idle',
    error: null,
    graph: null,
    source: null,
    loadProblems: [],
    loadData: async (url, options) => {
      const attempt = ++attempts;
      set({ status: 'loading', error: null, source: url });
      try {
        const { graph, report } = loadGraph(await fetchText(url, options?.timeoutMs), url);
        const tours = await fetchTours(url.replace(/[^/]*$/, 'tours.json'), graph, options?.timeoutMs);
        if (attempt === attempts)
          set({ status: 'ready', graph, loadProblems: [...report.problems, ...tours.problems], tours: tours.tours });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt === attempts)
          set({ status: 'error', error: message.startsWith(url) ? message : `${url}: ${message}` });
      }
    },
  };
};

/** The tours beside the graph; without them the explorer still works, with a problem reported. */
async function fetchTours(url: string, graph: AtlasGraph, timeoutMs?: number) {
  try {
    return loadTours(await fetchText(url, timeoutMs), url, graph);
  } catch (error) {
    return { tours: [], problems: [`${error instanceof Error ? error.message : String(error)}; no tours`] };
  }
}
