// The renderer's reducers: hidden items stay hidden; with a focus (hover, selection, highlight)
// exactly the focused nodes and edges stay bright and labelled, the rest fade.
import { describe, expect, it } from 'vitest';
import {
  computeFocus,
  createEdgeReducer,
  createNodeReducer,
  FORCE_LABELS_MAX,
  type RenderView,
} from '../../src/renderer/reducers.ts';
import { chooseProgramMode } from '../../src/renderer/program-choice.ts';
import { canvasNames } from '../../src/renderer/render-view.ts';
import { FADED_COLOR, KIND_COLORS, RELATION_COLORS, ROLE_COLORS } from '../../src/appearance/palette.ts';
import { makeGraph } from '../fixtures/graph.ts';

const graph = makeGraph();
const view = (patch: Partial<RenderView> = {}): RenderView => ({
  hiddenNodes: new Set(),
  hiddenEdges: new Set(),
  sizes: new Map([['bra', 12]]),
  colors: null,
  focus: null,
  selected: null,
  ...patch,
});
const node = (v: RenderView, key: string) => createNodeReducer(v)(key, graph.getNodeAttributes(key));
const edge = (v: RenderView, key: string) => createEdgeReducer(v)(key, graph.getEdgeAttributes(key));

describe('reducers', () => {
  it('colours nodes by kind, sizes them from the map, and colours edges by type with arrows when directed', () => {
    expect(node(view(), 'bra')).toMatchObject({
      color: KIND_COLORS.country,
      size: 12,
      label: 'Brazil',
      type: 'circle',
    });
    expect(node(view(), 'ilo')).toMatchObject({ color: KIND_COLORS.organization, type: 'square' });
    expect(edge(view(), 'funding:usdol->child')).toMatchObject({ color: RELATION_COLORS.funding, type: 'arrow' });
    expect(edge(view(), 'partnership:ilo->abc')).toMatchObject({ type: 'line' });
  });

  it("draws countries under their names in the interface language, and the documents' names in English", () => {
    expect(canvasNames(graph, 'en')).toBeNull();
    const names = canvasNames(graph, 'fr');
    expect(node(view({ names }), 'bra').label).toBe('Brésil');
    expect(node(view({ names }), 'ilo').label).toBe(graph.getNodeAttribute('ilo', 'label'));
    expect(node(view({ names, hover: { nodes: new Set(['bra']), edges: new Set() } }), 'bra').label).toBe('Brésil');
    expect(node(view({ names: canvasNames(graph, 'pt') }), 'bra').label).toBe('Brasil');
  });

  it('forces the labels of a small highlight, and leaves a large one to the label grid', () => {
    const few = new Set(['bra', 'pry']);
    expect(node(view({ focus: { nodes: few, edges: new Set() } }), 'bra').forceLabel).toBe(true);
    const many = new Set([...graph.nodes(), ...Array.from({ length: FORCE_LABELS_MAX }, (_, i) => `x${i}`)]);
    const large = node(view({ focus: { nodes: many, edges: new Set() } }), 'bra');
    expect(large).toMatchObject({ forceLabel: false, label: 'Brazil', color: KIND_COLORS.country });
    expect(node(view({ hover: { nodes: many, edges: new Set() } }), 'bra').forceLabel).toBe(false);
    expect(node(view({ hover: { nodes: few, edges: new Set() } }), 'bra').forceLabel).toBe(true);
  });

  it('hides what the filters hide', () => {
    // A hidden node keeps its position: sigma stops processing the graph at a node without one.
    const { x, y } = graph.getNodeAttributes('bra');
    expect(node(view({ hiddenNodes: new Set(['bra']) }), 'bra')).toMatchObject({ hidden: true, x, y });
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(edge(view({ hiddenEdges: new Set(['funding:usdol->child']) }), 'funding:usdol->child')).toEqual({
      hidden: true,
    });
  });

  it('keeps a hovered node and its visible neighbours bright and fades the rest', () => {
    const focus = computeFocus(graph, new Set(['knowledge_transfer:bra->moz@spf']), { node: 'bra' })!;
    expect([...focus.nodes].sort()).toEqual(['abc', 'bra', 'pry']);
    const v = view({ focus });
    expect(node(v, 'pry')).toMatchObject({ forceLabel: true, color: KIND_COLORS.country });
    expect(node(v, 'moz')).toMatchObject({ color: FADED_COLOR, label: null });
    expect(edge(v, 'knowledge_transfer:bra->pry@child').size).toBeGreaterThan(1);
    expect(edge(v, 'funding:usdol->child').color).toBe(FADED_COLOR);
  });

  it('emphasises a hovered neighbourhood without fading the rest (large graphs)', () => {
    const hover = computeFocus(graph, new Set(), { node: 'usdol' })!;
    const v = view({ hover });
    expect(node(v, 'child')).toMatchObject({ highlighted: true, forceLabel: true, color: KIND_COLORS.initiative });
    expect(node(v, 'moz')).toMatchObject({ color: KIND_COLORS.country });
    expect(node(v, 'moz').highlighted).toBeUndefined();
    expect(edge(v, 'funding:usdol->child').size).toBeGreaterThan(1);
    expect(edge(v, 'hosting:usa->expo').size).toBe(1);
  });

  it('colours the actors of an arrangement by role, over kind and metric colours, and fades the rest', () => {
    const roles = new Map([
      ['usdol', 'facilitator'],
      ['bra', 'pivot'],
      ['pry', 'beneficiary'],
    ] as const);
    const focus = { nodes: new Set(['usdol', 'bra', 'pry', 'child']), edges: new Set<string>(), roles };
    const v = view({ focus, colors: new Map([['bra', '#123456']]) });
    expect(node(v, 'usdol').color).toBe(ROLE_COLORS.facilitator);
    expect(node(v, 'bra')).toMatchObject({ color: ROLE_COLORS.pivot, forceLabel: true });
    expect(node(v, 'pry').color).toBe(ROLE_COLORS.beneficiary);
    // The initiative has no role: it keeps its kind colour; a node outside the arrangement fades.
    expect(node(v, 'child').color).toBe(KIND_COLORS.initiative);
    expect(node(v, 'moz')).toMatchObject({ color: FADED_COLOR, label: null });
    // Hover on a large graph keeps the role colour; without a highlight the kind colour is back.
    expect(node({ ...v, hover: { nodes: new Set(['bra']), edges: new Set() } }, 'bra').color).toBe(ROLE_COLORS.pivot);
    expect(node(view(), 'bra').color).toBe(KIND_COLORS.country);
    expect(new Set(Object.values(ROLE_COLORS)).size).toBe(3);
    for (const color of Object.values(ROLE_COLORS))
      expect([...Object.values(KIND_COLORS), FADED_COLOR]).not.toContain(color);
  });

  it('lets a highlight win over hover and selection', () => {
    const highlight = { nodes: new Set(['usa']), edges: new Set<string>() };
    expect(computeFocus(graph, new Set(), { node: 'bra', highlight })).toBe(highlight);
    expect(computeFocus(graph, new Set(), { edge: 'funding:usdol->child' })?.nodes).toEqual(
      new Set(['usdol', 'child']),
    );
    expect(computeFocus(graph, new Set(), {})).toBeNull();
  });
});

describe('chooseProgramMode', () => {
  it('picks cheap programs in software WebGL or for large graphs, unless the user overrides', () => {
    expect(chooseProgramMode('auto', 1000, true).mode).toBe('fast');
    expect(chooseProgramMode('auto', 1000, false).mode).toBe('quality');
    expect(chooseProgramMode('auto', 100_000, false).mode).toBe('fast');
    expect(chooseProgramMode('quality', 100_000, true)).toEqual({ mode: 'quality', reason: 'chosen' });
  });
});
