// @vitest-environment jsdom
// Analysis panels as a person uses them: choose a triangular arrangement and see exactly its actors
// highlighted; sort them; find paths between two actors; colour by community; open a matrix cell.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { selectHighlight } from '../../src/store/highlight.ts';
import { TriangularPanel } from '../../src/panels/TriangularPanel.tsx';
import { ConnectionsPanel } from '../../src/panels/ConnectionsPanel.tsx';
import { BrokersPanel } from '../../src/panels/BrokersPanel.tsx';
import { MatrixPanel } from '../../src/panels/MatrixPanel.tsx';
import { NodeDetails } from '../../src/panels/NodeDetails.tsx';
import { addEdge, addNode, makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';

let graph: ReturnType<typeof makeGraph>;
beforeEach(() => {
  graph = makeGraph();
  // A second arrangement so that sorting and filtering matter: Germany funds what it calls a
  // triangular project (stated), India shares with Nepal.
  addNode(graph, 'deu', { label: 'Germany', kind: 'country', iso3: 'DEU', region: 'Europe', northSouth: 'north' });
  addNode(graph, 'ind', { label: 'India', kind: 'country', iso3: 'IND', region: 'Asia', northSouth: 'south' });
  addNode(graph, 'npl', { label: 'Nepal', kind: 'country', iso3: 'NPL', region: 'Asia', northSouth: 'south' });
  addNode(graph, 'asia', { label: 'Asian skills project', kind: 'initiative', start: 2010, modality: ['triangular'] });
  addEdge(graph, 'deu', 'asia', {
    type: 'funding',
    evidence: [{ source: 'doc', quote: 'Germany funds this triangular project.' }],
  });
  addEdge(graph, 'ind', 'npl', { type: 'knowledge_transfer', initiative: 'asia' });
  resetAtlas(graph);
});

/** The cards: the list's own items, not the quotes listed inside them. */
const cards = () => [...screen.getByRole('list', { name: /Arrangements/ }).children] as HTMLElement[];
const card = (name: RegExp) => cards().find((li) => name.test(li.querySelector('button')?.textContent ?? ''))!;
const titles = () => cards().map((li) => li.querySelector('button')?.textContent);

describe('TriangularPanel', () => {
  it('lists arrangements with their roles and highlights exactly the chosen one, its actors by role', async () => {
    const user = userEvent.setup();
    render(<TriangularPanel />);
    expect(cards()).toHaveLength(2);
    const child = card(/Child labour/);
    expect(child.textContent).toMatch(/Facilitator.*United States Department of Labor/);
    expect(child.textContent).toMatch(/Pivot.*Brazil/);
    expect(child.textContent).toMatch(/Beneficiary.*Paraguay/);
    expect(screen.queryByRole('region', { name: 'Arrangement evidence' })).toBeNull();
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
    expect(Object.fromEntries(highlight.roles!)).toMatchObject({
      bra: 'pivot',
      pry: 'beneficiary',
      usdol: 'facilitator',
      usa: 'facilitator',
      ilo: 'facilitator',
    });
    expect(useAtlas.getState().cameraRequest).toMatchObject({
      kind: 'frame',
      nodes: expect.arrayContaining(['bra', 'pry']),
    });
    // The legs open in place, inside the chosen card, not below the list.
    const legs = within(card(/Child labour/)).getByRole('region', { name: 'Arrangement evidence' });
    expect(legs.textContent).toContain('“bra knowledge_transfer pry”');
    expect(within(card(/Asian/)).queryByRole('region', { name: 'Arrangement evidence' })).toBeNull();
    await user.click(card(/Child labour/).querySelector('button')!);
    expect(useAtlas.getState().analysis).toBeNull();
    expect(screen.queryByRole('region', { name: 'Arrangement evidence' })).toBeNull();
  });

  it('tells each arrangement in a sentence, stated with its quote or inferred, and a mutual exchange as one', () => {
    addEdge(graph, 'npl', 'ind', { type: 'knowledge_transfer', initiative: 'asia' });
    render(<TriangularPanel />);
    const child = card(/Child labour/);
    expect(child.textContent).toContain(
      'With funding from United States Department of Labor and support from International Labour Organization, ' +
        'Brazil shared its experience with Paraguay (Child labour initiative).',
    );
    expect(child.textContent).toMatch(/Inferred from the roles/);
    expect(child.textContent).not.toMatch(/Mutual exchange/);
    const asia = card(/Asian/);
    expect(asia.textContent).toMatch(/Stated.*“Germany funds this triangular project\.”.*The Guide/);
    expect(asia.textContent).toMatch(/Mutual exchange.*India and Nepal both share and learn/);
    expect(asia.textContent).toMatch(/India and Nepal learned from one another/);
  });

  it('filters by actor in a role, by basis and by completeness, and keeps the filter in the view state', async () => {
    const user = userEvent.setup();
    render(<TriangularPanel />);
    await user.type(screen.getByRole('combobox', { name: 'Actor' }), 'Brazil');
    await user.keyboard('{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'pivot');
    expect(useAtlas.getState().arrangementFilter).toEqual({ actor: 'bra', role: 'pivot' });
    expect(titles()).toEqual(['Child labour initiative']);
    expect(screen.getByTestId('arrangement-count').textContent).toMatch(/1 of 2 arrangements match/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'beneficiary');
    expect(titles()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useAtlas.getState().arrangementFilter).toEqual({});
    expect(screen.getByRole('combobox', { name: 'Actor' })).toHaveProperty('value', '');
    expect(titles()).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Basis' }), 'stated');
    expect(titles()).toEqual(['Asian skills project']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Basis' }), 'inferred');
    expect(titles()).toEqual(['Child labour initiative']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Basis' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Completeness' }), 'partial');
    expect(titles()).toEqual([]);
  });

  it('shows a filter that a link restores, and says when the arrangement shown is filtered out', () => {
    useAtlas.getState().showAnalysis({ kind: 'arrangement', initiative: 'asia' });
    render(<TriangularPanel />);
    act(() => useAtlas.getState().setArrangementFilter({ actor: 'usdol' }));
    expect(screen.getByRole('combobox', { name: 'Actor' })).toHaveProperty(
      'value',
      'United States Department of Labor',
    );
    expect(titles()).toEqual(['Child labour initiative']);
    expect(screen.getByTestId('arrangement-count').textContent).toMatch(/\(Asian skills project\) is not among them/);
  });

  it('sorts by pivot and by facilitator', async () => {
    const user = userEvent.setup();
    render(<TriangularPanel />);
    expect(titles()).toEqual(['Child labour initiative', 'Asian skills project']);
    await user.selectOptions(screen.getByRole('combobox', { name: /Sort by/ }), 'facilitators');
    // "Germany" sorts before "International Labour Organization, …" (the child labour initiative).
    expect(titles()).toEqual(['Asian skills project', 'Child labour initiative']);
    await user.click(screen.getByRole('button', { name: 'A → Z' }));
    expect(titles()).toEqual(['Child labour initiative', 'Asian skills project']);
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
    expect(paths.textContent).toMatch(/1 shortest path of 2 steps:/);
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
    const cell = screen.getByRole('button', { name: 'Brazil to Paraguay: 1 transfer', hidden: true });
    fireEvent.click(cell);
    expect(selectHighlight(useAtlas.getState())?.edges).toEqual(new Set(['knowledge_transfer:bra->pry@child']));
    expect(useAtlas.getState().analysis).toEqual({ kind: 'transfers', from: 'bra', to: 'pry' });
    expect(screen.getByRole('table', { hidden: true }).querySelectorAll('tbody th')).toHaveLength(2);
  });
});
