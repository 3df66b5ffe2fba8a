// The "Network | Map" switch over the canvas and, on the map, the choice to sum flows country to country.
import { useAtlas } from '../store/store.ts';
import type { Layout } from '../store/view-state.ts';
import { useTranslation } from '../i18n/i18n.ts';

const LAYOUTS: Layout[] = ['network', 'map'];

export function LayoutSwitch() {
  const { t } = useTranslation();
  const layout = useAtlas((s) => s.layout);
  const flows = useAtlas((s) => s.flows);
  const setLayout = useAtlas((s) => s.setLayout);
  const setFlows = useAtlas((s) => s.setFlows);
  return (
    <div className="layout-switch" data-covers-canvas role="group" aria-label={t('chrome.layout.label')}>
      <div className="segmented">
        {LAYOUTS.map((value) => (
          <button key={value} type="button" aria-pressed={layout === value} onClick={() => setLayout(value)}>
            {t(`chrome.layout.${value}`)}
          </button>
        ))}
      </div>
      {layout === 'map' && (
        <label className="flows-toggle">
          <input
            type="checkbox"
            checked={flows === 'countries'}
            onChange={(event) => setFlows(event.target.checked ? 'countries' : 'arcs')}
          />{' '}
          {t('chrome.layout.flows')}
        </label>
      )}
    </div>
  );
}
