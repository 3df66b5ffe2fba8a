// "Save as image": the current view as a PNG with its legend, title and sources, at screen size or
// twice that, for slides and reports. The renderer draws it; this asks through the store.
import { useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectImageParts } from '../store/image-text.ts';
import { downloadBlob } from '../components/download.ts';
import { imageText } from './image-words.ts';

export const IMAGE_SCALES = [
  { scale: 1, label: 'chrome.export.screen', file: 'sstc-atlas-view.png' },
  { scale: 2, label: 'chrome.export.print', file: 'sstc-atlas-view@2x.png' },
] as const;

type Status = { key: 'drawing' } | { key: 'saved'; file: string } | { key: 'failed'; detail: string };

export function ImageExport() {
  const { t, i18n } = useTranslation();
  const exporter = useAtlas((s) => s.imageExporter);
  const [status, setStatus] = useState<Status | null>(null);
  const save = async (scale: number, file: string) => {
    const state = useAtlas.getState();
    const parts = selectImageParts(state);
    if (!exporter || !parts || !state.graph) return;
    const text = imageText(t, i18n.language, state.graph, parts);
    setStatus({ key: 'drawing' });
    try {
      downloadBlob(await exporter({ scale, text }), file);
      setStatus({ key: 'saved', file });
    } catch (error) {
      setStatus({ key: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const failed = status?.key === 'failed';
  return (
    <section className="image-export" aria-label={t('chrome.export.title')}>
      <h3>{t('chrome.export.title')}</h3>
      <p className="hint">{t('chrome.export.explain')}</p>
      <div className="image-buttons">
        {IMAGE_SCALES.map(({ scale, label, file }) => (
          <button key={scale} type="button" disabled={!exporter} onClick={() => void save(scale, file)}>
            {t(label)}
          </button>
        ))}
      </div>
      {status && (
        <p role={failed ? 'alert' : 'status'} className={failed ? 'warning' : 'hint'}>
          {t(`chrome.export.${status.key}`, status.key === 'saved' ? { file: status.file } : {})}
          {status.key === 'failed' && (
            <>
              {' '}
              <code lang="en">{status.detail}</code>
            </>
          )}
        </p>
      )}
    </section>
  );
}
