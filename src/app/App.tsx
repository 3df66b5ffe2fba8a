// Composition root: loads the graph, starts URL sync, and lays out the canvas and the panels.
import { useEffect, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { startUrlSync } from '../store/url-sync.ts';
import { GraphCanvas } from '../renderer/GraphCanvas.tsx';
import { StatusBar } from '../panels/StatusBar.tsx';
import { DetailsPanel } from '../panels/DetailsPanel.tsx';
import { DocumentViewer } from '../panels/DocumentViewer.tsx';
import { Notices } from '../panels/Notices.tsx';
import { HighlightBar } from '../panels/HighlightBar.tsx';
import { ZoomControls } from '../panels/ZoomControls.tsx';
import { EmptyGraph } from '../panels/EmptyGraph.tsx';
import { ImportOverlay } from '../panels/ImportOverlay.tsx';
import { ImportedBanner } from '../panels/ImportedBanner.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Guarded } from './Guarded.tsx';

export const GRAPH_URL = 'data/graph.json';

export function App() {
  const status = useAtlas((s) => s.status);
  const error = useAtlas((s) => s.error);
  const loadData = useAtlas((s) => s.loadData);

  useEffect(() => {
    void loadData(GRAPH_URL);
  }, [loadData]);

  // The view in the link is applied before the canvas mounts, so sigma draws it at once.
  const [synced, setSynced] = useState(false);
  useEffect(() => {
    if (status !== 'ready') return;
    const stop = startUrlSync(useAtlas);
    setSynced(true);
    return () => {
      stop();
      setSynced(false);
    };
  }, [status]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]'))
        useAtlas.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>SSTC Atlas</h1>
        <p className="tagline">
          Who cooperates with whom in South-South and Triangular Cooperation — and how we know it
        </p>
        <ImportedBanner />
      </header>
      <main className="app-main">
        {status === 'ready' && synced && (
          <div className="workspace">
            <Guarded name="The side panel">
              <SidePanel />
            </Guarded>
            <div className="canvas-area">
              <Guarded name="The graph canvas">
                <GraphCanvas />
              </Guarded>
              <ZoomControls />
              <EmptyGraph />
              <Guarded name="The highlight bar">
                <HighlightBar />
              </Guarded>
              <Guarded name="The details panel">
                <DetailsPanel />
              </Guarded>
              <Guarded name="The notices">
                <Notices />
              </Guarded>
              <Guarded name="The document viewer">
                <DocumentViewer />
              </Guarded>
              <Guarded name="Import">
                <ImportOverlay />
              </Guarded>
            </div>
          </div>
        )}
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
      <Guarded name="The status bar">
        <StatusBar />
      </Guarded>
    </div>
  );
}
