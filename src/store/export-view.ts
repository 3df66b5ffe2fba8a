// The files of an export of what is shown: the current graph (SSTC or imported) after the
// filters, every attribute and all evidence included, named after the graph.
import { exportFiles, type ExportFile, type ExportFormat } from '../interchange/export.ts';
import { viewSubgraph } from '../interchange/view.ts';
import { selectVisibility } from './selectors.ts';
import type { AtlasState } from './store.ts';

/** `sstc-atlas` for the SSTC graph, the imported file's name without its extension otherwise. */
export function exportBaseName(state: Pick<AtlasState, 'imported'>): string {
  if (!state.imported) return 'sstc-atlas';
  const base = state.imported.name.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|]+/g, '-');
  return base || 'imported';
}

export function exportView(state: AtlasState, format: ExportFormat): ExportFile[] {
  if (!state.graph) return [];
  const view = viewSubgraph(state.graph, state.filters, selectVisibility(state));
  return exportFiles(view, format, exportBaseName(state));
}
