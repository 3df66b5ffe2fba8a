// The search box: finds any actor by name, alias or acronym; choosing a result selects the node
// and moves the camera to it. Its text lives in the store (and so in the URL).
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { NodeCombobox } from './NodeCombobox.tsx';

export function SearchBox() {
  const { t } = useTranslation();
  const query = useAtlas((s) => s.query);
  const setQuery = useAtlas((s) => s.setQuery);
  const selectNode = useAtlas((s) => s.selectNode);
  return (
    <div id="atlas-search">
      <NodeCombobox
        label={t('search.label')}
        query={query}
        onQuery={setQuery}
        onChoose={(node) => selectNode(node, { focus: true })}
        placeholder={t('search.placeholder')}
      />
    </div>
  );
}
