// How far an import has got: reading and checking the file, then the layout when positions were
// missing (both in a worker, so the page stays responsive); it can be cancelled.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

export function ImportProgress() {
  const { t } = useTranslation();
  const progress = useAtlas((s) => s.importProgress);
  const cancel = useAtlas((s) => s.cancelImport);
  if (!progress) return null;
  const reading = progress.phase === 'reading';
  const name = progress.name;
  return (
    <div className="import-progress" role="status" aria-label={t('data.import.progress')} data-covers-canvas>
      <p>{reading ? t('data.import.reading', { name }) : t('data.import.layout', { name })}</p>
      <progress
        max={1}
        value={progress.fraction}
        aria-label={reading ? t('data.import.readingLabel', { name }) : t('data.import.layoutLabel', { name })}
      />
      <button type="button" onClick={cancel}>
        {t('data.import.cancel')}
      </button>
    </div>
  );
}
