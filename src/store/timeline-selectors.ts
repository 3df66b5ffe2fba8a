// The timeline's data, computed once per graph: the span of years the data covers and, per year, how
// many initiatives run and forums take place (the slider's histogram).
import { timelineSpan, yearCounts, type YearRange } from '../graph/timeline.ts';
import type { AtlasGraph } from '../graph/types.ts';
import { memoOnRefs } from './memo.ts';
import type { AtlasState } from './store.ts';

const spanOf = memoOnRefs((graph: AtlasGraph) => timelineSpan(graph));
const countsOf = memoOnRefs((graph: AtlasGraph, span: YearRange) => yearCounts(graph, span));

export const selectTimelineSpan = (s: AtlasState): YearRange | null => (s.graph ? spanOf(s.graph) : null);

export const selectYearCounts = (s: AtlasState) => {
  const span = selectTimelineSpan(s);
  return s.graph && span ? countsOf(s.graph, span) : null;
};

/** Play shows one year at a time, this many ms each. */
export const PLAY_STEP_MS = 1200;
