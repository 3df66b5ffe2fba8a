// Notices the user should see but that need no action: ignored link parameters, load problems. The
// store keeps each as a message key and values; it is said here in the language chosen now.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { shortenText } from '../store/notices.ts';
import { messageText } from './message-text.ts';

export function Notices() {
  const { t } = useTranslation();
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-covers-canvas role="status" aria-label={t('notices.label')}>
      {notices.map((notice, index) => (
        <p key={index}>
          {shortenText(messageText(t, notice))}
          <button type="button" onClick={() => dismiss(index)} aria-label={t('notices.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
