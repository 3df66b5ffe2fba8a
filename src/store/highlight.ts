// What the analysis intent highlights, derived from the graph, the filters and the intent by
// memoised selectors: a filter change re-derives it, so a highlight can never go stale.
import { egoNetwork, shortestPaths, type Path } from '../analysis/paths.ts';
import { actorRoles } from '../analysis/arrangement-query.ts';
import type { TriangularRole } from '../analysis/triangular-types.ts';
import type { Visibility } from '../graph/filters.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { memoOnRefs } from './memo.ts';
import { arrangementsOf, selectVisibility, transferMatrixOf } from './selectors.ts';
import { flowEdges } from '../analysis/flows.ts';
import type { AtlasState } from './store.ts';
import type { AnalysisIntent } from './view-state.ts';

/** What the analysis intent highlights; panels name it from the intent, in the interface language. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** For an arrangement: the role each actor plays, which the canvas shows in role colours. */
  roles?: ReadonlyMap<string, TriangularRole>;
}

export interface PathResult {
  from: string;
  to: string;
  paths: Path[];
}

const paths = memoOnRefs((graph: AtlasGraph, visibility: Visibility, from: string, to: string): PathResult => {
  const found = from === to ? [] : shortestPaths(graph, from, to, { hidden: visibility.hiddenEdges, limit: 10 });
  return { from, to, paths: found };
});

/** The paths the intent asks for, walking only over the edges the filters keep. */
export const selectPathResult = (s: AtlasState): PathResult | null => {
  const intent = s.analysis;
  if (intent?.kind !== 'path' || !s.graph?.hasNode(intent.from) || !s.graph.hasNode(intent.to)) return null;
  return paths(s.graph, selectVisibility(s), intent.from, intent.to);
};

function visibleOnly(visibility: Visibility, nodes: Iterable<string>, edges: Iterable<string>) {
  return {
    nodes: new Set([...nodes].filter((node) => !visibility.hiddenNodes.has(node))),
    edges: new Set([...edges].filter((edge) => !visibility.hiddenEdges.has(edge))),
  };
}

function derive(graph: AtlasGraph, visibility: Visibility, intent: AnalysisIntent): Highlight | null {
  switch (intent.kind) {
    case 'arrangement': {
      const found = arrangementsOf(graph).find((a) => a.initiative === intent.initiative);
      if (!found) return null;
      return { ...visibleOnly(visibility, found.nodes, found.edges), roles: actorRoles(found) };
    }
    case 'path': {
      if (!graph.hasNode(intent.from) || !graph.hasNode(intent.to)) return null;
      const result = paths(graph, visibility, intent.from, intent.to);
      const nodes = new Set([result.from, result.to]);
      const edges = new Set<string>();
      for (const path of result.paths)
        for (const step of path) {
          edges.add(step.edge);
          nodes.add(step.source).add(step.target);
        }
      return { nodes, edges };
    }
    case 'ego': {
      if (!graph.hasNode(intent.node) || visibility.hiddenNodes.has(intent.node)) return null;
      const { nodes, edges } = egoNetwork(graph, intent.node, {
        depth: intent.depth,
        direction: intent.direction,
        hidden: visibility.hiddenEdges,
      });
      return { nodes, edges };
    }
    case 'transfers': {
      const cell = transferMatrixOf(graph).cells.find((c) => c.from === intent.from && c.to === intent.to);
      if (!cell) return null;
      const nodes = cell.edges.flatMap((edge) => graph.extremities(edge));
      return visibleOnly(visibility, nodes, cell.edges);
    }
    case 'flow': {
      if (!graph.hasNode(intent.from) || !graph.hasNode(intent.to)) return null;
      const edges = flowEdges(graph, intent.from, intent.to, visibility.hiddenEdges);
      const nodes = [intent.from, intent.to, ...edges.flatMap((edge) => graph.extremities(edge))];
      return visibleOnly(visibility, nodes, edges);
    }
  }
}

const highlight = memoOnRefs(derive);

/** The highlight of the analysis shown, following the filters; null when none is shown. */
export const selectHighlight = (s: AtlasState): Highlight | null =>
  s.graph && s.analysis ? highlight(s.graph, selectVisibility(s), s.analysis) : null;
