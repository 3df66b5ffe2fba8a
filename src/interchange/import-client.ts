// Imports a file in a Web Worker so that a big file never blocks the page, with progress; where
// there is no Worker (Node, jsdom tests) it runs in place through the same protocol.
import Graph from 'graphology';
import type { AtlasGraph } from '../graph/types.ts';
import type { ImportInput, ImportResult } from './import.ts';
import type { ImportMessage, ImportPhase } from './import-message.ts';
import { ReadError, said } from './said.ts';

export type ImportProgress = (phase: ImportPhase, fraction: number) => void;

function settle(message: ImportMessage & { type: 'done' }): ImportResult {
  if (!message.graph) return { graph: null, report: message.report };
  const graph: AtlasGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(message.graph);
  return { graph, report: message.report };
}

export function importInWorker(input: ImportInput, onProgress?: ImportProgress): Promise<ImportResult> {
  const receive = (message: ImportMessage, resolve: (result: ImportResult) => void) => {
    if (message.type === 'progress') onProgress?.(message.phase, message.fraction);
    else resolve(settle(message));
  };
  if (typeof Worker === 'undefined')
    return import('./import-message.ts').then(
      ({ answerImportRequest }) =>
        new Promise<ImportResult>((resolve) => answerImportRequest(input, (message) => receive(message, resolve))),
    );
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportMessage>) =>
      receive(event.data, (result) => {
        worker.terminate();
        resolve(result);
      });
    worker.onerror = (event: ErrorEvent) => {
      worker.terminate();
      reject(new ReadError(event.message ? said('parser', { detail: event.message }) : said('workerNotStarted')));
    };
    worker.postMessage(input);
  });
}
