// Web Worker entry: computes the metrics off the UI thread (see metrics-client.ts).
import { answerMetricsRequest, type MetricsRequest } from './metrics-message.ts';

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  self.postMessage(answerMetricsRequest(event.data));
};
