import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeMetrics } from '../../src/analysis/metrics.ts';
import { computeMetricsInWorker } from '../../src/analysis/metrics-client.ts';
import { answerMetricsRequest, type MetricsRequest } from '../../src/analysis/metrics-message.ts';
import { addEdge, country, emptyGraph } from './make-graph.ts';

function pair() {
  const graph = emptyGraph();
  country(graph, 'bra', 'south');
  country(graph, 'pry', 'south');
  country(graph, 'arg', 'south');
  addEdge(graph, 'bra', 'pry', 'knowledge_transfer', { initiative: 'p' });
  addEdge(graph, 'pry', 'arg', 'partnership');
  return graph;
}

/** A Worker stand-in that answers like metrics.worker.ts, through a structured clone. */
class FakeWorker {
  static created: string[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  constructor(url: URL) {
    FakeWorker.created.push(url.pathname.split('/').pop()!);
  }
  postMessage(request: MetricsRequest) {
    setTimeout(() => this.onmessage?.({ data: structuredClone(answerMetricsRequest(structuredClone(request))) }));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('computeMetricsInWorker', () => {
  it('computes in place when there is no Worker', async () => {
    expect(typeof Worker).toBe('undefined');
    const graph = pair();
    await expect(computeMetricsInWorker(graph)).resolves.toEqual(computeMetrics(graph));
  });

  it('sends the serialized graph to metrics.worker.ts and resolves with its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const graph = pair();
    const metrics = await computeMetricsInWorker(graph);
    expect(FakeWorker.created.at(-1)).toBe('metrics.worker.ts');
    expect(metrics).toEqual(computeMetrics(graph));
    expect(metrics.betweenness.pry).toBe(1);
  });

  it('rejects with the worker’s error', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const graph = pair();
    const broken = { ...graph.export(), edges: [{ key: 'e', source: 'bra', target: 'nowhere', attributes: {} }] };
    expect(answerMetricsRequest({ graph: broken as never })).toMatchObject({ ok: false });
    vi.spyOn(graph, 'export').mockReturnValue(broken as never);
    await expect(computeMetricsInWorker(graph)).rejects.toThrow(/^Metrics worker: .*nowhere/);
  });
});
