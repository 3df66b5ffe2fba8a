// Loading the graph: a server that never answers ends in an error naming the URL after the
// deadline, not an endless "Loading…"; "Try again" while one load still waits wins over it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../../src/store/store.ts';
import { LOAD_TIMEOUT_MS } from '../../src/store/fetch-text.ts';
import { makeGraph } from '../fixtures/graph.ts';
import { english } from '../fixtures/english.ts';

const GRAPH = JSON.stringify(makeGraph().export());
const never = () => new Promise<Response>(() => {});
/** A fetch that, like the real one, rejects when its signal aborts. */
const hanging = (_: unknown, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loadData', () => {
  it.each([
    ['ignores its signal', never],
    ['rejects on abort', hanging],
  ])('gives up after the deadline with an error naming the URL, when the fetch %s', async (_, fetcher) => {
    const fetch = vi.fn(fetcher);
    vi.stubGlobal('fetch', fetch);
    const store = createAtlasStore();
    const loading = store.getState().loadData('data/graph.json');
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1);
    expect(store.getState().status).toBe('loading');
    await vi.advanceTimersByTimeAsync(1);
    await loading;
    expect(store.getState().status).toBe('error');
    expect(english(store.getState().error!)).toBe('data/graph.json: the server did not answer within 15 s');
    expect((fetch.mock.calls[0]![1] as RequestInit).signal!.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes a shorter deadline for tests, and clears it when the answer comes', async () => {
    vi.stubGlobal('fetch', vi.fn(never));
    const store = createAtlasStore();
    const loading = store.getState().loadData('g.json', { timeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    await loading;
    expect(english(store.getState().error!)).toBe('g.json: the server did not answer within 0.1 s');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(GRAPH)),
    );
    await store.getState().loadData('g.json', { timeoutMs: 50 });
    expect(store.getState().status).toBe('ready');
    expect(store.getState().graph?.order).toBe(makeGraph().order);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets "Try again" win over a load that still waits', async () => {
    vi.stubGlobal('fetch', vi.fn(never));
    const store = createAtlasStore();
    const first = store.getState().loadData('g.json');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(GRAPH)),
    );
    await store.getState().loadData('g.json');
    expect(store.getState().status).toBe('ready');
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    await first;
    expect(store.getState().status).toBe('ready');
    expect(store.getState().error).toBeNull();
  });

  it('names the URL and the status when the server answers with an error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' })),
    );
    const store = createAtlasStore();
    await store.getState().loadData('data/graph.json');
    expect(english(store.getState().error!)).toBe('data/graph.json: the server answered 404 Not Found');
  });
});
