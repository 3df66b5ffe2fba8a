// @vitest-environment jsdom
// Import as a person does it in the panels: the CSV mapping form starts from the guess and what the
// user changes is what the import uses; the report lists read, kept, notes and dropped lines under
// headings, takes the focus, and can be reopened from the side panel; the banner's way back.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { ImportOverlay } from '../../src/panels/ImportOverlay.tsx';
import { DataPanel } from '../../src/panels/DataPanel.tsx';
import { ImportedBanner } from '../../src/panels/ImportedBanner.tsx';
import { makeGraph } from '../fixtures/graph.ts';
import { resetAtlas } from '../fixtures/atlas.ts';

const atlas = makeGraph();
beforeEach(() => resetAtlas(atlas));

const EDGES = { name: 'ties.csv', text: 'a,b,how,note\nx,y,funding,"x funds y"\ny,z,hosting,\nz,,funding,\n' };

describe('CSV mapping', () => {
  it('prefills the columns from the headers, and imports with the columns the user picked', async () => {
    const user = userEvent.setup();
    render(<ImportOverlay />);
    await act(() => useAtlas.getState().openFiles([EDGES]));
    const form = screen.getByRole('form', { name: 'Columns of the CSV files' });
    expect((within(form).getByLabelText('Source') as HTMLSelectElement).value).toBe('a');
    expect((within(form).getByLabelText('Relation type') as HTMLSelectElement).value).toBe('');
    await user.selectOptions(within(form).getByLabelText('Relation type'), 'how');
    await user.selectOptions(within(form).getByLabelText('Evidence (quote)'), 'note');
    await user.click(within(form).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(useAtlas.getState().imported?.name).toBe('ties.csv'));
    const graph = useAtlas.getState().graph!;
    expect(graph.mapEdges((_e, a, s, t) => `${s} ${a.type} ${t} ${a.evidence.map((e) => e.quote).join()}`)).toEqual([
      'x funding y x funds y',
      'y hosting z ',
    ]);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('cancels without touching the graph', async () => {
    const user = userEvent.setup();
    render(<ImportOverlay />);
    await act(() => useAtlas.getState().openFiles([EDGES]));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(useAtlas.getState().graph).toBe(atlas);
  });
});

describe('import report', () => {
  it('takes the focus and lists what was read, kept and dropped, under headings; the side panel reopens it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ImportedBanner />
        <DataPanel />
        <ImportOverlay />
      </>,
    );
    await act(() => useAtlas.getState().openFiles([EDGES]));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(document.activeElement).toBe(within(report).getByRole('heading', { level: 2 }));
    const headings = within(report)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Read', 'Kept', 'Notes', 'Dropped or changed (1)']);
    expect(report.textContent).toContain('3 nodes, 2 edges');
    expect(within(report).getAllByRole('list')[1]!.textContent).toBe('ties.csv row 4: no target (column "b")');
    await user.click(within(report).getByRole('button', { name: 'Close the report' }));
    expect(screen.queryByRole('region', { name: 'Import report' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import report' }));
    expect(screen.getByRole('region', { name: 'Import report' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Showing ties.csv (imported)');
    await user.click(screen.getByRole('button', { name: 'Back to the SSTC graph' }));
    expect(useAtlas.getState().graph).toBe(atlas);
    expect(screen.queryByRole('button', { name: 'Back to the SSTC graph' })).toBeNull();
  });
});
