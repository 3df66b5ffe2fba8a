// The "Network | Map" switch over the canvas and, on the map, the choice to sum flows country to country.
import { useAtlas } from '../store/store.ts';
import type { Layout } from '../store/view-state.ts';

const LAYOUTS: { value: Layout; label: string }[] = [
  { value: 'network', label: 'Network' },
  { value: 'map', label: 'Map' },
];

export function LayoutSwitch() {
  const layout = useAtlas((s) => s.layout);
  const flows = useAtlas((s) => s.flows);
  const setLayout = useAtlas((s) => s.setLayout);
  const setFlows = useAtlas((s) => s.setFlows);
  return (
    <div className="layout-switch" role="group" aria-label="Layout">
      <div className="segmented">
        {LAYOUTS.map(({ value, label }) => (
          <button key={value} type="button" aria-pressed={layout === value} onClick={() => setLayout(value)}>
            {label}
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
          Flows by country
        </label>
      )}
    </div>
  );
}
