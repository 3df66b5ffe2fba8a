// Notices the user should see but that need no action: ignored link parameters, load problems.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

export function Notices() {
  const { t } = useTranslation();
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-covers-canvas role="status" aria-label={t('notices.label')}>
      {notices.map((notice, index) => (
        <p key={index}>
          {notice}
          <button type="button" onClick={() => dismiss(index)} aria-label={t('notices.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
