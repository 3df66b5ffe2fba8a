// Says what the canvas highlights (an arrangement, paths, a neighbourhood, matrix cell) and clears it.
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectHighlight } from '../store/highlight.ts';
import { highlightSubject } from './highlight-text.ts';

export function HighlightBar() {
  const { t, i18n } = useTranslation();
  const highlight = useAtlas(selectHighlight);
  const intent = useAtlas((s) => s.analysis);
  const graph = useAtlas((s) => s.graph);
  const clear = useAtlas((s) => s.clearAnalysis);
  if (!highlight || !intent || !graph) return null;
  const count = (key: 'nodes' | 'edges', n: number) =>
    t(`analysis.highlight.${key}`, { count: n, formatted: formatCount(n, i18n.language) });
  return (
    <div className="highlight-bar" data-covers-canvas role="status" aria-label={t('analysis.highlight.label')}>
      <span>
        {t('analysis.highlight.summary', {
          subject: highlightSubject(t, graph, intent),
          nodes: count('nodes', highlight.nodes.size),
          edges: count('edges', highlight.edges.size),
        })}
      </span>
      <button type="button" onClick={clear}>
        {t('analysis.highlight.clear')}
      </button>
    </div>
  );
}
