// The List view's render time: rows for 1k and 50k relations (grouped and sorted) plus the windowed
// listbox rendered to markup, as the app renders it. Only the rows in view are rendered.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { relationRows, relationSentence } from '../../src/appearance/relation-rows.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { VirtualList } from '../../src/components/VirtualList.tsx';
import { RelationRow } from '../../src/panels/RelationRow.tsx';
import type { Row } from './results.ts';
import { time } from './stats.ts';

function renderList(graph: AtlasGraph, edges: string[], titles: ReadonlyMap<string, string>): number {
  const rows = relationRows(graph, edges);
  const markup = renderToStaticMarkup(
    createElement(VirtualList, {
      idPrefix: 'bench',
      label: 'relations',
      count: rows.length,
      rowHeight: 52,
      active: -1,
      initialHeight: 800,
      onActive: () => {},
      onChoose: () => {},
      rowKey: (i: number) => String(i),
      isSelected: () => false,
      renderRow: (i: number) => {
        const row = rows[i]!;
        if (row.kind === 'actor') {
          const { label, kind } = graph.getNodeAttributes(row.node);
          return createElement(RelationRow, { actor: { label, kind, count: row.count } });
        }
        return createElement(RelationRow, { sentence: relationSentence(graph, row.edge, titles) });
      },
    }),
  );
  return markup.split('role="option"').length - 1;
}

export function benchList(size: string, graph: AtlasGraph, log: (row: Row) => void): void {
  const titles = new Map(graph.getAttribute('sources').map((s) => [s.id, s.title]));
  const all = graph.edges();
  for (const count of [1_000, 50_000]) {
    const edges = all.slice(0, count);
    if (edges.length < count * 0.9) continue;
    const run = time(() => renderList(graph, edges, titles), 5, 1);
    log({
      size,
      measure: `List view render: ${edges.length.toLocaleString('en')} relations`,
      value: run.median,
      unit: 'ms',
      spread: `${run.min.toFixed(1)}–${run.max.toFixed(1)}`,
      note: `${run.last} rows in the DOM (windowed)`,
    });
  }
}
