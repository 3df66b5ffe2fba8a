// @vitest-environment jsdom
// Analysis panels as a person uses them: choose a triangular arrangement and see exactly its actors
// highlighted; sort them; find paths between two actors; colour by community; open a matrix cell.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { selectHighlight } from '../../src/store/highlight.ts';
import { TriangularPanel } from '../../src/panels/TriangularPanel.tsx';
import { ArrangementLegs } from '../../src/panels/ArrangementLegs.tsx';
import { ConnectionsPanel } from '../../src/panels/ConnectionsPanel.tsx';
import { BrokersPanel } from '../../src/panels/BrokersPanel.tsx';
import { MatrixPanel } from '../../src/panels/MatrixPanel.tsx';
import { NodeDetails } from '../../src/panels/NodeDetails.tsx';
import { addEdge, addNode, makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';

beforeEach(() => {
  const graph = makeGraph();
  // A second arrangement so that sorting matters: Germany facilitates, India shares with Nepal.
  addNode(graph, 'deu', { label: 'Germany', kind: 'country', iso3: 'DEU', region: 'Europe', northSouth: 'north' });
  addNode(graph, 'ind', { label: 'India', kind: 'country', iso3: 'IND', region: 'Asia', northSouth: 'south' });
  addNode(graph, 'npl', { label: 'Nepal', kind: 'country', iso3: 'NPL', region: 'Asia', northSouth: 'south' });
  addNode(graph, 'asia', { label: 'Asian skills project', kind: 'initiative', start: 2010, modality: ['triangular'] });
  addEdge(graph, 'deu', 'asia', { type: 'funding' });
  addEdge(graph, 'ind', 'npl', { type: 'knowledge_transfer', initiative: 'asia' });
  resetAtlas(graph);
});

describe('TriangularPanel', () => {
  it('lists arrangements with their roles and highlights exactly the chosen one', async () => {
    const user = userEvent.setup();
    render(
      <>
        <TriangularPanel />
        <ArrangementLegs />
      </>,
    );
    const list = screen.getByRole('list', { name: /Arrangements/ });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const child = cards.find((card) => card.textContent?.includes('Child labour initiative'))!;
    expect(child.textContent).toMatch(/Facilitator.*United States Department of Labor/);
    expect(child.textContent).toMatch(/Pivot.*Brazil/);
    expect(child.textContent).toMatch(/Beneficiary.*Paraguay/);
    await user.click(within(child).getByRole('button', { name: 'Child labour initiative' }));
    const highlight = selectHighlight(useAtlas.getState())!;
    // The ILO implements the initiative: a multilateral implementer facilitates (issue 10).
    expect([...highlight.edges].sort()).toEqual([
      'funding:usdol->child',
      'implementation:ilo->child',
      'knowledge_transfer:bra->pry@child',
    ]);
    expect(highlight.nodes.has('deu')).toBe(false);
    expect(highlight.nodes.has('pry') && highlight.nodes.has('usdol') && highlight.nodes.has('bra')).toBe(true);
    expect(useAtlas.getState().cameraRequest).toMatchObject({
      kind: 'frame',
      nodes: expect.arrayContaining(['bra', 'pry']),
    });
    expect(screen.getByRole('region', { name: 'Arrangement evidence' }).textContent).toContain(
      '“bra knowledge_transfer pry”',
    );
  });

  it('sorts by pivot and by facilitator', async () => {
    const user = userEvent.setup();
    render(<TriangularPanel />);
    const order = () =>
      within(screen.getByRole('list', { name: /Arrangements/ }))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('button')?.textContent);
    expect(order()).toEqual(['Child labour initiative', 'Asian skills project']);
    await user.selectOptions(screen.getByRole('combobox', { name: /Sort by/ }), 'facilitators');
    // "Germany" sorts before "International Labour Organization, …" (the child labour initiative).
    expect(order()).toEqual(['Asian skills project', 'Child labour initiative']);
    await user.click(screen.getByRole('button', { name: 'A → Z' }));
    expect(order()).toEqual(['Child labour initiative', 'Asian skills project']);
  });

  it('tells in a node details which role it plays', () => {
    render(<NodeDetails node="bra" />);
    expect(screen.getByRole('region', { name: 'Triangular roles' }).textContent).toMatch(
      /Pivot in Child labour initiative/,
    );
  });
});

describe('ConnectionsPanel', () => {
  it('finds the shortest paths between two picked actors and tells them with evidence', async () => {
    const user = userEvent.setup();
    render(<ConnectionsPanel />);
    await user.type(screen.getByRole('combobox', { name: 'From' }), 'Paraguay');
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'To' }), 'USDOL');
    await user.keyboard('{Enter}');
    const paths = screen.getByTestId('paths');
    expect(paths.textContent).toMatch(/1 shortest path\(s\) of 2 step\(s\)/);
    expect(paths.textContent).toMatch(/Paraguay .* Child labour initiative/);
    expect(selectHighlight(useAtlas.getState())?.nodes).toEqual(new Set(['pry', 'child', 'usdol']));
  });

  it('respects the relation types the filters keep', async () => {
    useAtlas.getState().toggleRelationType('funding');
    useAtlas.getState().findPaths('pry', 'usdol');
    render(<ConnectionsPanel />);
    expect(screen.getByTestId('paths').textContent).toMatch(/No connection/);
  });
});

describe('BrokersPanel', () => {
  it('computes metrics, ranks brokers and colours by community', async () => {
    render(<BrokersPanel />);
    void useAtlas.getState().runMetrics();
    await waitFor(() => expect(useAtlas.getState().metricsStatus).toBe('ready'));
    const table = await screen.findByRole('table', { name: 'Brokers, by betweenness' });
    const first = within(table).getAllByRole('row')[1]!;
    expect(first.textContent).toMatch(/Brazil|International Labour Organization|Child labour initiative/);
    fireEvent.change(screen.getByRole('combobox', { name: /Colour by/ }), { target: { value: 'community' } });
    expect(useAtlas.getState().colorBy).toBe('community');
  });
});

describe('MatrixPanel', () => {
  it('shows country × country transfers and highlights a cell', async () => {
    render(<MatrixPanel />);
    const cell = screen.getByRole('button', { name: 'Brazil to Paraguay: 1 transfer(s)', hidden: true });
    fireEvent.click(cell);
    expect(selectHighlight(useAtlas.getState())?.edges).toEqual(new Set(['knowledge_transfer:bra->pry@child']));
    expect(useAtlas.getState().analysis).toEqual({ kind: 'transfers', from: 'bra', to: 'pry' });
    expect(screen.getByRole('table', { hidden: true }).querySelectorAll('tbody th')).toHaveLength(2);
  });
});
