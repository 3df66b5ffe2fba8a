// In place of a blank canvas: says so when the loaded graph has no nodes, naming the file.
import { useAtlas } from '../store/store.ts';
import { emptyGraphText, NO_NODES } from './graph-size.ts';

export function EmptyGraph() {
  const empty = useAtlas((s) => s.graph !== null && s.graph.order === 0);
  const source = useAtlas((s) => s.source);
  if (!empty) return null;
  return (
    <div className="app-message empty-graph" role="status" data-covers-canvas>
      <h2>{NO_NODES}</h2>
      <p>{emptyGraphText(source)}</p>
    </div>
  );
}
