// Web Worker entry: reads, checks and lays out an imported file off the UI thread (import-client.ts).
import { answerImportRequest } from './import-message.ts';
import type { ImportInput } from './import.ts';

self.onmessage = (event: MessageEvent<ImportInput>) => {
  answerImportRequest(event.data, (message) => self.postMessage(message));
};
