// Opening a file: CSV files wait for the user to check the column mapping; then the file is read,
// checked and laid out in a worker with progress. A good file replaces the graph (replaceGraph);
// a broken one leaves the graph as it was and its report says why.
import type { StateCreator } from 'zustand';
import { formatOf, type ImportInput, type ImportResult } from '../interchange/import.ts';
import { importInWorker } from '../interchange/import-client.ts';
import type { ImportPhase } from '../interchange/import-message.ts';
import { pairCsvFiles, withMapping, type CsvPair, type NamedText } from '../interchange/csv-pair.ts';
import type { CsvMapping } from '../interchange/read-csv.ts';
import { ReadError, english, said, type Said } from '../interchange/said.ts';
import type { AtlasState } from './store.ts';

export type ImportedReport = ImportResult['report'];

export interface ImportSlice {
  /** The import under way: which file, and how far reading or the layout has got (0..1). */
  importProgress: { name: string; phase: ImportPhase; fraction: number } | null;
  /** CSV files waiting for the user to confirm which column holds what. */
  pendingCsv: CsvPair | null;
  /** The report of the latest import (kept after a failure: the graph then is still the old one). */
  importReport: ImportedReport | null;
  importReportOpen: boolean;
  openFiles: (files: NamedText[]) => Promise<void>;
  swapCsvFiles: () => void;
  confirmCsv: (mapping: CsvMapping) => Promise<void>;
  cancelImport: () => void;
  showImportReport: (open: boolean) => void;
}

/** A report for a request that never reached the importer (no file, too many files, a worker that failed). */
export function failedReport(name: string, error: Said): ImportedReport {
  return {
    name,
    format: formatOf(name) ?? 'unknown',
    read: { nodes: 0, edges: 0 },
    kept: { nodes: 0, edges: 0 },
    dropped: [],
    droppedCount: 0,
    notes: [],
    needsLayout: false,
    error: english(error),
    said: { dropped: [], notes: [], error },
  };
}

export const createImportSlice: StateCreator<AtlasState, [], [], ImportSlice> = (set, get) => {
  let attempts = 0; // a cancelled or superseded import never replaces the graph
  const finish = (attempt: number, { graph, report }: ImportResult) => {
    if (attempt !== attempts) return;
    if (graph) get().replaceGraph(graph, { name: report.name, report });
    set({ importProgress: null, importReport: report, importReportOpen: true });
  };
  const run = async (input: ImportInput) => {
    const attempt = ++attempts;
    set({
      pendingCsv: null,
      importReportOpen: false,
      importProgress: { name: input.name, phase: 'reading', fraction: 0 },
    });
    const progress = (phase: ImportPhase, fraction: number) => {
      if (attempt === attempts) set({ importProgress: { name: input.name, phase, fraction } });
    };
    try {
      finish(attempt, await importInWorker(input, progress));
    } catch (error) {
      const reason =
        error instanceof ReadError
          ? error.said
          : said('parser', { detail: String((error as Error)?.message ?? error) });
      finish(attempt, {
        graph: null,
        report: failedReport(input.name, said('workerFailed', { file: input.name, reason })),
      });
    }
  };
  return {
    importProgress: null,
    pendingCsv: null,
    importReport: null,
    importReportOpen: false,
    openFiles: async (files) => {
      const names = files.map((file) => file.name).join(', ');
      const csv = files.filter((file) => formatOf(file.name) === 'csv');
      if (files.length === 1 && csv.length === 0) return run(files[0]!);
      if (files.length === 0 || files.length > 2 || csv.length !== files.length) {
        ++attempts;
        set({ pendingCsv: null, importProgress: null, importReportOpen: true });
        const error = names ? said('fileCount', { files: names }) : said('noFile');
        set({ importReport: failedReport(names || 'no file', error) });
        return;
      }
      ++attempts;
      set({ pendingCsv: pairCsvFiles(files), importReportOpen: false, importProgress: null });
    },
    swapCsvFiles: () => {
      const pending = get().pendingCsv;
      if (pending?.nodes) set({ pendingCsv: withMapping(pending.nodes, pending.edges) });
    },
    confirmCsv: async (mapping) => {
      const pending = get().pendingCsv;
      if (!pending) return;
      await run({ name: pending.edges.name, text: pending.edges.text, nodes: pending.nodes, mapping, format: 'csv' });
    },
    cancelImport: () => {
      ++attempts;
      set({ pendingCsv: null, importProgress: null });
    },
    showImportReport: (importReportOpen) => set({ importReportOpen }),
  };
};
