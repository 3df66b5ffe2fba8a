// The view state as URL parameters, one small codec per parameter over exactly the ViewState type.
// Decoding never throws: a malformed value, an unknown node or a camera outside the graph is
// dropped with a short notice that names the parameter.
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import { MODALITIES, NODE_KINDS, PILLARS, REGIONS, RELATION_TYPES, THEMES, type AtlasGraph } from '../graph/types.ts';
import { shown, type Codec } from './url-codec.ts';
import { ignored, reason, type Message, type Reason } from './message.ts';
import { ARRANGEMENT_CODECS } from './url-arrangement.ts';
import { arrangementsOf } from './selectors.ts';
import { PRESENTATION_PARAMS } from './presentation-url.ts';
import { LANGS } from '../i18n/langs.ts';
import { CAMERA_LIMITS, DEFAULT_VIEW, type AnalysisIntent, type ViewState } from './view-state.ts';

const round = (value: number) => String(Math.round(value * 10000) / 10000);
const isYear = (text: string | null) => text !== null && /^\d{4}$/.test(text);

function list(param: string, field: keyof Filters, allowed: readonly string[]): Codec {
  return {
    params: [param],
    encode: (view) => {
      const values = [...(view.filters[field] as ReadonlySet<string>)].sort();
      return values.length > 0 ? [[param, values.join(',')]] : [];
    },
    decode: (get, draft) => {
      const values = get(param)!.split(',').filter(Boolean);
      const bad = values.filter((value) => !allowed.includes(value));
      draft.filters = { ...draft.filters, [field]: new Set(values.filter((value) => !bad.includes(value))) };
      if (bad.length > 0)
        return reason('notAmong', {
          count: bad.length,
          values: bad.slice(0, 3).map(shown).join(', '),
          allowed: allowed.join(', '),
        });
    },
  };
}

function key(param: 'node' | 'edge', field: 'selectedNode' | 'selectedEdge'): Codec {
  return {
    params: [param],
    encode: (view) => (view[field] ? [[param, view[field]]] : []),
    decode: (get, draft, graph) => {
      const value = get(param)!;
      if (graph && !(param === 'node' ? graph.hasNode(value) : graph.hasEdge(value)))
        return reason(param === 'node' ? 'noNode' : 'noEdge', { value: shown(value) });
      draft[field] = value;
    },
  };
}

function oneOf<F extends 'programPreference' | 'colorBy' | 'sizeBy' | 'tab' | 'display' | 'layout' | 'flows' | 'lang'>(
  param: string,
  field: F,
  allowed: readonly ViewState[F][],
): Codec {
  return {
    params: [param],
    encode: (view) => (view[field] !== DEFAULT_VIEW[field] ? [[param, view[field]]] : []),
    decode: (get, draft) => {
      const value = get(param) as ViewState[F];
      if (!allowed.includes(value)) return reason('expected', { allowed: allowed.join(', ') });
      draft[field] = value;
    },
  };
}

/** Node keys of a "from,to"-style value, each checked against the graph. */
function nodesOf(value: string, count: number, graph: AtlasGraph | null): string[] | Reason {
  const parts = value.split(',');
  if (parts.length !== count || parts.some((p) => p === '')) return reason('nodeKeys', { count });
  const unknown = parts.find((p) => graph && !graph.hasNode(p));
  return unknown === undefined ? parts : reason('noNode', { value: shown(unknown) });
}

function analysis(param: string, read: (value: string, graph: AtlasGraph | null) => AnalysisIntent | Reason): Codec {
  return {
    params: [param],
    encode: (view) => {
      const intent = view.analysis;
      if (!intent || ANALYSIS_PARAM[intent.kind] !== param) return [];
      return [[param, analysisValue(intent)]];
    },
    decode: (get, draft, graph) => {
      if (draft.analysis) return reason('oneAnalysis');
      const intent = read(get(param)!, graph);
      if ('key' in intent) return intent;
      draft.analysis = intent;
    },
  };
}

const ANALYSIS_PARAM = { arrangement: 'tri', path: 'path', ego: 'ego', transfers: 'cell', flow: 'flow' } as const;

function analysisValue(intent: AnalysisIntent): string {
  switch (intent.kind) {
    case 'arrangement':
      return intent.initiative;
    case 'path':
    case 'transfers':
    case 'flow':
      return `${intent.from},${intent.to}`;
    case 'ego':
      return `${intent.node},${intent.depth},${intent.direction}`;
  }
}

const CODECS: Codec[] = [
  key('node', 'selectedNode'),
  key('edge', 'selectedEdge'),
  {
    params: ['q'],
    encode: (view) => (view.query ? [['q', view.query]] : []),
    decode: (get, draft) => {
      const value = get('q')!;
      if (value.length > 200) return reason('tooLong', { count: 200 });
      draft.query = value;
    },
  },
  list('hide', 'hiddenTypes', RELATION_TYPES),
  list('kinds', 'hiddenKinds', NODE_KINDS),
  list('modality', 'modalities', MODALITIES),
  list('theme', 'themes', THEMES),
  list('pillar', 'pillars', PILLARS),
  list('region', 'regions', REGIONS),
  {
    params: ['from', 'to'],
    encode: ({ filters: { period } }) =>
      period
        ? [
            ['from', String(period.from)],
            ['to', String(period.to)],
          ]
        : [],
    decode: (get, draft) => {
      const [from, to] = [get('from'), get('to')];
      if (!isYear(from) || !isYear(to) || Number(from) > Number(to)) return reason('period');
      draft.filters = { ...draft.filters, period: { from: Number(from), to: Number(to) } };
    },
  },
  {
    params: ['isolated'],
    encode: (view) => (view.filters.hideIsolated ? [['isolated', 'hide']] : []),
    decode: (get, draft) => {
      if (get('isolated') !== 'hide') return reason('expectedWord', { word: 'hide' });
      draft.filters = { ...draft.filters, hideIsolated: true };
    },
  },
  {
    params: ['cam'],
    encode: ({ camera }) => (camera ? [['cam', [camera.x, camera.y, camera.ratio].map(round).join(',')]] : []),
    decode: (get, draft) => {
      const parts = get('cam')!.split(',').map(Number);
      if (parts.length !== 3 || !parts.every(Number.isFinite)) return reason('camera');
      const [x, y, ratio] = parts as [number, number, number];
      const { min, max, ratio: r } = CAMERA_LIMITS;
      if (x < min || x > max || y < min || y > max || ratio < r.min || ratio > r.max) return reason('cameraOutside');
      draft.camera = { x, y, ratio };
    },
  },
  oneOf('program', 'programPreference', ['auto', 'fast', 'quality']),
  oneOf('color', 'colorBy', ['kind', 'community', 'betweenness', 'degree']),
  oneOf('size', 'sizeBy', ['degree', 'betweenness']),
  oneOf('tab', 'tab', ['explore', 'analyse']),
  oneOf('view', 'display', ['graph', 'list']),
  oneOf('layout', 'layout', ['network', 'map']),
  oneOf('flows', 'flows', ['arcs', 'countries']),
  oneOf('lang', 'lang', LANGS),
  analysis('tri', (value, graph) =>
    !graph || arrangementsOf(graph).some((a) => a.initiative === value)
      ? { kind: 'arrangement', initiative: value }
      : reason('noArrangement', { value: shown(value) }),
  ),
  ...ARRANGEMENT_CODECS,
  analysis('path', (value, graph) => {
    const nodes = nodesOf(value, 2, graph);
    return !Array.isArray(nodes) ? nodes : { kind: 'path', from: nodes[0]!, to: nodes[1]! };
  }),
  analysis('ego', (value, graph) => {
    const [node = '', depth, direction] = value.split(',');
    const known = nodesOf(node, 1, graph);
    if (!Array.isArray(known)) return known;
    if (!['1', '2', '3'].includes(depth ?? '')) return reason('depth');
    if (direction !== 'out' && direction !== 'in' && direction !== 'both') return reason('direction');
    return { kind: 'ego', node, depth: Number(depth), direction };
  }),
  analysis('cell', (value, graph) => {
    const nodes = nodesOf(value, 2, graph);
    return !Array.isArray(nodes) ? nodes : { kind: 'transfers', from: nodes[0]!, to: nodes[1]! };
  }),
  analysis('flow', (value, graph) => {
    const nodes = nodesOf(value, 2, graph);
    return !Array.isArray(nodes) ? nodes : { kind: 'flow', from: nodes[0]!, to: nodes[1]! };
  }),
];
// The presentation's parameters (tour, kiosk, …) are decoded by presentation-url.ts.
const KNOWN = new Set([...CODECS.flatMap((codec) => codec.params), ...PRESENTATION_PARAMS]);

export function encodeView(view: ViewState): string {
  return new URLSearchParams(CODECS.flatMap((codec) => codec.encode(view))).toString();
}

export function decodeView(search: string, graph: AtlasGraph | null): { view: ViewState; notices: Message[] } {
  const params = new URLSearchParams(search);
  const notices: Message[] = [];
  const draft: ViewState = { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS }, arrangementFilter: {} };
  for (const name of new Set(params.keys()))
    if (!KNOWN.has(name)) notices.push({ key: 'notice.unknownParam', params: { param: shown(name) } });
  for (const codec of CODECS) {
    if (!codec.params.some((param) => params.has(param))) continue;
    const why = codec.decode((param) => params.get(param), draft, graph);
    if (why) notices.push(ignored(codec.params.join('/'), why));
  }
  return { view: draft, notices };
}
