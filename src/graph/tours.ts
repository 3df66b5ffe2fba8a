// Guided tours: the schema of a tour (steps of a partial view state plus words and the quote behind
// them), checked field by field. Used by the build (YAML, with lines) and by the app at load (JSON).
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES, type Evidence } from './types.ts';
import { checkEvidence, ID_PATTERN } from './schema.ts';

/** The analysis a step shows, as the view state's intent (src/store/view-state.ts) spells it. */
export type TourAnalysis =
  | { kind: 'arrangement'; initiative: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'ego'; node: string; depth: number; direction: 'out' | 'in' | 'both' }
  | { kind: 'transfers'; from: string; to: string };

/** Filters as lists, named like the view state's filter sets. */
export interface TourFilters {
  hiddenTypes?: string[];
  hiddenKinds?: string[];
  modalities?: string[];
  themes?: string[];
  pillars?: string[];
  regions?: string[];
}

/** What a step shows: a partial view state. */
export interface TourView {
  selectedNode?: string;
  analysis?: TourAnalysis;
  filters?: TourFilters;
}

export interface TourStep {
  title: string;
  caption: string;
  view: TourView;
  /** Nodes to frame; by default what the analysis highlights, or the selected node. */
  frame?: string[];
  /** Seconds the step stays on screen when a tour plays by itself. */
  duration?: number;
  evidence: Evidence;
}

export interface Tour {
  id: string;
  title: string;
  summary: string;
  steps: TourStep[];
}

export const CAPTION_MAX = 280;
export const STEP_TITLE_MAX = 60;
export const SUMMARY_MAX = 160;

/** A problem at a path inside the tour (`['steps', 2, 'caption']`), so YAML can give its line. */
export interface TourProblem {
  path: (string | number)[];
  message: string;
}

type Rec = Record<string, unknown>;
const isObject = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const FILTER_VALUES: Record<keyof TourFilters, readonly string[]> = {
  hiddenTypes: RELATION_TYPES,
  hiddenKinds: NODE_KINDS,
  modalities: MODALITIES,
  themes: THEMES,
  pillars: PILLARS,
  regions: REGIONS,
};
const ANALYSIS_FIELDS: Record<TourAnalysis['kind'], string[]> = {
  arrangement: ['initiative'],
  path: ['from', 'to'],
  ego: ['node'],
  transfers: ['from', 'to'],
};

function textField(record: Rec, field: string, max: number, at: (string | number)[], out: TourProblem[]) {
  const value = record[field];
  if (!isText(value)) out.push({ path: [...at, field], message: `${field}: required text` });
  else if (value.length > max)
    out.push({ path: [...at, field], message: `${field}: ${value.length} characters, at most ${max}` });
}

function checkAnalysis(value: unknown, at: (string | number)[], out: TourProblem[]) {
  if (!isObject(value) || !(typeof value.kind === 'string' && value.kind in ANALYSIS_FIELDS)) {
    out.push({ path: at, message: `analysis: kind must be one of ${Object.keys(ANALYSIS_FIELDS).join(', ')}` });
    return;
  }
  for (const field of ANALYSIS_FIELDS[value.kind as TourAnalysis['kind']])
    if (!isText(value[field])) out.push({ path: [...at, field], message: `analysis.${field}: required node id` });
  if (value.kind === 'ego') {
    if (![1, 2, 3].includes(value.depth as number))
      out.push({ path: [...at, 'depth'], message: 'analysis.depth: 1, 2 or 3' });
    if (!['out', 'in', 'both'].includes(value.direction as string))
      out.push({ path: [...at, 'direction'], message: 'analysis.direction: out, in or both' });
  }
}

function checkFilters(value: unknown, at: (string | number)[], out: TourProblem[]) {
  if (!isObject(value)) return out.push({ path: at, message: 'filters: expected a mapping' });
  for (const [field, list] of Object.entries(value)) {
    const allowed = FILTER_VALUES[field as keyof TourFilters];
    if (!allowed) out.push({ path: [...at, field], message: `filters: unknown filter "${field}"` });
    else if (!Array.isArray(list) || list.some((item) => !allowed.includes(item as string)))
      out.push({ path: [...at, field], message: `filters.${field}: a list from ${allowed.join(', ')}` });
  }
}

function checkStep(value: unknown, at: (string | number)[], out: TourProblem[]) {
  if (!isObject(value)) return out.push({ path: at, message: 'a step must be a mapping' });
  textField(value, 'title', STEP_TITLE_MAX, at, out);
  textField(value, 'caption', CAPTION_MAX, at, out);
  const view = value.view;
  if (!isObject(view)) out.push({ path: [...at, 'view'], message: 'view: required (what the step shows)' });
  else {
    if (view.selectedNode !== undefined && !isText(view.selectedNode))
      out.push({ path: [...at, 'view', 'selectedNode'], message: 'view.selectedNode: expected a node id' });
    if (view.analysis !== undefined) checkAnalysis(view.analysis, [...at, 'view', 'analysis'], out);
    if (view.filters !== undefined) checkFilters(view.filters, [...at, 'view', 'filters'], out);
    for (const field of Object.keys(view))
      if (!['selectedNode', 'analysis', 'filters'].includes(field))
        out.push({ path: [...at, 'view', field], message: `view: unknown field "${field}"` });
  }
  if (value.frame !== undefined && !(Array.isArray(value.frame) && value.frame.every(isText)))
    out.push({ path: [...at, 'frame'], message: 'frame: expected a list of node ids' });
  const duration = value.duration;
  if (duration !== undefined && !(typeof duration === 'number' && duration >= 2 && duration <= 120))
    out.push({ path: [...at, 'duration'], message: 'duration: seconds, from 2 to 120' });
  // One { source, quote } per step: the schema's evidence check, on a list of one.
  if (!isObject(value.evidence))
    out.push({ path: [...at, 'evidence'], message: 'evidence: required { source, quote }' });
  else
    for (const message of checkEvidence([value.evidence]))
      out.push({ path: [...at, 'evidence'], message: message.replace('evidence[0]', 'evidence') });
}

/** Every problem of one tour record, each with where it is. */
export function checkTour(value: unknown): TourProblem[] {
  const out: TourProblem[] = [];
  if (!isObject(value)) return [{ path: [], message: 'a tour must be a mapping' }];
  if (!(typeof value.id === 'string' && ID_PATTERN.test(value.id)))
    out.push({ path: ['id'], message: 'id: required, lower-case kebab-case' });
  textField(value, 'title', STEP_TITLE_MAX, [], out);
  textField(value, 'summary', SUMMARY_MAX, [], out);
  if (!Array.isArray(value.steps) || value.steps.length === 0)
    out.push({ path: Array.isArray(value.steps) ? ['steps'] : [], message: 'steps: the tour is empty (no steps)' });
  else value.steps.forEach((step, index) => checkStep(step, ['steps', index], out));
  return out;
}

/** Node ids a step refers to, each with where (for messages). */
export function stepNodeRefs(step: TourStep): { path: (string | number)[]; id: string; initiative?: boolean }[] {
  const refs: { path: (string | number)[]; id: string; initiative?: boolean }[] = [];
  if (step.view.selectedNode) refs.push({ path: ['view', 'selectedNode'], id: step.view.selectedNode });
  const analysis = step.view.analysis as Rec | undefined;
  if (analysis)
    for (const field of ANALYSIS_FIELDS[analysis.kind as TourAnalysis['kind']])
      refs.push({
        path: ['view', 'analysis', field],
        id: analysis[field] as string,
        initiative: field === 'initiative',
      });
  (step.frame ?? []).forEach((id, index) => refs.push({ path: ['frame', index], id }));
  return refs;
}

/** Unknown nodes of a checked tour: `kindOf` gives a node's kind, or undefined when there is none. */
export function checkTourNodes(tour: Tour, kindOf: (id: string) => string | undefined): TourProblem[] {
  return tour.steps.flatMap((step, index) =>
    stepNodeRefs(step).flatMap(({ path, id, initiative }) => {
      const kind = kindOf(id);
      if (kind === undefined) return [{ path: ['steps', index, ...path], message: `unknown node "${id}"` }];
      if (initiative && kind !== 'initiative')
        return [{ path: ['steps', index, ...path], message: `"${id}" is a ${kind}, not an initiative` }];
      return [];
    }),
  );
}
