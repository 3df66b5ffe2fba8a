// The words of an exported image follow the view: the title names the selection or the analysis
// shown, the caption counts what the filters keep, the legend lists only what is drawn. The store
// gives the parts; the panel's imageText words them (here in English).
import { beforeEach, describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasStore } from '../../src/store/store.ts';
import { selectImageParts } from '../../src/store/image-text.ts';
import { imageText } from '../../src/panels/image-words.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { KIND_COLORS, RELATION_COLORS } from '../../src/appearance/palette.ts';
import { makeGraph } from '../fixtures/graph.ts';

let store: AtlasStore;
beforeEach(() => {
  store = createAtlasStore();
  store.setState({ graph: makeGraph(), status: 'ready' });
});

const selectImageText = (state: ReturnType<AtlasStore['getState']>) => {
  const parts = selectImageParts(state);
  return parts && imageText(i18n.t, 'en', state.graph!, parts);
};

describe('image text', () => {
  it('is null without a graph', () => {
    expect(selectImageParts(createAtlasStore().getState())).toBeNull();
  });

  it('names the graph, counts everything and lists the sources when nothing is chosen', () => {
    const graph = store.getState().graph!;
    const text = selectImageText(store.getState())!;
    expect(text.title).toBe('Test: South-South and Triangular Cooperation');
    expect(text.caption).toContain(`${graph.order} of ${graph.order} actors`);
    expect(text.caption).not.toContain('filtered');
    expect(text.sources).toBe('Sources: The Guide (2013)');
    expect(text.legend).toContainEqual({ label: 'Country', color: KIND_COLORS.country, line: false });
    expect(text.legend).toContainEqual({ label: 'Funding', color: RELATION_COLORS.funding, line: true });
  });

  it('gives a source its year only when its title does not already say it', () => {
    const graph = store.getState().graph!;
    graph.setAttribute('sources', [
      { id: 'a', title: 'The Guide', year: 2013, file: 'a.txt' },
      { id: 'b', title: 'Newsletter No. 37 (May 2013)', year: 2013, file: 'b.txt' },
    ]);
    expect(selectImageText(store.getState())!.sources).toBe('Sources: The Guide (2013); Newsletter No. 37 (May 2013)');
  });

  it('follows the selection and the filters', () => {
    store.getState().selectNode('pry');
    store.getState().toggleRelationType('funding');
    store.getState().toggleKind('organization');
    const text = selectImageText(store.getState())!;
    expect(text.title).toBe('Paraguay');
    expect(text.caption).toContain('(filtered)');
    expect(text.legend.map((e) => e.label)).not.toContain('Funding');
    expect(text.legend.map((e) => e.label)).not.toContain('Organization');
  });

  it('says what a metric colour means instead of listing kinds', () => {
    store.setState({ colorBy: 'community' });
    const text = selectImageText(store.getState())!;
    expect(text.legend[0]).toEqual({ label: 'Node colour: community', color: '', line: false });
    expect(text.legend.map((e) => e.label)).not.toContain('Country');
  });

  it('names the analysis shown from its intent, and a selected relation with its type', () => {
    store.getState().findPaths('bra', 'pry');
    expect(selectImageParts(store.getState())!.title).toEqual({
      kind: 'analysis',
      analysis: { kind: 'path', from: 'bra', to: 'pry' },
    });
    expect(selectImageText(store.getState())!.title).toBe('Paths: Brazil ↔ Paraguay');
    store.getState().clearAnalysis();
    const graph = store.getState().graph!;
    const edge = graph.findEdge((_, a) => a.type === 'funding')!;
    store.getState().selectEdge(edge);
    const [source, target] = graph.extremities(edge).map((n) => graph.getNodeAttribute(n, 'label'));
    expect(selectImageText(store.getState())!.title).toBe(`${source} — Funding — ${target}`);
  });
});
