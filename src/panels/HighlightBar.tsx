// Says what the canvas highlights (an arrangement, paths, a neighbourhood, matrix cell) and clears it.
import { useAtlas } from '../store/store.ts';
import { selectHighlight } from '../store/highlight.ts';

export function HighlightBar() {
  const highlight = useAtlas(selectHighlight);
  const clear = useAtlas((s) => s.clearAnalysis);
  if (!highlight) return null;
  return (
    <div className="highlight-bar" data-covers-canvas role="status" aria-label="Highlighted">
      <span>
        {highlight.label} — {highlight.nodes.size} nodes, {highlight.edges.size} edges
      </span>
      <button type="button" onClick={clear}>
        Clear highlight
      </button>
    </div>
  );
}
