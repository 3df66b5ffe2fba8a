// In place of a blank canvas: says so when the loaded graph has no nodes, naming the file.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { emptyGraphText } from './graph-size.ts';

export function EmptyGraph() {
  const { t } = useTranslation();
  const empty = useAtlas((s) => s.graph !== null && s.graph.order === 0);
  const source = useAtlas((s) => s.source);
  if (!empty) return null;
  return (
    <div className="app-message empty-graph" role="status" data-covers-canvas>
      <h2>{t('chrome.empty.title')}</h2>
      <p>{emptyGraphText(t, source)}</p>
    </div>
  );
}
