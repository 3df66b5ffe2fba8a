// The one serializable view state: everything a link restores. The URL codec (url-state.ts)
// encodes and decodes exactly this type; a tour step is a ViewState plus words.
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import type { Direction } from '../analysis/traverse.ts';
import type { ArrangementFilter } from '../analysis/arrangement-query.ts';
import type { Lang } from '../i18n/langs.ts';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}
export type ProgramPreference = 'auto' | 'fast' | 'quality';
/** Why the renderer draws as it does: chosen by the user, a device without a GPU, a large graph, a GPU. */
export type ProgramReason = 'chosen' | 'software' | 'large' | 'gpu';
export type ColorBy = 'kind' | 'community' | 'betweenness' | 'degree';
export type SizeBy = 'degree' | 'betweenness';
export type Tab = 'explore' | 'analyse';
/** The main area: the network drawn, or its text twin (the relations as sentences). */
export type Display = 'graph' | 'list';
/** Where nodes sit: the network layout, or the map (countries in their territory; see src/geo). */
export type Layout = 'network' | 'map';
/** Flows on the map: one arc per relation, or one per pair of countries (width by count). */
export type FlowMode = 'arcs' | 'countries';

/** The analysis shown on the graph, as an intent: the picture is derived from it, never stored. */
export type AnalysisIntent =
  | { kind: 'arrangement'; initiative: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'ego'; node: string; depth: number; direction: Direction }
  | { kind: 'transfers'; from: string; to: string }
  | { kind: 'flow'; from: string; to: string };

export interface ViewState {
  filters: Filters;
  selectedNode: string | null;
  selectedEdge: string | null;
  query: string;
  camera: CameraState | null;
  programPreference: ProgramPreference;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  tab: Tab;
  analysis: AnalysisIntent | null;
  /** Which triangular arrangements the Analyse tab lists ("Brazil as pivot", only stated ones, …). */
  arrangementFilter: ArrangementFilter;
  display: Display;
  layout: Layout;
  flows: FlowMode;
  /** The interface language (countries are named in it; quotes and descriptions stay as in the documents). */
  lang: Lang;
}

export const DEFAULT_VIEW: ViewState = {
  filters: EMPTY_FILTERS,
  selectedNode: null,
  selectedEdge: null,
  query: '',
  camera: null,
  programPreference: 'auto',
  colorBy: 'kind',
  sizeBy: 'degree',
  tab: 'explore',
  analysis: null,
  arrangementFilter: {},
  display: 'graph',
  layout: 'network',
  flows: 'arcs',
  lang: 'en',
};

export const VIEW_KEYS = Object.keys(DEFAULT_VIEW) as (keyof ViewState)[];

/** The view state part of any object that holds it (the store's state). */
export function viewOf(state: ViewState): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((key) => [key, state[key]])) as unknown as ViewState;
}

export function sameIntent(a: AnalysisIntent | null, b: AnalysisIntent | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether two arrangement filters ask the same, whatever the order of their fields. */
export function sameFilter(a: ArrangementFilter, b: ArrangementFilter): boolean {
  return (['actor', 'role', 'basis', 'completeness'] as const).every((key) => a[key] === b[key]);
}

/**
 * Cameras a link may carry, in sigma's framed space (the graph fits in 0..1 at ratio 1): a camera
 * beyond these looks at empty space. The renderer bounds zooming to the same ratios.
 */
export const CAMERA_LIMITS = { min: -1, max: 2, ratio: { min: 0.01, max: 10 } } as const;
