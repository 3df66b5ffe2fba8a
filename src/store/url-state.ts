// The shareable view as URL parameters: filters, selection, search and camera. Decoding never
// throws: an unknown or malformed parameter is ignored with a notice that names it.
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES, type AtlasGraph } from '../graph/types.ts';
import type { CameraState, ProgramPreference } from './view-slice.ts';
import type { ColorBy, SizeBy } from './analysis-slice.ts';
import { arrangementsOf } from './selectors.ts';

export interface UrlView {
  filters: Filters;
  selectedNode: string | null;
  selectedEdge: string | null;
  query: string;
  camera: CameraState | null;
  programPreference: ProgramPreference;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** The initiative of the triangular arrangement shown, if any. */
  arrangement: string | null;
}

const LISTS = {
  hide: ['hiddenTypes', RELATION_TYPES],
  kinds: ['hiddenKinds', NODE_KINDS],
  modality: ['modalities', MODALITIES],
  theme: ['themes', THEMES],
  pillar: ['pillars', PILLARS],
  region: ['regions', REGIONS],
} as const;
const KNOWN = new Set([
  ...Object.keys(LISTS),
  'node',
  'edge',
  'q',
  'from',
  'to',
  'isolated',
  'cam',
  'program',
  'color',
  'size',
  'tri',
]);
const COLOR_BY: readonly ColorBy[] = ['kind', 'community', 'betweenness', 'degree'];
const SIZE_BY: readonly SizeBy[] = ['degree', 'betweenness'];

const round = (value: number) => String(Math.round(value * 1000) / 1000);

export function encodeUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.selectedNode) params.set('node', view.selectedNode);
  if (view.selectedEdge) params.set('edge', view.selectedEdge);
  if (view.query) params.set('q', view.query);
  for (const [param, [field]] of Object.entries(LISTS)) {
    const values = [...(view.filters[field] as ReadonlySet<string>)].sort();
    if (values.length > 0) params.set(param, values.join(','));
  }
  if (view.filters.period) {
    params.set('from', String(view.filters.period.from));
    params.set('to', String(view.filters.period.to));
  }
  if (view.filters.hideIsolated) params.set('isolated', 'hide');
  if (view.camera) params.set('cam', [view.camera.x, view.camera.y, view.camera.ratio].map(round).join(','));
  if (view.programPreference !== 'auto') params.set('program', view.programPreference);
  if (view.colorBy !== 'kind') params.set('color', view.colorBy);
  if (view.sizeBy !== 'degree') params.set('size', view.sizeBy);
  if (view.arrangement) params.set('tri', view.arrangement);
  return params.toString();
}

const isYear = (text: string | null) => text !== null && /^\d{4}$/.test(text);

export function decodeUrlView(search: string, graph: AtlasGraph | null): { view: UrlView; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (param: string, why: string) => notices.push(`Ignored link parameter "${param}": ${why}.`);
  const filters: Filters = { ...EMPTY_FILTERS };
  for (const key of new Set(params.keys())) if (!KNOWN.has(key)) ignore(key, 'not a parameter SSTC Atlas knows');
  for (const [param, [field, allowed]] of Object.entries(LISTS)) {
    const raw = params.get(param);
    if (raw === null) continue;
    const values = raw.split(',').filter(Boolean);
    const bad = values.filter((value) => !(allowed as readonly string[]).includes(value));
    if (bad.length > 0)
      ignore(param, `${bad.map((b) => JSON.stringify(b)).join(', ')} not among ${allowed.join(', ')}`);
    (filters as unknown as Record<string, Set<string>>)[field] = new Set(
      values.filter((value) => !bad.includes(value)),
    );
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    if (isYear(from) && isYear(to) && Number(from) <= Number(to))
      filters.period = { from: Number(from), to: Number(to) };
    else ignore('from/to', 'expected two years, from ≤ to');
  }
  const isolated = params.get('isolated');
  if (isolated !== null) {
    if (isolated === 'hide') filters.hideIsolated = true;
    else ignore('isolated', 'expected "hide"');
  }
  const exists = (kind: 'node' | 'edge', key: string | null) => {
    if (key === null || !graph) return key;
    if (kind === 'node' ? graph.hasNode(key) : graph.hasEdge(key)) return key;
    ignore(kind, `no ${kind} "${key}" in this graph`);
    return null;
  };
  let camera: CameraState | null = null;
  const cam = params.get('cam');
  if (cam !== null) {
    const parts = cam.split(',').map(Number);
    if (parts.length === 3 && parts.every(Number.isFinite) && parts[2]! > 0)
      camera = { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
    else ignore('cam', 'expected x,y,ratio numbers');
  }
  const program = params.get('program');
  let programPreference: ProgramPreference = 'auto';
  if (program !== null) {
    if (program === 'fast' || program === 'quality' || program === 'auto') programPreference = program;
    else ignore('program', 'expected auto, fast or quality');
  }
  const oneOf = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(param);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignore(param, `expected ${allowed.join(', ')}`);
    return fallback;
  };
  let arrangement = params.get('tri');
  if (arrangement !== null && graph && !arrangementsOf(graph).some((a) => a.initiative === arrangement)) {
    ignore('tri', `no triangular arrangement in "${arrangement}"`);
    arrangement = null;
  }
  const view: UrlView = {
    filters,
    selectedNode: exists('node', params.get('node')),
    selectedEdge: exists('edge', params.get('edge')),
    query: params.get('q') ?? '',
    camera,
    programPreference,
    colorBy: oneOf('color', COLOR_BY, 'kind'),
    sizeBy: oneOf('size', SIZE_BY, 'degree'),
    arrangement,
  };
  return { view, notices };
}
