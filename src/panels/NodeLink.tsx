// A node's name (as the details name it, in the interface language) as a button that selects it.
import { nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

export function NodeLink({ node }: { node: string }) {
  const { i18n } = useTranslation();
  const attributes = useAtlas((s) => (s.graph?.hasNode(node) ? s.graph.getNodeAttributes(node) : null));
  const label = attributes ? nodeName(attributes, i18n.language) : node;
  const selectNode = useAtlas((s) => s.selectNode);
  return (
    <button type="button" className="link node-link" onClick={() => selectNode(node, { focus: true })}>
      {label}
    </button>
  );
}
