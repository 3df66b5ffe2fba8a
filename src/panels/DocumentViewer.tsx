// "Show in document": the source passage around a quote, with the quote highlighted. The text is
// fetched from the app's own origin and rendered as text, never as HTML.
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { passageAround, type Passage } from '../graph/passages.ts';
import { openDialog } from '../components/dialog.ts';
import { useTranslation } from '../i18n/i18n.ts';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; passage: Passage | null }
  | { status: 'error'; url: string; detail: string };

export function DocumentViewer() {
  const { t } = useTranslation();
  const evidence = useAtlas((s) => s.openEvidence);
  const graph = useAtlas((s) => s.graph);
  const titles = useAtlas(selectSourceTitles);
  const close = useAtlas((s) => s.showEvidence);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!evidence || !graph) return;
    const file = graph.getAttribute('sources').find((s) => s.id === evidence.source)?.file;
    let cancelled = false;
    setLoaded({ status: 'loading' });
    const url = `data/sources/${file ?? `${evidence.source}.txt`}`;
    fetch(url)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${r.statusText}`))))
      .then((text) => !cancelled && setLoaded({ status: 'ready', passage: passageAround(text, evidence.quote) }))
      .catch((error: Error) => !cancelled && setLoaded({ status: 'error', url, detail: error.message }));
    return () => {
      cancelled = true;
    };
  }, [evidence, graph]);

  useEffect(() => {
    if (evidence) openDialog(dialog.current);
  }, [evidence]);
  // A block body: scrollIntoView returns a Promise in current Chromium, and React would call
  // whatever an effect returns as its cleanup.
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: 'center' });
  }, [loaded]);

  if (!evidence) return null;
  return (
    <dialog
      ref={dialog}
      className="document-viewer"
      aria-label={t('chrome.document.label')}
      onClose={() => close(null)}
    >
      <header>
        <h2 lang="en">{titles.get(evidence.source) ?? evidence.source}</h2>
        <button type="button" onClick={() => close(null)} aria-label={t('chrome.document.close')}>
          ×
        </button>
      </header>
      {/* Focusable so that keyboard users can scroll the passage (WCAG 2.1.1). */}
      <div className="document-text" role="region" aria-label={t('chrome.document.passage')} tabIndex={0}>
        {loaded.status === 'loading' && <p>{t('chrome.document.loading')}</p>}
        {loaded.status === 'error' && (
          <p role="alert">
            {t('chrome.document.failed', { url: loaded.url })} <code lang="en">{loaded.detail}</code>
          </p>
        )}
        {loaded.status === 'ready' && !loaded.passage && <p role="alert">{t('chrome.document.notFound')}</p>}
        {/* The document stays in its own language (the ILO sources are in English), whatever the interface speaks. */}
        {loaded.status === 'ready' && loaded.passage && (
          <pre lang="en">
            {loaded.passage.before}
            <mark ref={mark}>{loaded.passage.quote}</mark>
            {loaded.passage.after}
          </pre>
        )}
      </div>
    </dialog>
  );
}
