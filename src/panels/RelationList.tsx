// The List view, the graph's text twin: the relations the canvas shows (same filters, selection and
// analysis) as sentences grouped by actor, windowed so that 50k relations stay fast. Choosing an
// actor selects the node, choosing a relation selects the edge, as a click on the canvas does.
import { useEffect, useId, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectSourceTitles } from '../store/selectors.ts';
import { selectListScope } from '../store/list-selectors.ts';
import { relationSentence, type ListRow } from '../appearance/relation-rows.ts';
import { VirtualList } from '../components/VirtualList.tsx';
import { formatCount, nodeName, useTranslation } from '../i18n/i18n.ts';
import { RelationRow } from './RelationRow.tsx';
import { highlightSubject } from './highlight-text.ts';

export const ROW_HEIGHT = 52;

const rowIndex = (rows: ListRow[], node: string | null, edge: string | null) =>
  rows.findIndex((row) => (row.kind === 'relation' ? row.edge === edge : row.node === node && !edge));

export function RelationList() {
  const { t, i18n } = useTranslation();
  const graph = useAtlas((s) => s.graph)!;
  const scope = useAtlas(selectListScope);
  const titles = useAtlas(selectSourceTitles);
  const selectedNode = useAtlas((s) => s.selectedNode);
  const selectedEdge = useAtlas((s) => s.selectedEdge);
  const selectNode = useAtlas((s) => s.selectNode);
  const selectEdge = useAtlas((s) => s.selectEdge);
  const id = useId();
  const { rows } = scope;
  const [active, setActive] = useState(() => rowIndex(rows, selectedNode, selectedEdge));
  // A selection made elsewhere (canvas, search, details) moves the active row to it.
  useEffect(() => {
    setActive(rowIndex(rows, selectedNode, selectedEdge));
  }, [rows, selectedNode, selectedEdge]);

  const choose = (index: number) => {
    const row = rows[index];
    if (row?.kind === 'actor') selectNode(row.node);
    else if (row) selectEdge(row.edge);
  };
  const subject = scope.analysis
    ? highlightSubject(t, graph, scope.analysis)
    : scope.subject && nodeName(graph.getNodeAttributes(scope.subject));
  // relations.list.all / .node / .highlight
  const caption = t(`relations.list.${scope.kind}`, {
    count: scope.relations,
    formatted: formatCount(scope.relations, i18n.language),
    subject,
  });

  return (
    <section className="relation-list" aria-labelledby={`${id}-title`} data-testid="relation-list">
      <h2 id={`${id}-title`} className="relation-list-title">
        {t('relations.list.title')} <span className="muted">· {caption}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('relations.list.empty')}</p>
      ) : (
        <VirtualList
          id="atlas-list"
          idPrefix={`${id}-row`}
          label={caption}
          count={rows.length}
          rowHeight={ROW_HEIGHT}
          active={active}
          onActive={setActive}
          onChoose={choose}
          rowKey={(i) => {
            const row = rows[i]!;
            return row.kind === 'actor' ? `actor:${row.node}` : row.edge;
          }}
          isSelected={(i) => {
            const row = rows[i]!;
            return row.kind === 'actor' ? row.node === selectedNode : row.edge === selectedEdge;
          }}
          renderRow={(i) => {
            const row = rows[i]!;
            const name = (node: string) => nodeName(graph.getNodeAttributes(node), i18n.language);
            if (row.kind === 'actor') {
              const { kind } = graph.getNodeAttributes(row.node);
              return <RelationRow actor={{ label: name(row.node), kind, count: row.count }} />;
            }
            const sentence = relationSentence(graph, row.edge, titles);
            const [source, target] = [name(graph.source(row.edge)), name(graph.target(row.edge))];
            return <RelationRow sentence={{ ...sentence, source, target }} />;
          }}
        />
      )}
    </section>
  );
}
