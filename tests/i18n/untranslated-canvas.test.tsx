// @vitest-environment jsdom
// The canvas's words in the pseudo-language and in French, without sigma (jsdom never constructs it):
// its label and keyboard help (the canvas's frame, which GraphCanvas gives to sigma), and what the arrow keys
// announce, built when spoken: a language switch between two key presses changes the next announcement.
import { render } from '@testing-library/react';
import Graph from 'graphology';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.ts';
import type { AtlasGraph } from '../../src/graph/types.ts';
import { useAtlas } from '../../src/store/store.ts';
import { describePosition, spokenNeighbours } from '../../src/renderer/announce.ts';
import { bindKeyboard } from '../../src/renderer/keyboard.ts';
import { CanvasFrame } from '../../src/renderer/CanvasFrame.tsx';
import { addEdge, addNode } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';
import { dataStrings, leavePseudoLanguage, untranslated, usePseudoLanguage } from './pseudo.ts';

const NONE = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };

/** Brazil with two relations to Paraguay, one to Mozambique and one to South Africa; Chile alone. */
function smallGraph(): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true });
  graph.replaceAttributes({ title: 'Test', sources: [{ id: 'doc', title: 'The Guide', year: 2013, file: 'doc.txt' }] });
  for (const [key, label, iso3] of [
    ['bra', 'Brazil', 'BRA'],
    ['pry', 'Paraguay', 'PRY'],
    ['moz', 'Mozambique', 'MOZ'],
    ['zaf', 'South Africa', 'ZAF'],
    ['chl', 'Chile', 'CHL'],
  ])
    addNode(graph, key!, { label: label!, kind: 'country', iso3 });
  addEdge(graph, 'bra', 'pry', { type: 'knowledge_transfer' });
  addEdge(graph, 'bra', 'pry', { type: 'partnership' });
  addEdge(graph, 'bra', 'moz', { type: 'knowledge_transfer' });
  addEdge(graph, 'zaf', 'bra', { type: 'partnership' });
  return graph;
}

/** Every announcement keyboard navigation can make on the graph, in the current language. */
function announcements(graph: AtlasGraph): string[] {
  const lang = i18n.language;
  const said: string[] = [];
  graph.forEachNode((node) => {
    const neighbours = spokenNeighbours(graph, node, NONE, lang);
    for (let cursor = -1; cursor < neighbours.length; cursor++)
      said.push(describePosition(graph, node, graph.degree(node), neighbours, cursor, i18n.t.bind(i18n), lang));
  });
  return said;
}

function shown(texts: string[]): HTMLElement {
  const div = document.createElement('div');
  for (const text of texts) div.appendChild(document.createElement('p')).textContent = text;
  return div;
}

describe('the canvas in the pseudo-language', () => {
  beforeEach(usePseudoLanguage);
  afterEach(leavePseudoLanguage);

  it('announces every keyboard position with no English word outside the messages', () => {
    const graph = smallGraph();
    const said = announcements(graph);
    expect(said).toHaveLength(5 + 6); // at each node, then at each of its 3 + 1 + 1 + 1 + 0 neighbours
    expect(said.every((text) => text.startsWith('⟪'))).toBe(true);
    expect(untranslated(shown(said), dataStrings(graph))).toEqual([]);
  });

  it('labels the canvas and explains its keys in messages', () => {
    const { container } = render(<CanvasFrame container={null} live={null} />);
    const canvas = container.querySelector('#atlas-graph')!;
    expect(canvas.getAttribute('aria-label')).toMatch(/^⟪.+⟫$/);
    expect(container.querySelector('#atlas-graph-keys')!.textContent).toMatch(/^⟪.+⟫$/);
    expect(untranslated(container, [])).toEqual([]);
  });
});

describe('the canvas in French', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('names countries in French, steps in French alphabetical order and counts with plurals', async () => {
    await i18n.changeLanguage('fr');
    const graph = smallGraph();
    const neighbours = spokenNeighbours(graph, 'bra', NONE, 'fr');
    expect(neighbours.map((n) => n.name)).toEqual(['Afrique du Sud', 'Mozambique', 'Paraguay']);
    const t = i18n.t.bind(i18n);
    expect(describePosition(graph, 'bra', 4, neighbours, 2, t, 'fr')).toBe(
      "Brésil, Pays, 4 relations ; voisin 3 sur 3 : Paraguay (2 relations). Entrée pour l'ouvrir.",
    );
    expect(describePosition(graph, 'moz', 1, spokenNeighbours(graph, 'moz', NONE, 'fr'), -1, t, 'fr')).toBe(
      "Mozambique, Pays, 1 relation ; 1 voisin. Les flèches permettent de passer de l'un à l'autre.",
    );
  });

  it('builds each announcement when it is spoken, in the language of that moment', async () => {
    resetAtlas(smallGraph());
    useAtlas.getState().selectNode('bra');
    const element = document.createElement('div');
    const said: string[] = [];
    const stop = bindKeyboard(element, useAtlas, (text) => said.push(text));
    const press = (key: string) => element.dispatchEvent(new KeyboardEvent('keydown', { key }));
    press('ArrowRight');
    expect(said.at(-1)).toBe('Brazil, Country, 4 relations; neighbour 1 of 3: Mozambique. Enter opens it.');
    await i18n.changeLanguage('fr');
    press('ArrowRight');
    expect(said.at(-1)).toBe("Brésil, Pays, 4 relations ; voisin 2 sur 3 : Mozambique. Entrée pour l'ouvrir.");
    press('Enter');
    expect(useAtlas.getState().selectedNode).toBe('moz');
    expect(said.at(-1)).toBe(
      "Mozambique, Pays, 1 relation ; 1 voisin. Les flèches permettent de passer de l'un à l'autre.",
    );
    stop();
  });
});
