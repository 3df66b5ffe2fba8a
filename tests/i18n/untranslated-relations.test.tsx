// @vitest-environment jsdom
// Relations and filters in the chosen language: the List view, node and edge details, the filters and
// the timeline show no English word of their own in the pseudo-language, and in French and Portuguese
// a relation reads as one sentence of that language with the names in it.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { FilterPanel } from '../../src/panels/FilterPanel.tsx';
import { DetailsPanel } from '../../src/panels/DetailsPanel.tsx';
import { RelationList } from '../../src/panels/RelationList.tsx';
import { MODALITIES, ORG_TYPES, PILLARS, REGIONS, RELATION_TYPES, THEMES } from '../../src/graph/types.ts';

import { dataStrings, untranslated } from './pseudo.ts';
import { pseudoLanguageSuite } from './pseudo-suite.ts';

const suite = pseudoLanguageSuite();

const set = (state: Partial<ReturnType<typeof useAtlas.getState>>) => () => useAtlas.setState(state);
const hideType = (type: (typeof RELATION_TYPES)[number]) => () => useAtlas.getState().toggleRelationType(type);

const cases: [string, () => ReactElement, () => void][] = [
  ['filters', () => <FilterPanel />, () => {}],
  [
    'filters with facets chosen and a period',
    () => <FilterPanel />,
    () => {
      const s = useAtlas.getState();
      s.toggleModality('south-south');
      s.togglePillar('rights');
      s.toggleTheme('child-labour');
      s.toggleRegion('Americas');
      s.toggleRelationType('funding');
      s.setPeriod({ from: 2010, to: 2012 });
    },
  ],
  ['filters with one year', () => <FilterPanel />, () => useAtlas.getState().setPeriod({ from: 2013, to: 2013 })],
  [
    'filters of a suite.graph without dates',
    () => <FilterPanel />,
    () => {
      suite.graph.dropNode('child');
      suite.graph.dropNode('spf');
      suite.graph.dropNode('expo');
    },
  ],
  ['details of a country (Paraguay)', () => <DetailsPanel />, set({ selectedNode: 'pry' })],
  ['details of a country with relations in initiatives (Brazil)', () => <DetailsPanel />, set({ selectedNode: 'bra' })],
  ['details of a northern country that hosts', () => <DetailsPanel />, set({ selectedNode: 'usa' })],
  ['details of an initiative with several groups', () => <DetailsPanel />, set({ selectedNode: 'child' })],
  ['details of an organization', () => <DetailsPanel />, set({ selectedNode: 'ilo' })],
  ['details of a government agency', () => <DetailsPanel />, set({ selectedNode: 'abc' })],
  ['details of a forum', () => <DetailsPanel />, set({ selectedNode: 'expo' })],
  [
    'details with relations hidden by filters',
    () => <DetailsPanel />,
    () => {
      hideType('knowledge_transfer')();
      useAtlas.setState({ selectedNode: 'pry' });
    },
  ],
  [
    'details of a node with no visible relation',
    () => <DetailsPanel />,
    () => {
      useAtlas.getState().toggleKind('organization');
      useAtlas.setState({ selectedNode: 'lonely' });
    },
  ],
  [
    'details of an edge in an initiative',
    () => <DetailsPanel />,
    set({ selectedEdge: 'knowledge_transfer:bra->pry@child' }),
  ],
  ['details of an edge', () => <DetailsPanel />, set({ selectedEdge: 'funding:usdol->child' })],
  [
    'details of an edge without evidence',
    () => <DetailsPanel />,
    () => {
      suite.graph.setEdgeAttribute('hosting:usa->expo', 'evidence', []);
      useAtlas.setState({ selectedEdge: 'hosting:usa->expo' });
    },
  ],
  ['list', () => <RelationList />, () => {}],
  ['list with filters', () => <RelationList />, hideType('knowledge_transfer')],
  ['list of a selected node', () => <RelationList />, set({ selectedNode: 'bra' })],
  ['list of a selected node with one relation', () => <RelationList />, set({ selectedNode: 'usdol' })],
  ['list with an edge selected', () => <RelationList />, set({ selectedEdge: 'funding:usdol->child' })],
  ['list with nothing visible', () => <RelationList />, () => RELATION_TYPES.forEach((type) => hideType(type)())],
];

/** The triangular roles inside node details are another panel's words (NodeArrangements), checked there. */
function withoutArrangements(container: HTMLElement): HTMLElement {
  container.querySelector('section[aria-label="Triangular roles"]')?.remove();
  return container;
}

describe('relations and filters speak the chosen language', () => {
  it.each(cases)('%s', (_, element, arrange) => {
    arrange();
    const { container } = render(element());
    expect(container.textContent).not.toBe('');
    expect(untranslated(withoutArrangements(container), dataStrings(suite.graph))).toEqual([]);
  });

  it('while the timeline plays', () => {
    const { container } = render(<FilterPanel />);
    fireEvent.click(within(container).getByRole('button', { name: '⟪Play⟫' }));
    expect(within(container).getByRole('button', { name: '⟪Pause⟫' })).toBeTruthy();
    expect(untranslated(container, dataStrings(suite.graph))).toEqual([]);
    fireEvent.click(within(container).getByRole('button', { name: '⟪Pause⟫' }));
  });

  it('has a sentence, a sentence in an initiative and group phrases for every relation type, and a name for every facet value', () => {
    const has = (key: string) => i18n.exists(key, { lng: 'en' });
    const keys = [
      ...RELATION_TYPES.flatMap((type) => [
        `relations.sentence.${type}`,
        `relations.edge.within.${type}`,
        `relations.group.${type}.out`,
        `relations.group.${type}.in`,
      ]),
      ...MODALITIES.map((value) => `facets.modality.${value}`),
      ...PILLARS.map((value) => `facets.pillar.${value}`),
      ...THEMES.map((value) => `facets.theme.${value}`),
      ...REGIONS.map((value) => `facets.region.${value}`),
      ...ORG_TYPES.map((value) => `facets.orgType.${value}`),
    ];
    expect(keys.filter((key) => !has(key))).toEqual([]);
  });
});

describe('a relation reads as one sentence of the language', () => {
  const rowText = (pattern: RegExp) =>
    screen
      .getAllByRole('option')
      .map((option) => option.querySelector('.row-sentence')?.textContent ?? '')
      .find((text) => pattern.test(text));

  it('in French: the List, its caption, the filters and the timeline', async () => {
    await act(() => i18n.changeLanguage('fr'));
    render(<RelationList />);
    expect(rowText(/Paraguay/)).toBe('Brésil a partagé son expérience avec Paraguay');
    expect(rowText(/United States Department of Labor/)).toBe(
      'United States Department of Labor finance Child labour initiative',
    );
    expect(screen.getByRole('listbox').getAttribute('aria-label')).toBe(
      `Les ${suite.graph.size} relations visibles, regroupées par acteur`,
    );
    const brazil = screen.getAllByRole('option').find((option) => option.textContent?.startsWith('Brésil —'));
    expect(brazil?.textContent).toBe('Brésil — pays, 2 relations');

    render(<FilterPanel />);
    // A checkbox's words, and what its count says to a screen reader (the "only …" sections start closed).
    const facet = (name: string) =>
      [...document.querySelectorAll('.checkbox-label')].find((label) => label.textContent === name)?.closest('label');
    for (const name of ['Travail des enfants', 'Droits au travail', 'Sud-Sud', 'Triangulaire', 'Amériques'])
      expect(facet(name)?.querySelector('input[type=checkbox]')).toBeTruthy();
    expect(facet('Financement')?.querySelector('.count')?.getAttribute('aria-label')).toBe('1 retenu');
    // French counts 0 and 1 in the singular.
    const bars = [...document.querySelectorAll('.year-histogram span')].map((bar) => bar.getAttribute('title'));
    expect(bars).toContain('2009 : 1 initiative, 0 forum');
    expect(bars).toContain('2012 : 2 initiatives, 0 forum');
    expect(screen.getByRole('group', { name: 'Chronologie' })).toBeTruthy();
  });

  it('in Portuguese: the List, the edge and the node details', async () => {
    await act(() => i18n.changeLanguage('pt'));
    const { unmount } = render(<RelationList />);
    // Countries by their Portuguese names, as in the details (nodeName); other actors by the documents' names.
    expect(rowText(/Paraguai/)).toBe('Brasil partilhou a sua experiência com Paraguai');
    expect(rowText(/Expo/)).toBe('Estados Unidos acolhe GSSD Expo 2014');
    unmount();

    act(() => useAtlas.setState({ selectedEdge: 'knowledge_transfer:bra->pry@child' }));
    const edge = render(<DetailsPanel />);
    expect(
      screen.getByRole('region', {
        name: 'Brasil partilhou a sua experiência com Paraguai no âmbito de Child labour initiative',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Transferência de conhecimentos' })).toBeTruthy();
    edge.unmount();

    act(() => useAtlas.setState({ selectedNode: 'pry', selectedEdge: null }));
    render(<DetailsPanel />);
    const learned = screen.getByRole('region', { name: 'aprendeu com (1)' });
    expect(within(learned).getByRole('heading').textContent).toBe('Aprendeu com (1)');
    expect(learned.querySelector('.within')?.textContent).toBe('Brasil no âmbito de Child labour initiative');
    expect(screen.getByText('Américas')).toBeTruthy();
  });
});
