// What an analysis highlights, named from its intent in the interface language: shared by the
// highlight bar, the List view's caption and the exported image's title.
import type { TFunction } from 'i18next';
import type { AtlasGraph } from '../graph/types.ts';
import type { AnalysisIntent } from '../store/view-state.ts';
import { nodeName } from '../i18n/i18n.ts';

/** "Paths: Zambia ↔ Paraguay", "Neighbourhood of Kenya (depth 1)"… with the names the details use. */
export function highlightSubject(t: TFunction, graph: AtlasGraph, intent: AnalysisIntent): string {
  const label = (node: string) => (graph.hasNode(node) ? nodeName(graph.getNodeAttributes(node)) : node);
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
