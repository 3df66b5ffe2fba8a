// Event binding: sigma's pointer events become store actions. No hover while dragging: nodes
// passing under the cursor would refresh every frame of a pan.
import type Sigma from 'sigma';
import type { AtlasStore } from '../store/store.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { parseFlowKey } from '../analysis/flows.ts';

export function bindEvents(sigma: Sigma<NodeAttributes, EdgeAttributes>, store: AtlasStore): void {
  let dragging = false;
  const captor = sigma.getMouseCaptor();
  captor.on('mousedown', () => (dragging = true));
  captor.on('mouseup', () => (dragging = false));
  sigma.on('enterNode', ({ node }) => !dragging && store.getState().hoverNode(node));
  sigma.on('leaveNode', () => !dragging && store.getState().hoveredNode !== null && store.getState().hoverNode(null));
  sigma.on('clickNode', ({ node }) => store.getState().selectNode(node));
  sigma.on('clickEdge', ({ edge }) => {
    // An arc that sums flows (map, flows by country) shows the relations it sums.
    const flow = parseFlowKey(edge);
    if (flow) store.getState().showAnalysis({ kind: 'flow', ...flow }, { frame: false });
    else store.getState().selectEdge(edge);
  });
  sigma.on('clickStage', () => store.getState().clearSelection());
}
