// "Import / export": open a GEXF, GraphML, JSON or CSV file (or drop it on the graph), go back to
// the SSTC graph, reopen the last import report, and save what is shown in four formats.
import { useRef } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { exportView } from '../store/export-view.ts';
import { EXPORT_FORMATS } from '../interchange/export.ts';
import { downloadFiles, readFiles } from './files.ts';

export const ACCEPTED_FILES = '.gexf,.graphml,.xml,.json,.csv';

export function DataPanel() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const imported = useAtlas((s) => s.imported?.name ?? null);
  const hasReport = useAtlas((s) => s.importReport !== null);
  const busy = useAtlas((s) => s.importProgress !== null);
  const openFiles = useAtlas((s) => s.openFiles);
  const showReport = useAtlas((s) => s.showImportReport);

  const onPick = async (files: FileList | null) => {
    if (files && files.length > 0) await openFiles(await readFiles(files));
    if (input.current) input.current.value = ''; // the same file may be opened again
  };
  return (
    <div className="data-panel">
      <p className="hint">{t('data.import.hint')}</p>
      <input
        ref={input}
        id="import-file"
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        disabled={busy}
        onChange={(event) => void onPick(event.target.files)}
      />
      <div className="data-actions">
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {t('data.import.open')}
        </button>
        {hasReport && (
          <button type="button" onClick={() => showReport(true)}>
            {t('data.import.reopen')}
          </button>
        )}
      </div>
      {imported && (
        <p className="hint">
          <Trans t={t} i18nKey="data.import.showing" components={{ name: <strong>{imported}</strong> }} />
        </p>
      )}
      <h3 className="data-heading">{t('data.export.heading')}</h3>
      <p className="hint">{t('data.export.hint')}</p>
      <div className="data-actions" role="group" aria-label={t('data.export.formats')}>
        {EXPORT_FORMATS.map((format) => {
          const label = t(`data.export.format.${format}`);
          return (
            <button
              key={format}
              type="button"
              onClick={() => downloadFiles(exportView(useAtlas.getState(), format))}
              aria-label={t('data.export.as', { format: label })}
            >
              {label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
