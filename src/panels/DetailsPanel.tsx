// The right-hand panel: details of the selected node or edge, or a hint when nothing is selected.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { EdgeDetails } from './EdgeDetails.tsx';

export function DetailsPanel() {
  const { t } = useTranslation();
  const node = useAtlas((s) => (s.selectedNode && s.graph?.hasNode(s.selectedNode) ? s.selectedNode : null));
  const edge = useAtlas((s) => (s.selectedEdge && s.graph?.hasEdge(s.selectedEdge) ? s.selectedEdge : null));
  const clearSelection = useAtlas((s) => s.clearSelection);
  if (!node && !edge) return null;
  return (
    <aside id="atlas-details" className="details-panel" data-covers-canvas tabIndex={-1}>
      <button type="button" className="close" onClick={clearSelection} aria-label={t('details.close')}>
        ×
      </button>
      {node ? <NodeDetails node={node} /> : <EdgeDetails edge={edge!} />}
    </aside>
  );
}
