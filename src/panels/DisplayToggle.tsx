// Graph | List: the main area shows the network drawn or its text twin (in the view state and URL).
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

export function DisplayToggle() {
  const { t } = useTranslation();
  const display = useAtlas((s) => s.display);
  const setDisplay = useAtlas((s) => s.setDisplay);
  return (
    <div className="display-toggle" data-covers-canvas role="group" aria-label={t('display.label')}>
      {(['graph', 'list'] as const).map((value) => (
        <button key={value} type="button" aria-pressed={display === value} onClick={() => setDisplay(value)}>
          {t(value === 'graph' ? 'display.graph' : 'display.list')}
        </button>
      ))}
    </div>
  );
}
