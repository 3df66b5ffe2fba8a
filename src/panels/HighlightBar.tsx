// Says what the canvas highlights (an arrangement, paths, a neighbourhood, matrix cell) and clears it.
import type { TFunction } from 'i18next';
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectHighlight } from '../store/highlight.ts';
import type { AnalysisIntent } from '../store/view-state.ts';
import type { AtlasGraph } from '../graph/types.ts';

/** What the analysis shown highlights, named from its intent in the interface language. */
function subject(t: TFunction, graph: AtlasGraph, intent: AnalysisIntent): string {
  const label = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node);
  switch (intent.kind) {
    case 'arrangement':
      return t('analysis.highlight.arrangement', { name: label(intent.initiative) });
    case 'path':
      return t('analysis.highlight.path', { from: label(intent.from), to: label(intent.to) });
    case 'ego':
      return t('analysis.highlight.ego', { name: label(intent.node), depth: intent.depth });
    case 'transfers':
      return t('analysis.highlight.transfers', { from: label(intent.from), to: label(intent.to) });
    case 'flow':
      return t('analysis.highlight.flow', { from: label(intent.from), to: label(intent.to) });
  }
}

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
          subject: subject(t, graph, intent),
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
