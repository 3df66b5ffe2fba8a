// The import worker's protocol: it receives an ImportInput and answers with progress messages, then
// the serialized graph (or null) and the report. Kept apart from the worker entry to be tested.
import type { SerializedAtlasGraph } from '../graph/types.ts';
import { importGraph, type ImportInput, type ImportResult } from './import.ts';
import { layoutImported } from './layout.ts';

export type ImportPhase = 'reading' | 'layout';

export type ImportMessage =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'done'; graph: SerializedAtlasGraph | null; report: ImportResult['report'] };

export function answerImportRequest(input: ImportInput, post: (message: ImportMessage) => void): void {
  post({ type: 'progress', phase: 'reading', fraction: 0 });
  const { graph, report } = importGraph(input);
  post({ type: 'progress', phase: 'reading', fraction: 1 });
  if (graph && report.needsLayout)
    layoutImported(graph, (fraction) => post({ type: 'progress', phase: 'layout', fraction }));
  post({ type: 'done', graph: graph ? (graph.export() as SerializedAtlasGraph) : null, report });
}
