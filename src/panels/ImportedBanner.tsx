// While an imported file is shown, the header says so and "Back to the SSTC graph" is one click away.
import { Trans } from 'react-i18next';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

export function ImportedBanner() {
  const { t } = useTranslation();
  const name = useAtlas((s) => s.imported?.name ?? null);
  const restore = useAtlas((s) => s.restoreAtlasGraph);
  if (name === null) return null;
  // The file name goes in as a component's child, never through the message (never parsed as markup).
  return (
    <p className="imported-banner" role="status">
      <Trans t={t} i18nKey="data.import.banner" components={{ name: <strong>{name}</strong> }} />
      <button type="button" onClick={restore}>
        {t('data.import.back')}
      </button>
    </p>
  );
}
