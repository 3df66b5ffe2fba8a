// @vitest-environment jsdom
// Panels as a person uses them: type in Search and pick a result, switch a relation type off in
// the legend, read a node's relations with their quotes, open a neighbour.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { SearchBox } from '../../src/panels/SearchBox.tsx';
import { FilterPanel } from '../../src/panels/FilterPanel.tsx';
import { DetailsPanel } from '../../src/panels/DetailsPanel.tsx';
import { StatusBar } from '../../src/panels/StatusBar.tsx';
import { Notices } from '../../src/panels/Notices.tsx';
import { makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';

beforeEach(() => resetAtlas(makeGraph()));

describe('SearchBox', () => {
  it('finds a node by acronym, shows the alias, and selects it with Enter', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'abc');
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toBe('ABC → Brazilian Cooperation Agency');
    await user.keyboard('{Enter}');
    expect(useAtlas.getState().selectedNode).toBe('abc');
    expect(useAtlas.getState().cameraRequest).toMatchObject({ kind: 'frame', nodes: ['abc'] });
  });

  it('moves through results with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'bra');
    const labels = screen.getAllByRole('option').map((o) => o.textContent);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(useAtlas.getState().selectedNode).not.toBeNull();
    expect(labels.length).toBeGreaterThan(1);
    expect(useAtlas.getState().graph!.getNodeAttribute(useAtlas.getState().selectedNode!, 'label')).toBe(
      labels[1]?.replace(/^.* → /, ''),
    );
  });

  it('clears the query with Escape when the list is closed', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'xyz');
    await user.keyboard('{Escape}{Escape}');
    expect(useAtlas.getState().query).toBe('');
  });
});

describe('FilterPanel', () => {
  it('has a labelled checkbox per relation type with its count, which hides the type', async () => {
    const user = userEvent.setup();
    render(
      <>
        <FilterPanel />
        <StatusBar />
      </>,
    );
    const transfer = screen.getByRole('checkbox', { name: /Knowledge transfer/ });
    expect((transfer as HTMLInputElement).checked).toBe(true);
    expect(transfer.closest('label')?.textContent).toContain('2');
    expect(screen.getByTestId('graph-size').textContent).toContain('8 of 8 edges');
    await user.click(transfer);
    expect(useAtlas.getState().filters.hiddenTypes.has('knowledge_transfer')).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Knowledge transfer/ }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('graph-size').textContent).toContain('6 of 8 edges');
  });

  it('updates the other counts when a kind is hidden', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    expect(screen.getByRole('checkbox', { name: /Funding/ }).closest('label')?.textContent).toContain('1');
    await user.click(screen.getByRole('checkbox', { name: /Organization/ }));
    expect(screen.queryByRole('checkbox', { name: /Funding/ })).toBeNull();
  });
});

describe('DetailsPanel', () => {
  it('shows a node named region with its relations grouped by direction and their quotes', async () => {
    const user = userEvent.setup();
    useAtlas.setState({ selectedNode: 'pry' });
    render(<DetailsPanel />);
    const region = screen.getByRole('region', { name: 'Paraguay' });
    const learned = within(region).getByRole('region', { name: 'learned from (1)' });
    expect(within(learned).getByRole('button', { name: 'Brazil' })).toBeTruthy();
    expect(learned.textContent).toContain('“bra knowledge_transfer pry”');
    expect(learned.textContent).toContain('The Guide');
    await user.click(within(learned).getByRole('button', { name: 'Show in document' }));
    expect(useAtlas.getState().openEvidence).toEqual({ source: 'doc', quote: 'bra knowledge_transfer pry' });
    await user.click(within(learned).getByRole('button', { name: 'Brazil' }));
    expect(useAtlas.getState().selectedNode).toBe('bra');
    expect(screen.getByRole('region', { name: 'Brazil' })).toBeTruthy();
  });

  it("shows an event's place as plain text, never as HTML", () => {
    useAtlas.getState().graph!.mergeNodeAttributes('expo', { place: 'Washington, <b>DC</b>' });
    useAtlas.setState({ selectedNode: 'expo' });
    render(<DetailsPanel />);
    const region = screen.getByRole('region', { name: 'GSSD Expo 2014' });
    const term = within(region).getByText('Place');
    expect(term.nextElementSibling?.textContent).toBe('Washington, <b>DC</b>');
    expect(region.querySelector('b')).toBeNull();
    expect(within(region).getByText('Held in').nextElementSibling?.textContent).toBe('United States');
  });

  it('changes when a relation type is filtered out', () => {
    useAtlas.setState({ selectedNode: 'pry' });
    render(<DetailsPanel />);
    expect(screen.queryByRole('region', { name: 'learned from (1)' })).not.toBeNull();
    act(() => useAtlas.getState().toggleRelationType('knowledge_transfer'));
    expect(screen.queryByRole('region', { name: 'learned from (1)' })).toBeNull();
    expect(screen.getByTestId('hidden-relations').textContent).toContain('1 relation hidden by the filters');
  });

  it('shows an edge with its evidence', () => {
    useAtlas.setState({ selectedEdge: 'funding:usdol->child' });
    render(<DetailsPanel />);
    const region = screen.getByRole('region', {
      name: 'United States Department of Labor funds Child labour initiative',
    });
    expect(region.textContent).toContain('“usdol funding child”');
  });

  it('renders data text as text, never as HTML', () => {
    useAtlas.getState().graph!.setNodeAttribute('pry', 'description', '<img src=x onerror="alert(1)">');
    useAtlas.setState({ selectedNode: 'pry' });
    const { container } = render(<DetailsPanel />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });
});

describe('Notices', () => {
  it('lists notices and dismisses one', () => {
    const first = { key: 'notice.unknownParam', params: { param: 'foo' } } as const;
    const second = { key: 'notice.mapFailed', params: { detail: 'second' } } as const;
    useAtlas.setState({ notices: [first, second] });
    render(<Notices />);
    expect(screen.getByRole('status').textContent).toContain('Ignored link parameter "foo"');
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]!);
    expect(useAtlas.getState().notices).toEqual([second]);
  });
});
