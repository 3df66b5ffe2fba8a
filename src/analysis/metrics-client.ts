// Runs computeMetrics in a Web Worker so big graphs never block the page; computes in place where
// there is no Worker (Node, jsdom tests), loading the metrics code only then.
import type { AtlasGraph, SerializedAtlasGraph } from '../graph/types.ts';
import type { Metrics, MetricsOptions } from './metrics.ts';
import type { MetricsRequest, MetricsResponse } from './metrics-message.ts';

export function computeMetricsInWorker(graph: AtlasGraph, options?: MetricsOptions): Promise<Metrics> {
  if (typeof Worker === 'undefined')
    return import('./metrics.ts').then(({ computeMetrics }) => computeMetrics(graph, options));
  const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Metrics>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MetricsResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.metrics);
      else reject(new Error(`Metrics worker: ${event.data.error}`));
    };
    worker.onerror = (event: ErrorEvent) => {
      worker.terminate();
      reject(new Error(`Metrics worker: ${event.message || 'failed to start'}`));
    };
    const request: MetricsRequest = { graph: graph.export() as SerializedAtlasGraph, options };
    worker.postMessage(request);
  });
}
