// A node's name as a button that selects it (and moves the camera to it).
import { useAtlas } from '../store/store.ts';

export function NodeLink({ node }: { node: string }) {
  const label = useAtlas((s) => (s.graph?.hasNode(node) ? s.graph.getNodeAttribute(node, 'label') : node));
  const selectNode = useAtlas((s) => s.selectNode);
  return (
    <button type="button" className="link node-link" onClick={() => selectNode(node, { focus: true })}>
      {label}
    </button>
  );
}
