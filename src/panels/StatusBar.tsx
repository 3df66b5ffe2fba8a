// Bottom status line in plain words: what is visible of the graph, how it is drawn (technical
// detail behind a toggle, with an override), and data problems found at load.
import { useAtlas } from '../store/store.ts';
import { selectVisibility } from '../store/selectors.ts';
import type { ProgramPreference } from '../store/view-state.ts';
import { graphSizeText } from './graph-size.ts';

export function StatusBar() {
  const graph = useAtlas((s) => s.graph);
  const problems = useAtlas((s) => s.loadProblems);
  const visibleNodes = useAtlas((s) => selectVisibility(s).visibleNodes);
  const visibleEdges = useAtlas((s) => selectVisibility(s).visibleEdges);
  const program = useAtlas((s) => s.programStatus);
  const preference = useAtlas((s) => s.programPreference);
  const setPreference = useAtlas((s) => s.setProgramPreference);
  if (!graph) return null;
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="graph-size">
        {graphSizeText({ visibleNodes, nodes: graph.order, visibleEdges, edges: graph.size })}
      </span>
      {program && (
        <span data-testid="renderer-status" data-mode={program.mode}>
          Drawing: {program.mode === 'fast' ? 'simple (dots and lines)' : 'full quality'}, as {program.reason}
          {program.detail && (
            <details className="status-details">
              <summary>details</summary>
              {program.detail}
            </details>
          )}
        </span>
      )}
      <label>
        Renderer{' '}
        <select value={preference} onChange={(e) => setPreference(e.target.value as ProgramPreference)}>
          <option value="auto">auto</option>
          <option value="fast">fast</option>
          <option value="quality">quality</option>
        </select>
      </label>
      {problems.length > 0 && (
        <span className="warning" title={problems.join('\n')}>
          {problems.length} data problem(s): some nodes or edges were left out or moved
        </span>
      )}
    </footer>
  );
}
