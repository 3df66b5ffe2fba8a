// Derived data, memoized on the store fields it reads: visibility from filters, facet counts,
// search index and results, node sizes, a node's relations.
import { computeVisibility, facetCounts, type Visibility } from '../graph/filters.ts';
import { createSearchIndex } from '../graph/search.ts';
import { nodeSizesByDegree } from '../appearance/sizes.ts';
import { colorsByCategory, colorsByValue, sizesByValue } from '../appearance/encodings.ts';
import { nodeRelations } from '../graph/relations.ts';
import type { AtlasState } from './store.ts';
import { memoOnRefs } from './memo.ts';
import { findTriangularArrangements, type TriangularArrangement } from '../analysis/triangular.ts';
import { knowledgeTransferMatrix } from '../analysis/matrix.ts';
import { filterArrangements } from '../analysis/arrangement-query.ts';
import { rankBrokers, type Metrics } from '../analysis/metrics.ts';

const NO_VISIBILITY: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set(), visibleNodes: 0, visibleEdges: 0 };

const visibility = memoOnRefs(computeVisibility);
export const selectVisibility = (s: AtlasState): Visibility =>
  s.graph ? visibility(s.graph, s.filters) : NO_VISIBILITY;

const counts = memoOnRefs(facetCounts);
export const selectFacetCounts = (s: AtlasState) => (s.graph ? counts(s.graph, s.filters) : null);

const searchIndex = memoOnRefs(createSearchIndex);
export const selectSearchIndex = (s: AtlasState) => (s.graph ? searchIndex(s.graph) : null);

const degreeSizes = memoOnRefs(nodeSizesByDegree);
const metricSizes = memoOnRefs(sizesByValue);
export const selectNodeSizes = (s: AtlasState) => {
  if (!s.graph) return null;
  if (s.sizeBy === 'betweenness' && s.metrics) return metricSizes(s.metrics.betweenness);
  return degreeSizes(s.graph);
};

const valueColors = memoOnRefs(colorsByValue);
const categoryColors = memoOnRefs(colorsByCategory);
/** Colours by metric, or null when nodes are coloured by kind. */
export const selectNodeColors = (s: AtlasState) => {
  if (!s.metrics || s.colorBy === 'kind') return null;
  if (s.colorBy === 'community') return categoryColors(s.metrics.community);
  return valueColors(s.metrics[s.colorBy]);
};

const relations = memoOnRefs(nodeRelations);
export const selectSelectedRelations = (s: AtlasState) =>
  s.graph && s.selectedNode && s.graph.hasNode(s.selectedNode)
    ? relations(s.graph, s.selectedNode, selectVisibility(s).hiddenEdges)
    : null;

const titles = memoOnRefs(
  (graph: NonNullable<AtlasState['graph']>) => new Map(graph.getAttribute('sources').map((s) => [s.id, s.title])),
);
const NO_TITLES: ReadonlyMap<string, string> = new Map();
export const selectSourceTitles = (s: AtlasState): ReadonlyMap<string, string> =>
  s.graph ? titles(s.graph) : NO_TITLES;

/** Triangular arrangements of a graph, computed once per graph (the panel and URL decoding share it). */
export const arrangementsOf = memoOnRefs(findTriangularArrangements);
const NO_ARRANGEMENTS: readonly TriangularArrangement[] = [];
export const selectArrangements = (s: AtlasState): readonly TriangularArrangement[] =>
  s.graph ? arrangementsOf(s.graph) : NO_ARRANGEMENTS;
const listed = memoOnRefs(filterArrangements);
/** The arrangements the Analyse tab lists: those the arrangement filter keeps. */
export const selectListedArrangements = (s: AtlasState): readonly TriangularArrangement[] =>
  listed(selectArrangements(s), s.arrangementFilter);
const activeArrangement = memoOnRefs((all: readonly TriangularArrangement[], initiative: string | null) =>
  initiative ? all.find((a) => a.initiative === initiative) : undefined,
);
/** The triangular arrangement shown on the graph, if the analysis intent is one. */
export const selectActiveArrangement = (s: AtlasState) =>
  activeArrangement(selectArrangements(s), s.analysis?.kind === 'arrangement' ? s.analysis.initiative : null);

/** The country × country transfer matrix of a graph, computed once per graph. */
export const transferMatrixOf = memoOnRefs(knowledgeTransferMatrix);
export const selectTransferMatrix = (s: AtlasState) => (s.graph ? transferMatrixOf(s.graph) : null);

const brokers = memoOnRefs((metrics: Metrics, graph: NonNullable<AtlasState['graph']>) =>
  rankBrokers(metrics, graph, 15),
);
const communityCount = memoOnRefs((community: Record<string, number>) => new Set(Object.values(community)).size);
export const selectCommunityCount = (s: AtlasState) => (s.metrics ? communityCount(s.metrics.community) : 0);

export const selectBrokers = (s: AtlasState) => (s.graph && s.metrics ? brokers(s.metrics, s.graph) : null);
