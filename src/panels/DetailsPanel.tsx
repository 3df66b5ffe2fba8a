// The right-hand panel: details of the selected node or edge, or a hint when nothing is selected.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { EdgeDetails } from './EdgeDetails.tsx';
import { FlowDetails } from './FlowDetails.tsx';

export function DetailsPanel() {
  const { t } = useTranslation();
  const node = useAtlas((s) => (s.selectedNode && s.graph?.hasNode(s.selectedNode) ? s.selectedNode : null));
  const edge = useAtlas((s) => (s.selectedEdge && s.graph?.hasEdge(s.selectedEdge) ? s.selectedEdge : null));
  const clearSelection = useAtlas((s) => s.clearSelection);
  const flow = useAtlas((s) => (s.analysis?.kind === 'flow' ? s.analysis : null));
  if (!node && !edge && !flow) return null;
  return (
    <aside id="atlas-details" className="details-panel" data-covers-canvas tabIndex={-1}>
      <button type="button" className="close" onClick={clearSelection} aria-label={t('details.close')}>
        ×
      </button>
      {node ? (
        <NodeDetails node={node} />
      ) : edge ? (
        <EdgeDetails edge={edge} />
      ) : (
        <FlowDetails from={flow!.from} to={flow!.to} />
      )}
    </aside>
  );
}
