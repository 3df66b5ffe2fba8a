// @vitest-environment jsdom
// The List caption while an analysis is shown and the words drawn on an exported image, in the chosen
// language: in the pseudo-language nothing but data is left outside ⟪ ⟫, and in French the image's
// title, caption and legend read as French with the graph's names in them.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { selectHighlight } from '../../src/store/highlight.ts';
import { selectImageParts, type ImageRequest, type ImageText } from '../../src/store/image-text.ts';
import type { AnalysisIntent } from '../../src/store/view-state.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { RelationList } from '../../src/panels/RelationList.tsx';
import { ImageExport } from '../../src/panels/ImageExport.tsx';
import { imageText } from '../../src/panels/image-words.ts';

import { dataStrings, untranslated } from './pseudo.ts';
import { pseudoLanguageSuite } from './pseudo-suite.ts';

const suite = pseudoLanguageSuite();

const ANALYSES: [string, AnalysisIntent][] = [
  ['an arrangement', { kind: 'arrangement', initiative: 'child' }],
  ['paths', { kind: 'path', from: 'pry', to: 'moz' }],
  ['a neighbourhood', { kind: 'ego', node: 'bra', depth: 2, direction: 'both' }],
  ['a transfer cell', { kind: 'transfers', from: 'bra', to: 'pry' }],
  ['a flow', { kind: 'flow', from: 'bra', to: 'pry' }],
];

const show = (intent: AnalysisIntent) => {
  act(() => useAtlas.getState().showAnalysis(intent));
  expect(selectHighlight(useAtlas.getState())).not.toBeNull();
};

/** The image's words for the current view, in the language i18next speaks. */
const words = (): ImageText => {
  const state = useAtlas.getState();
  return imageText(i18n.t, i18n.language, state.graph!, selectImageParts(state)!);
};

/** The image's words as elements, so that `untranslated` reads them as it reads a panel. */
function englishIn(text: ImageText): string[] {
  const root = document.createElement('div');
  for (const line of [text.title, text.caption, text.sources, ...text.legend.map((e) => e.label)]) {
    const p = root.appendChild(document.createElement('p'));
    p.textContent = line;
  }
  return untranslated(root, dataStrings(suite.graph));
}

describe('the List caption names the analysis shown in the chosen language', () => {
  it.each(ANALYSES)('%s', (_, intent) => {
    show(intent);
    const { container } = render(<RelationList />);
    const caption = container.querySelector('.relation-list-title .muted')!.textContent!;
    // The subject is the analysis's own message, nested in the caption's message.
    expect(caption).toMatch(new RegExp(`⟪.*⟪.*${intent.kind === 'path' ? 'Paths' : ''}.*⟫.*⟫`));
    expect(untranslated(container, dataStrings(suite.graph))).toEqual([]);
  });

  it('in French, with the names from the graph', async () => {
    await i18n.changeLanguage('fr');
    show({ kind: 'path', from: 'pry', to: 'moz' });
    const { container } = render(<RelationList />);
    expect(container.querySelector('.relation-list-title')!.textContent).toMatch(
      /relations? mises? en évidence : Chemins : Paraguay ↔ Mozambique/,
    );
  });
});

describe('the exported image speaks the chosen language', () => {
  const states: [string, () => void][] = [
    ['nothing chosen', () => {}],
    ['a node selected', () => useAtlas.getState().selectNode('pry')],
    [
      'a relation selected',
      () => useAtlas.getState().selectEdge(suite.graph.findEdge((_, a) => a.type === 'funding')!),
    ],
    [
      'filtered, coloured by community',
      () => {
        useAtlas.getState().toggleRelationType('funding');
        useAtlas.setState({ colorBy: 'community' });
      },
    ],
    ['coloured by degree', () => useAtlas.setState({ colorBy: 'degree' })],
    ...ANALYSES.map(([name, intent]): [string, () => void] => [name, () => show(intent)]),
  ];

  it.each(states)('%s', (_, arrange) => {
    act(arrange);
    const text = words();
    expect(text.legend.length).toBeGreaterThan(0);
    expect(englishIn(text)).toEqual([]);
    // Kind and relation ids ("country", "funding") are data strings too: a legend line is always a message.
    for (const line of [text.caption, text.sources, ...text.legend.map((e) => e.label)]) expect(line).toMatch(/^⟪.*⟫$/);
  });

  it('the rule catches English: the English words of the same view are found', async () => {
    await i18n.changeLanguage('en');
    expect(englishIn(words())).toContain('Sources (in "Sources: The Guide (2013)")');
  });

  it('in French: title, caption and legend, as the image export asks the renderer to draw them', async () => {
    await i18n.changeLanguage('fr');
    const requests: ImageRequest[] = [];
    const exporter = vi.fn(async (request: ImageRequest) => {
      requests.push(request);
      return new Blob(['png'], { type: 'image/png' });
    });
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    act(() => useAtlas.setState({ imageExporter: exporter }));
    act(() => useAtlas.getState().toggleRelationType('funding'));
    render(<ImageExport />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: i18n.t('chrome.export.screen') })));
    click.mockRestore();
    const text = requests[0]!.text;
    expect(text.title).toBe('Test : coopération Sud-Sud et triangulaire');
    expect(text.caption).toBe(
      `Affichés (vue filtrée) : ${suite.graph.order} sur ${suite.graph.order} acteurs et ${suite.graph.size - 1} sur ${suite.graph.size} ` +
        'relations ; chaque relation s’appuie sur une citation de son document.',
    );
    const legend = text.legend.map((e) => e.label);
    expect(legend).toEqual(
      expect.arrayContaining(['Pays', 'Organisation', 'Initiative', 'Transfert de connaissances']),
    );
    expect(legend).not.toContain('Financement');
    expect(text.sources).toBe('Sources : The Guide (2013)');
    act(() => useAtlas.setState({ colorBy: 'betweenness' }));
    expect(words().legend[0]!.label).toBe('Couleur des nœuds : intermédiarité');
  });
});
