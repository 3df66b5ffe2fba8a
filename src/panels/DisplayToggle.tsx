// Graph | List: the main area shows the network drawn or its text twin (in the view state and URL).
import { useAtlas } from '../store/store.ts';

export function DisplayToggle() {
  const display = useAtlas((s) => s.display);
  const setDisplay = useAtlas((s) => s.setDisplay);
  return (
    <div className="display-toggle" role="group" aria-label="Show the relations as">
      {(['graph', 'list'] as const).map((value) => (
        <button key={value} type="button" aria-pressed={display === value} onClick={() => setDisplay(value)}>
          {value === 'graph' ? 'Graph' : 'List'}
        </button>
      ))}
    </div>
  );
}
