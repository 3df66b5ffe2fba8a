// The words for how much of the graph is shown, and for a graph that has nothing to show, in the
// current language (counts formatted as the language writes them, plurals by the totals).
import type { TFunction } from 'i18next';
import { formatCount } from '../i18n/i18n.ts';

export interface GraphSize {
  visibleNodes: number;
  nodes: number;
  visibleEdges: number;
  edges: number;
}

const part = (t: TFunction, key: 'nodes' | 'edges', visible: number, count: number) =>
  t(`chrome.status.${key}`, { count, formatted: formatCount(count), visible: formatCount(visible) });

export function graphSizeText(t: TFunction, { visibleNodes, nodes, visibleEdges, edges }: GraphSize): string {
  if (nodes === 0) return t('chrome.empty.sentence');
  return t('chrome.status.size', {
    nodes: part(t, 'nodes', visibleNodes, nodes),
    edges: part(t, 'edges', visibleEdges, edges),
  });
}

export function emptyGraphText(t: TFunction, source: string | null): string {
  return source ? t('chrome.empty.explain', { source }) : t('chrome.empty.explainFile');
}
