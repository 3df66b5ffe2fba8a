// The metrics worker's protocol: it receives a serialized graph (graph.export()) and answers with
// the metrics or the error's message. Kept apart from the worker entry so it can be tested.
import Graph from 'graphology';
import type { AtlasGraph, SerializedAtlasGraph } from '../graph/types.ts';
import { computeMetrics, type Metrics, type MetricsOptions } from './metrics.ts';

export interface MetricsRequest {
  graph: SerializedAtlasGraph;
  options?: MetricsOptions;
}

export type MetricsResponse = { ok: true; metrics: Metrics } | { ok: false; error: string };

export function answerMetricsRequest({ graph: serialized, options }: MetricsRequest): MetricsResponse {
  try {
    const graph: AtlasGraph = new Graph({ type: 'directed', multi: true });
    graph.import(serialized);
    return { ok: true, metrics: computeMetrics(graph, options) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
