// @vitest-environment jsdom
// The app's error boundaries: when the canvas or a panel fails, the rest stays, the message names
// what failed, and "Reset the view" clears the selection and re-mounts the canvas.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { App } from '../../src/app/App.tsx';
import { makeGraph } from '../fixtures/graph.ts';

const canvas = vi.hoisted(() => ({ failure: null as string | null }));
const filters = vi.hoisted(() => ({ failure: null as string | null }));
vi.mock('../../src/renderer/GraphCanvas.tsx', () => ({
  GraphCanvas: () => {
    if (canvas.failure) throw new Error(canvas.failure);
    return <div data-testid="graph-canvas" />;
  },
}));

vi.mock('../../src/panels/FilterPanel.tsx', () => ({
  FilterPanel: () => {
    if (filters.failure) throw new Error(filters.failure);
    return <p>filters</p>;
  },
}));

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  const json = JSON.stringify(makeGraph().export());
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(json)),
  );
  vi.spyOn(console, 'error').mockImplementation(() => {});
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  canvas.failure = null;
  filters.failure = null;
});

describe('App error boundaries', () => {
  it('keeps the panels when the canvas fails, and gets the canvas back with "Reset the view"', async () => {
    canvas.failure = 'WebGL context lost';
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The graph canvas stopped working.');
    expect(alert.textContent).toContain('WebGL context lost');
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeTruthy();
    expect(screen.getByTestId('graph-size').textContent).toContain('11 of 11 nodes');

    act(() => useAtlas.getState().selectNode('pry'));
    expect(screen.getByRole('region', { name: 'Paraguay' })).toBeTruthy();
    canvas.failure = null;
    fireEvent.click(screen.getByRole('button', { name: 'Reset the view' }));
    expect(screen.getByTestId('graph-canvas')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useAtlas.getState().selectedNode).toBeNull();
  });

  it('keeps the canvas and the search when a panel fails', async () => {
    filters.failure = 'unknown region "Atlantis"';
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The filters stopped working.');
    expect(alert.textContent).toContain('unknown region "Atlantis"');
    expect(screen.getByTestId('graph-canvas')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeTruthy();
  });
});
