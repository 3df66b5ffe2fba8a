// @vitest-environment jsdom
// The analysis panels rendered in the pseudo-language (every message in ⟪ ⟫) in the states a person
// reaches: what is left outside the brackets is data. Then a few real French sentences, with their
// plurals and counts, and a check that every relation type can be told in a sentence.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { selectArrangements } from '../../src/store/selectors.ts';
import { MESSAGES, formatCount, i18n } from '../../src/i18n/i18n.ts';
import { RELATION_TYPES } from '../../src/graph/types.ts';
import { TriangularPanel } from '../../src/panels/TriangularPanel.tsx';
import { ConnectionsPanel } from '../../src/panels/ConnectionsPanel.tsx';
import { BrokersPanel } from '../../src/panels/BrokersPanel.tsx';
import { MatrixPanel } from '../../src/panels/MatrixPanel.tsx';
import { HighlightBar } from '../../src/panels/HighlightBar.tsx';
import { FlowDetails } from '../../src/panels/FlowDetails.tsx';
import { NodeArrangements } from '../../src/panels/NodeArrangements.tsx';
import { addEdge, addNode, makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';
import { dataStrings, leavePseudoLanguage, untranslated, usePseudoLanguage } from './pseudo.ts';

let graph: ReturnType<typeof makeGraph>;

/** The fixture plus a stated arrangement with a mutual exchange and one with no facilitator named. */
function arrange() {
  graph = makeGraph();
  addNode(graph, 'deu', { label: 'Germany', kind: 'country', iso3: 'DEU', region: 'Europe', northSouth: 'north' });
  addNode(graph, 'ind', { label: 'India', kind: 'country', iso3: 'IND', region: 'Asia', northSouth: 'south' });
  addNode(graph, 'npl', { label: 'Nepal', kind: 'country', iso3: 'NPL', region: 'Asia', northSouth: 'south' });
  addNode(graph, 'asia', { label: 'Asian skills project', kind: 'initiative', start: 2010, modality: ['triangular'] });
  addNode(graph, 'sea', { label: 'Sea fisheries programme', kind: 'initiative', modality: ['triangular'] });
  addEdge(graph, 'deu', 'asia', {
    type: 'funding',
    evidence: [{ source: 'doc', quote: 'Germany funds this triangular project.' }],
  });
  addEdge(graph, 'ind', 'npl', { type: 'knowledge_transfer', initiative: 'asia' });
  addEdge(graph, 'npl', 'ind', { type: 'knowledge_transfer', initiative: 'asia' });
  addEdge(graph, 'ind', 'moz', { type: 'knowledge_transfer', initiative: 'sea' });
  resetAtlas(graph);
}

beforeEach(async () => {
  arrange();
  await usePseudoLanguage();
});
afterEach(leavePseudoLanguage);

const english = (element: ReactElement, allowed: string[] = []) => {
  const { container } = render(element);
  return untranslated(container, dataStrings(graph), allowed);
};

describe('the analysis panels speak the chosen language', () => {
  it('the arrangement list: sentences, stated and inferred, a mutual exchange, a role nobody fills', () => {
    const { container } = render(<TriangularPanel />);
    expect(container.textContent).toContain('Germany funds this triangular project.');
    expect(container.querySelectorAll('.arrangement-mutual')).toHaveLength(1);
    expect(selectArrangements(useAtlas.getState()).some((a) => a.unknownRoles.length > 0)).toBe(true);
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('an arrangement chosen, with its legs and their evidence, then filtered out of the list', async () => {
    const user = userEvent.setup();
    const { container } = render(<TriangularPanel />);
    for (const name of ['Child labour initiative', 'Sea fisheries programme']) {
      await user.click(screen.getByRole('button', { name }));
      expect(container.querySelector('.arrangement-legs')).not.toBeNull();
      expect(untranslated(container, dataStrings(graph))).toEqual([]);
    }
    act(() => useAtlas.getState().setArrangementFilter({ actor: 'deu', completeness: 'partial' }));
    expect(screen.getByTestId('arrangement-count').textContent).toMatch(/Sea fisheries programme/);
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('the actor picker, with results and with none', async () => {
    const user = userEvent.setup();
    const { container } = render(<TriangularPanel />);
    const actor = container.querySelector<HTMLInputElement>('fieldset input[type=search]')!;
    await user.type(actor, 'Bra');
    expect(screen.getByRole('listbox')).toBeTruthy();
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
    await user.type(actor, 'zzzz');
    expect(screen.getByRole('status').textContent).not.toBe('');
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('paths found, no path, and the neighbourhood of the selected node', () => {
    useAtlas.getState().findPaths('pry', 'usdol');
    useAtlas.getState().selectNode('bra');
    const { container, rerender } = render(<ConnectionsPanel />);
    expect(screen.getByTestId('paths').querySelectorAll('.path-steps li').length).toBeGreaterThan(1);
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
    act(() => useAtlas.getState().findPaths('pry', 'lonely'));
    rerender(<ConnectionsPanel />);
    expect(screen.getByTestId('paths').querySelector('ol')).toBeNull();
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('brokers: computing, failed, then ranked and coloured by community', async () => {
    useAtlas.setState({ metricsStatus: 'running' });
    const { container } = render(<BrokersPanel />);
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
    // The worker's own error message is shown as it came: it is not the interface's text.
    act(() => useAtlas.setState({ metricsStatus: 'error', metricsError: 'Worker crashed' }));
    expect(untranslated(container, dataStrings(graph), ['Worker crashed'])).toEqual([]);
    act(() => void useAtlas.getState().runMetrics());
    await waitFor(() => expect(useAtlas.getState().metricsStatus).toBe('ready'));
    act(() => useAtlas.getState().setColorBy('community'));
    expect(screen.getByRole('table')).toBeTruthy();
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('the matrix, its dialog and its cells', () => {
    const { container } = render(<MatrixPanel />);
    expect(container.querySelectorAll('td button').length).toBeGreaterThan(0);
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it.each([
    ['an arrangement', { kind: 'arrangement', initiative: 'child' }],
    ['paths', { kind: 'path', from: 'pry', to: 'usdol' }],
    ['a neighbourhood', { kind: 'ego', node: 'bra', depth: 2, direction: 'both' }],
    ['a matrix cell', { kind: 'transfers', from: 'bra', to: 'pry' }],
    ['a flow', { kind: 'flow', from: 'bra', to: 'pry' }],
  ] as const)('the highlight bar for %s', (_, intent) => {
    useAtlas.getState().showAnalysis(intent);
    const { container } = render(<HighlightBar />);
    expect(container.textContent).not.toBe('');
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('the details of a flow between two countries', () => {
    useAtlas.getState().showAnalysis({ kind: 'flow', from: 'bra', to: 'pry' });
    const { container } = render(<FlowDetails from="bra" to="pry" />);
    expect(container.querySelectorAll('.flow-relations > li')).toHaveLength(1);
    expect(untranslated(container, dataStrings(graph))).toEqual([]);
  });

  it('a node in triangular arrangements, as an actor and as the initiative', () => {
    expect(english(<NodeArrangements node="bra" />)).toEqual([]);
    expect(english(<NodeArrangements node="child" />)).toEqual([]);
    expect(screen.getAllByRole('region')).toHaveLength(2);
  });
});

describe('in French', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('tells the paths and the highlight with plurals and counts', () => {
    useAtlas.getState().findPaths('pry', 'usdol');
    render(
      <>
        <ConnectionsPanel />
        <HighlightBar />
      </>,
    );
    expect(screen.getByTestId('paths').textContent).toMatch(/^1 plus court chemin de 2 étapes :/);
    expect(screen.getByTestId('paths').textContent).toContain(
      'Paraguay a participé à Child labour initiative (participation).',
    );
    expect(screen.getByRole('status', { name: 'Mis en évidence' }).textContent).toContain(
      'Chemins : Paraguay ↔ United States Department of Labor — 3 nœuds, 2 liens',
    );
  });

  it('tells an arrangement in a French sentence, names joined with « et »', () => {
    render(<TriangularPanel />);
    expect(screen.getByTestId('arrangement-count').textContent).toBe('Les 3 arrangements.');
    expect(document.body.textContent).toContain(
      "Avec le financement de United States Department of Labor et l'appui de International Labour Organization, " +
        'Brésil a partagé son expérience avec Paraguay (Child labour initiative).',
    );
    expect(document.body.textContent).toContain('Inde et Népal ont appris les uns des autres (Asian skills project).');
  });

  it('writes large counts as French does', () => {
    const count = 12345;
    const said = i18n.t('analysis.matrix.transfers', { count, formatted: formatCount(count) });
    expect(said.replace(/\s/g, ' ')).toBe('12 345 transferts de connaissances');
    expect(i18n.t('analysis.matrix.transfers', { count: 1, formatted: formatCount(1) })).toBe(
      '1 transfert de connaissances',
    );
  });
});

it('every relation type can be told, with links and as a path step, in every language', () => {
  for (const [lang, messages] of Object.entries(MESSAGES)) {
    const analysis = messages.analysis as {
      relation: Record<string, string>;
      connections: { verb: Record<string, string> };
    };
    for (const type of RELATION_TYPES) {
      expect(analysis.relation[type], `${lang} analysis.relation.${type}`).toMatch(/<from\/>.*<to\/>|<to\/>.*<from\/>/);
      expect(analysis.connections.verb[type], `${lang} analysis.connections.verb.${type}`).toMatch(/{{source}}/);
    }
  }
});
