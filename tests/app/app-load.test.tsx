// @vitest-environment jsdom
// Loading as a person sees it: a server that never answers ends "Loading…" with an error that names
// the URL and a "Try again" that works; a graph without nodes says so instead of "0 of 0 nodes".
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../src/store/store.ts';
import { App, GRAPH_URL } from '../../src/app/App.tsx';
import { LOAD_TIMEOUT_MS } from '../../src/store/fetch-text.ts';
import { makeGraph } from '../fixtures/graph.ts';

vi.mock('../../src/renderer/GraphCanvas.tsx', () => ({ GraphCanvas: () => <div data-testid="graph-canvas" /> }));

const answer = (body: string) => vi.fn(async () => new Response(body));

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('App loading', () => {
  it('stops waiting for a server that never answers, names the URL, and tries again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    render(<App />);
    expect(screen.getByRole('status').textContent).toContain('Loading the cooperation graph');
    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(`${GRAPH_URL}: the server did not answer within 15 s`);
    expect(screen.queryByText(/Loading the cooperation graph/)).toBeNull();

    vi.stubGlobal('fetch', answer(JSON.stringify(makeGraph().export())));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says that a graph without nodes has none, naming the file, instead of "0 of 0 nodes"', async () => {
    vi.stubGlobal('fetch', answer('{"nodes": [], "edges": []}'));
    render(<App />);
    const message = await screen.findByRole('heading', { name: 'This graph has no nodes' });
    expect(message.parentElement!.textContent).toContain(`${GRAPH_URL} was loaded, but holds no nodes`);
    expect(screen.getByTestId('graph-size').textContent).toBe('This graph has no nodes.');
    expect(document.body.textContent).not.toContain('0 of 0');
  });

  it('shows no such message for a graph with nodes', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify(makeGraph().export())));
    render(<App />);
    await screen.findByRole('combobox', { name: 'Search' });
    expect(screen.queryByRole('heading', { name: 'This graph has no nodes' })).toBeNull();
    expect(screen.getByTestId('graph-size').textContent).toBe('11 of 11 nodes · 8 of 8 edges shown');
  });
});
