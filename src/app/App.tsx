// Composition root: loads the graph, then lays out the canvas and the panels around it.
import { useEffect } from 'react';
import { useAtlas } from '../store/store.ts';
import { GraphCanvas } from '../renderer/GraphCanvas.tsx';
import { StatusBar } from '../panels/StatusBar.tsx';

export const GRAPH_URL = 'data/graph.json';

export function App() {
  const status = useAtlas((s) => s.status);
  const error = useAtlas((s) => s.error);
  const loadData = useAtlas((s) => s.loadData);

  useEffect(() => {
    void loadData(GRAPH_URL);
  }, [loadData]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>SSTC Atlas</h1>
        <p className="tagline">
          Who cooperates with whom in South-South and Triangular Cooperation — and how we know it
        </p>
      </header>
      <main className="app-main">
        {status === 'ready' && <GraphCanvas />}
        {(status === 'loading' || status === 'idle') && (
          <div className="app-message" role="status">
            Loading the cooperation graph…
          </div>
        )}
        {status === 'error' && (
          <div className="app-message app-error" role="alert">
            <h2>The graph could not be loaded</h2>
            <p>{error}</p>
            <button type="button" onClick={() => void loadData(GRAPH_URL)}>
              Try again
            </button>
          </div>
        )}
      </main>
      <StatusBar />
    </div>
  );
}
