// A tour step as the store shows it: the view state it stands for (everything not named reset, so a
// step looks the same whichever came before), the nodes to frame, and how long it stays on screen.
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import type { Tour, TourStep } from '../graph/tours.ts';
import { DEFAULT_VIEW, type AnalysisIntent, type ViewState } from './view-state.ts';

export function stepFilters(step: TourStep): Filters {
  const lists = step.view.filters ?? {};
  return {
    ...EMPTY_FILTERS,
    ...Object.fromEntries(Object.entries(lists).map(([field, values]) => [field, new Set(values)])),
  } as Filters;
}

/** The whole view a step shows; only the renderer choice and the language are kept from the current view. */
export function stepView(step: TourStep, current: ViewState): ViewState {
  return {
    ...DEFAULT_VIEW,
    programPreference: current.programPreference,
    lang: current.lang,
    filters: step.view.filters ? stepFilters(step) : EMPTY_FILTERS,
    selectedNode: step.view.selectedNode ?? null,
    analysis: (step.view.analysis as AnalysisIntent | undefined) ?? null,
  };
}

/** The nodes the camera frames: the step's own list, else what is highlighted, else the selected node. */
export function stepFrame(step: TourStep, highlighted: ReadonlySet<string> | null): string[] {
  if (step.frame?.length) return step.frame;
  if (highlighted && highlighted.size > 0) return [...highlighted];
  return step.view.selectedNode ? [step.view.selectedNode] : [];
}

/** Time on screen when playing by itself: the step's duration, or one that grows with the caption. */
export function stepDurationMs(step: TourStep): number {
  if (step.duration) return step.duration * 1000;
  return Math.min(25, 6 + Math.ceil(step.caption.length / 20)) * 1000;
}

export interface TourPosition {
  tour: string;
  step: number;
}

/** The step after `at` in a loop over all tours: the next step, else the next tour's first, wrapping. */
export function nextInLoop(tours: readonly Tour[], at: TourPosition | null): TourPosition | null {
  if (tours.length === 0) return null;
  const index = at ? tours.findIndex((tour) => tour.id === at.tour) : -1;
  const tour = tours[index];
  if (tour && at && at.step + 1 < tour.steps.length) return { tour: tour.id, step: at.step + 1 };
  return { tour: tours[(index + 1) % tours.length]!.id, step: 0 };
}
