// Bottom status line: graph size, renderer mode and load problems.
import { useAtlas } from '../store/store.ts';

export function StatusBar() {
  const graph = useAtlas((s) => s.graph);
  const problems = useAtlas((s) => s.loadProblems);
  if (!graph) return null;
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="graph-size">
        {graph.order} nodes · {graph.size} edges
      </span>
      {problems.length > 0 && (
        <span className="warning" title={problems.join('\n')}>
          {problems.length} data problem(s): some nodes or edges were left out
        </span>
      )}
    </footer>
  );
}
