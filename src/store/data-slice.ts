// The loaded dataset: the graph, its load report, and the load status the shell shows.
import type { StateCreator } from 'zustand';
import { loadGraph } from '../graph/load.ts';
import { loadTours } from '../graph/load-tours.ts';
import type { AtlasGraph } from '../graph/types.ts';
import type { AtlasState } from './store.ts';

export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  graph: AtlasGraph | null;
  loadProblems: string[];
  loadData: (url: string) => Promise<void>;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  status: 'idle',
  error: null,
  graph: null,
  loadProblems: [],
  loadData: async (url) => {
    set({ status: 'loading', error: null });
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
      const { graph, report } = loadGraph(await response.text(), url);
      const tours = await fetchTours(url.replace(/[^/]*$/, 'tours.json'), graph);
      set({ status: 'ready', graph, loadProblems: [...report.problems, ...tours.problems], tours: tours.tours });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      set({ status: 'error', error: message.startsWith(url) ? message : `${url}: ${message}` });
    }
  },
});

/** The tours beside the graph; without them the explorer still works, with a problem reported. */
async function fetchTours(url: string, graph: AtlasGraph) {
  try {
    const response = await fetch(url);
    if (!response.ok) return { tours: [], problems: [`${url}: the server answered ${response.status}; no tours`] };
    return loadTours(await response.text(), url, graph);
  } catch (error) {
    return { tours: [], problems: [`${url}: ${error instanceof Error ? error.message : String(error)}; no tours`] };
  }
}
