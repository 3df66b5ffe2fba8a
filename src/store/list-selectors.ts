// What the List view shows: the relations the canvas keeps bright — an analysis's highlight, else
// the selected node's visible relations, else every visible relation — as rows grouped by actor.
import { relationRows, type ListRow } from '../appearance/relation-rows.ts';
import type { AtlasGraph } from '../graph/types.ts';
import type { Visibility } from '../graph/filters.ts';
import { memoOnRefs } from './memo.ts';
import { selectVisibility } from './selectors.ts';
import { selectHighlight } from './highlight.ts';
import type { AtlasState } from './store.ts';
import type { AnalysisIntent } from './view-state.ts';

export interface ListScope {
  kind: 'all' | 'node' | 'highlight';
  /** The selected node (kind 'node'). */
  subject: string | null;
  /** The analysis highlighted (kind 'highlight'): the List names it in the interface language. */
  analysis: AnalysisIntent | null;
  rows: ListRow[];
  relations: number;
}

const rowsOf = memoOnRefs(
  (
    graph: AtlasGraph,
    visibility: Visibility,
    scope: string | null,
    highlight: ReadonlySet<string> | null,
  ): ListRow[] => {
    if (highlight) return relationRows(graph, highlight);
    const edges: string[] = [];
    const keep = (edge: string) => !visibility.hiddenEdges.has(edge) && edges.push(edge);
    if (scope) graph.forEachEdge(scope, keep);
    else graph.forEachEdge(keep);
    return relationRows(graph, edges);
  },
);

const scopeOf = memoOnRefs(
  (rows: ListRow[], kind: ListScope['kind'], subject: string | null, analysis: AnalysisIntent | null): ListScope => ({
    kind,
    subject,
    analysis,
    rows,
    relations: rows.reduce((n, row) => n + (row.kind === 'relation' ? 1 : 0), 0),
  }),
);

const NO_ROWS: ListRow[] = [];

export const selectListScope = (s: AtlasState): ListScope => {
  if (!s.graph) return scopeOf(NO_ROWS, 'all', null, null);
  const highlight = selectHighlight(s);
  const node = s.selectedNode && s.graph.hasNode(s.selectedNode) ? s.selectedNode : null;
  const rows = rowsOf(s.graph, selectVisibility(s), highlight ? null : node, highlight?.edges ?? null);
  if (highlight) return scopeOf(rows, 'highlight', null, s.analysis);
  return scopeOf(rows, node ? 'node' : 'all', node, null);
};
