// Composition root: loads the graph, starts URL sync, and lays out the canvas and the panels.
import { useTranslation } from '../i18n/i18n.ts';
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
import { LayoutSwitch } from '../panels/LayoutSwitch.tsx';
import { EmptyGraph } from '../panels/EmptyGraph.tsx';
import { ImportOverlay } from '../panels/ImportOverlay.tsx';
import { ImportedBanner } from '../panels/ImportedBanner.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Guarded } from './Guarded.tsx';
import { ShareButton } from '../panels/ShareButton.tsx';
import { Expo } from './Expo.tsx';
import { PresentMenu } from '../panels/PresentMenu.tsx';
import { SkipLinks } from '../panels/SkipLinks.tsx';
import { DisplayToggle } from '../panels/DisplayToggle.tsx';
import { RelationList } from '../panels/RelationList.tsx';
import { applyLanguage } from '../i18n/i18n.ts';
import { LANGS, LANG_NAMES, type Lang } from '../i18n/langs.ts';
import { messageText } from '../panels/message-text.ts';

export const GRAPH_URL = 'data/graph.json';

export function App() {
  const status = useAtlas((s) => s.status);
  const error = useAtlas((s) => s.error);
  const loadData = useAtlas((s) => s.loadData);
  const display = useAtlas((s) => s.display);
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const { t } = useTranslation();
  // The interface and <html lang> follow the view state's language (the switch, ?lang=, history).
  useEffect(() => {
    applyLanguage(lang);
  }, [lang]);

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

  // On a phone the side panel is a drawer over the canvas, opened by a button; choosing a node or an
  // analysis closes it, so that the graph shows what was chosen.
  const [panelOpen, setPanelOpen] = useState(false);
  useEffect(() => {
    const unsubscribe = useAtlas.subscribe((s, p) => {
      if ((s.selectedNode && s.selectedNode !== p.selectedNode) || (s.analysis && s.analysis !== p.analysis))
        setPanelOpen(false);
    });
    return unsubscribe;
  }, []);

  return (
    <div className="app">
      {status === 'ready' && synced && <SkipLinks />}
      <header className="app-header">
        <h1>SSTC Atlas</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <ImportedBanner />
        <div className="header-actions">
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="side-panel"
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {t(panelOpen ? 'app.showGraph' : 'app.searchAndFilters')}
          </button>
          <select aria-label={t('app.language')} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANG_NAMES[code]}
              </option>
            ))}
          </select>
          {status === 'ready' && <PresentMenu />}
          <ShareButton />
        </div>
      </header>
      <main className="app-main">
        {status === 'ready' && synced && (
          <div className={panelOpen ? 'workspace panel-open' : 'workspace'}>
            <Guarded part="sidePanel">
              <SidePanel />
            </Guarded>
            <div className="canvas-area">
              <DisplayToggle />
              {display === 'graph' ? (
                <Guarded part="canvas">
                  <GraphCanvas />
                </Guarded>
              ) : (
                <Guarded part="list">
                  <RelationList />
                </Guarded>
              )}
              {display === 'graph' && <ZoomControls />}
              {display === 'graph' && <LayoutSwitch />}
              <EmptyGraph />
              <Guarded part="highlight">
                <HighlightBar />
              </Guarded>
              <Guarded part="details">
                <DetailsPanel />
              </Guarded>
              <Guarded part="notices">
                <Notices />
              </Guarded>
              <Guarded part="document">
                <DocumentViewer />
              </Guarded>
              <Expo />
              <Guarded part="import">
                <ImportOverlay />
              </Guarded>
            </div>
          </div>
        )}
        {(status === 'loading' || status === 'idle') && (
          <div className="app-message" role="status">
            {t('app.loading')}
          </div>
        )}
        {status === 'error' && (
          <div className="app-message app-error" role="alert">
            <h2>{t('chrome.load.title')}</h2>
            <p>{error && messageText(t, error)}</p>
            <button type="button" onClick={() => void loadData(GRAPH_URL)}>
              {t('chrome.load.retry')}
            </button>
          </div>
        )}
      </main>
      <Guarded part="status">
        <StatusBar />
      </Guarded>
    </div>
  );
}
